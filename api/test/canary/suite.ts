import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { canaryClient, type CanaryClient } from './client.js';
import { Ledger } from './ledger.js';
import { seedWorld, type World } from './seed.js';
import { signInAll, type Sessions } from './viewers.js';

/** What a canary file drives its channels with: its own app and seeded world, every viewer signed in, a ledger. */
export interface CanarySuite {
  t: TestApp;
  client: CanaryClient;
  w: World;
  sessions: Sessions;
  schema: GraphQLSchema;
  ledger: Ledger;
  /** Set once the file has driven its channels: only then is its ledger written. */
  driven: boolean;
}

/** Starts the app and seeds the world before the describe's tests; writes the ledger and closes after them. */
export function canarySuite(ledgerName: string): CanarySuite {
  const suite = { driven: false } as CanarySuite;
  beforeAll(async () => {
    suite.t = await startTestApp();
    suite.client = canaryClient(await suite.t.listen());
    suite.w = await seedWorld(suite.t);
    suite.sessions = await signInAll(suite.t, suite.w);
    suite.schema = suite.t.app.get(GraphQLSchemaHost).schema;
    suite.ledger = new Ledger(ledgerName, suite.w.book);
  }, 60_000);
  afterAll(async () => {
    suite.client?.close();
    if (suite.driven) suite.ledger.write();
    await suite.t?.close();
  });
  return suite;
}
