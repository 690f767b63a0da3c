import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import { databaseStatements } from '../../src/core/observability/metrics.js';
import { testDatabaseUrls } from '../support/migrated.js';
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

/** Statements this process has sent to the read replica for requests so far. */
export async function replicaStatements(): Promise<number> {
  return (await databaseStatements.get()).values.find((v) => v.labels.target === 'replica')?.value ?? 0;
}

/** Starts the app and seeds the world before the describe's tests; writes the ledger and closes after them. */
export function canarySuite(ledgerName: string): CanarySuite {
  const suite = { driven: false } as CanarySuite;
  beforeAll(async () => {
    // Behind a read replica (a second pool of the app role on the same database: no standby lags), so that every
    // viewer drives the heavy reads (threat picture, outcome report, link chart, map, exports) through the replica's
    // connections, with their own panel scope; `replicaStatements` says they were used.
    suite.t = await startTestApp({ READ_DATABASE_URL: (await testDatabaseUrls()).app });
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
