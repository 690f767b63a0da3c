import { randomInt } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/core/config/config.js';
import { hashToken, SESSION_COOKIE } from '../../src/core/auth/session.service.js';
import { dataSourceOptions } from '../../src/core/database/data-source-options.js';
import { testDatabaseUrls } from './migrated.js';
import type { SqlCounter } from './sql-counter.js';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; changedFields?: string[] } }[];
}

export interface TestApp {
  app: NestExpressApplication;
  /**
   * The owner's connection, for fixtures and for reading what a request wrote: not held to row-level security.
   * Services taken from `app` and called directly use the API's own connection, which sees only the panels of
   * the work in hand (wrap such calls in runAsSystem or runWithScopeContext from core/database/panel-scope).
   */
  dataSource: DataSource;
  /** The API's own connection, as the app role (row-level security applies). */
  appDataSource: DataSource;
  /** Sends one GraphQL operation as a browser would; `session` is a cookie from signIn. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: { session?: string; ip?: string },
  ): Promise<GqlResult<T>>;
  /**
   * Signs in and completes the session's second factor, as the second-factor suite proves the real step does
   * (second-factor.spec.ts): a code may be used once, so suites that sign the same person in many times within
   * 30 seconds could not all give one.
   */
  signIn(email: string, password: string, ip?: string): Promise<string>;
  /** Signs in with the password alone: the session still waits for its second factor, if the person has or needs one. */
  signInPasswordOnly(email: string, password: string, ip?: string): Promise<string>;
  /** Marks a session as having given its second factor (the second-factor suites prove the real step). */
  completeSecondFactor(session: string): Promise<void>;
  /** Starts listening on a free port (for WebSocket clients) and gives its http:// address. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/**
 * Each test file starts at its own random client address and every call moves on, so sign-in throttling (ten
 * failures per address) stays per test, whichever files share a worker and a database.
 */
let ipCounter = randomInt(1 << 24);
export function nextIp(): string {
  ipCounter = (ipCounter + 1) % (1 << 24);
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

/** The key that encrypts authenticator secrets in every test app (32 bytes in base64). */
export const TEST_SECOND_FACTOR_KEY = Buffer.alloc(32, 7).toString('base64');

/**
 * Every error of an answer must carry the request's id, the one its `X-Request-Id` header gives (format-error.ts);
 * checked here for every operation the suites send, then taken out so that they compare errors by what they say.
 */
export function withoutRequestIds<T extends GqlResult<unknown>>(body: T, requestId: string | undefined): T {
  if (!body?.errors) return body;
  const errors = body.errors.map((e) => {
    const { requestId: carried, ...extensions } = (e.extensions ?? {}) as Record<string, unknown>;
    if (!requestId || carried !== requestId) throw new Error(`An error answer carries request id ${String(carried)}, not its request's ${requestId}`);
    return { ...e, extensions };
  });
  return { ...body, errors };
}

export async function startTestApp(env: Record<string, string> = {}, sqlCounter?: SqlCounter): Promise<TestApp> {
  const urls = await testDatabaseUrls();
  const config = loadConfig({
    NODE_ENV: 'test',
    APP_DATABASE_URL: urls.app,
    TRUST_PROXY: '1',
    SECOND_FACTOR_KEY: TEST_SECOND_FACTOR_KEY,
    // Every line the API logs in a test run goes to one file, which the run's end searches for personal data
    // (global-teardown.mjs); run outside jest's setup, only errors are written, to standard output.
    ...(process.env.SENTINEL_TEST_LOG ? { LOG_LEVEL: 'debug', LOG_FILE: process.env.SENTINEL_TEST_LOG } : { LOG_LEVEL: 'error' }),
    ...env,
  });
  const app = await createApp(config, sqlCounter);
  await app.init();
  const appDataSource = app.get<DataSource>(getDataSourceToken());
  const dataSource = await new DataSource(dataSourceOptions(urls.owner, { extra: { max: 4 } })).initialize();
  const server = app.getHttpServer();

  const gql: TestApp['gql'] = async (query, variables = {}, opts = {}) => {
    let req = request(server)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('X-Forwarded-For', opts.ip ?? '10.255.255.1');
    if (opts.session) req = req.set('Cookie', opts.session);
    const res = await req.send({ query, variables });
    return withoutRequestIds(res.body, res.headers['x-request-id']);
  };

  const signInPasswordOnly: TestApp['signInPasswordOnly'] = async (email, password, ip = nextIp()) => {
    const res = await request(server)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('X-Forwarded-For', ip)
      .send({ query: 'mutation($i: SignInInput!) { signIn(input: $i) { id } }', variables: { i: { email, password } } });
    if (res.body.errors) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(res.body.errors)}`);
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
    return cookie.split(';')[0];
  };

  const completeSecondFactor: TestApp['completeSecondFactor'] = async (session) => {
    const token = decodeURIComponent(session.slice(session.indexOf('=') + 1));
    await dataSource.query(`UPDATE user_session SET second_factor_at = now() WHERE token_hash = $1`, [hashToken(token)]);
  };

  const signIn: TestApp['signIn'] = async (email, password, ip) => {
    const session = await signInPasswordOnly(email, password, ip);
    await completeSecondFactor(session);
    return session;
  };

  const listen = async () => {
    await app.listen(0, '127.0.0.1');
    return `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  };

  const close = async () => {
    await app.close();
    await dataSource.destroy();
  };
  return { app, dataSource, appDataSource, gql, signIn, signInPasswordOnly, completeSecondFactor, listen, close };
}
