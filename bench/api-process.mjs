// What every bench shares: the API compiled from the tree (so a bench measures the code as it is, never a stale
// build) and started as deployed, in its own Node process with production settings and no scheduled jobs.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const dist = (p) => path.join(ROOT, 'api/dist', p);

/**
 * The key authenticator secrets are encrypted with, one per bench run: the API is started with it (production asks
 * for one), and the demo data is loaded with it (`prepareDatabase(url, { demo: true, secondFactorKey })`), so the
 * demo people's authenticator key works there.
 */
export const BENCH_SECOND_FACTOR_KEY = process.env.SECOND_FACTOR_KEY ?? randomBytes(32).toString('base64');

export function compileApi() {
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  for (const project of ['shared/tsconfig.json', 'migrations/tsconfig.json', 'api/tsconfig.build.json']) {
    execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, project)], { stdio: 'inherit' });
  }
}

/**
 * Starts `node api/dist/main.js` on a free port, connected as the app role; resolves once it listens. `nodeArgs`
 * go to node (`--cpu-prof`, for a profile written when the API stops); `extraEnv` to its environment.
 */
export async function startApi(appDatabaseUrl, nodeArgs = [], extraEnv = {}) {
  const { freePort } = await import(path.join(ROOT, 'api/bin/embedded-postgres.mjs'));
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    APP_DATABASE_URL: appDatabaseUrl,
    JOBS: 'off',
    LOG_LEVEL: 'error',
    SECOND_FACTOR_KEY: BENCH_SECOND_FACTOR_KEY,
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  const { API_NODE_FLAGS } = await import(path.join(ROOT, 'api/bin/node-flags.mjs'));
  const child = spawn(process.execPath, [...API_NODE_FLAGS, ...nodeArgs, dist('main.js')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  let exited = null;
  child.once('exit', (code) => (exited = code));
  child.stdout.resume();
  for (;;) {
    if (exited !== null) throw new Error(`The API stopped (${exited}) before it listened`);
    if (
      await fetch(`${base}/health/live`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    url: `${base}/graphql`,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Signs a demo person in at `graphqlUrl` with their password and, where the API asks for one, a code from the demo
 * authenticator key; answers the session cookie (`name=value`), or null when the sign-in is refused.
 */
export async function signInDemo(graphqlUrl, email) {
  const { DEMO_PASSWORD, DEMO_SECOND_FACTOR_KEY } = await import(dist('demo/demo-data.js'));
  const { freshDemoCode } = await import(path.join(ROOT, 'api/bin/demo-code.mjs'));
  const ask = (cookie, query, variables) =>
    fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  const res = await ask(null, 'mutation($i: SignInInput!) { signIn(input: $i) { secondFactor { enrolled required verified } } }', {
    i: { email, password: DEMO_PASSWORD },
  });
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('sentinel_session='))
    ?.split(';')[0];
  const body = await res.json();
  if (!cookie || !body.data?.signIn) return null;
  const { enrolled, required, verified } = body.data.signIn.secondFactor;
  if ((enrolled || required) && !verified) {
    const answer = await (
      await ask(cookie, 'mutation($i: VerifySecondFactorInput!) { verifySecondFactor(input: $i) { verified } }', {
        i: { code: await freshDemoCode(DEMO_SECOND_FACTOR_KEY) },
      })
    ).json();
    if (!answer.data?.verifySecondFactor?.verified) throw new Error(`${email}'s code was refused: ${JSON.stringify(answer.errors)}`);
  }
  return cookie;
}
