import fs from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { ALL_PERMISSIONS } from '@sentinel/shared';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SCHEMA_FILE = new URL('../../schema.gql', import.meta.url);

describe('the GraphQL schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const schema = () => t.app.get(GraphQLSchemaHost).schema;

  it('matches the committed api/schema.gql (run `npm run schema:update` after changing the API)', () => {
    const printed = printSchema(lexicographicSortSchema(schema())) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') fs.writeFileSync(SCHEMA_FILE, printed);
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });

  it('names a known permission on every root query, mutation and subscription', () => {
    const roots = [schema().getQueryType(), schema().getMutationType(), schema().getSubscriptionType()];
    const fields = roots.flatMap((type) => (type ? Object.values(type.getFields()).map((f) => [type.name, f] as const) : []));
    expect(fields.length).toBeGreaterThan(5);
    const unguarded = fields.filter(([, f]) => !ALL_PERMISSIONS.includes(f.extensions?.permission as never)).map(([type, f]) => `${type}.${f.name}`);
    expect(unguarded).toEqual([]);
  });
});
