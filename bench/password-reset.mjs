// `npm run bench:reset`: whether the time "Forgot your password?" takes to answer tells if an address has an
// account. The same request is timed for an address of a member and for an address of no one, in turn, round after
// round, so a passing load falls on both alike; each request comes from an address of its own (behind a trusted
// proxy, as deployed), so the throttles do not answer instead, and each account address is asked once an hour at
// most as the mail limit allows, so every one of them really issues a link. The API runs as deployed (its own
// process, the app role); no mail server is set, so what is timed is the answer, not the mail, which leaves after it.
// The load average is written beside the figures. Writes bench/results/password-reset.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileApi, dist, ROOT, startApi } from './api-process.mjs';
import { jsonPoster, loadAverage, percentile, round2 } from './load.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const WARM_UP = 20;

compileApi();

const { startEmbeddedPostgres, freePort } = await import(path.join(ROOT, 'api/bin/embedded-postgres.mjs'));
const { prepareDatabase } = await import(dist('cli/prepare-database.js'));
const { appLoginUrl } = await import(dist('cli/app-role.js'));
const { hashPassword } = await import(dist('core/auth/passwords.js'));
const { default: pg } = await import('pg');

const REQUEST = 'mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }';
const summary = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: round2(percentile(sorted, 50)),
    p95: round2(percentile(sorted, 95)),
    mean: round2(sorted.reduce((a, b) => a + b, 0) / sorted.length),
  };
};

const { post } = jsonPoster(1);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-bench-reset-'));
const database = await startEmbeddedPostgres(path.join(dataDir, 'pg'), await freePort());
let api;
try {
  await prepareDatabase(database.url, { demo: false });
  // One account per request: each is asked once, within the limit of reset mails an address may have in an hour.
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const passwordHash = await hashPassword('a bench account passphrase');
  const total = WARM_UP + ROUNDS;
  await client.query(
    `INSERT INTO app_user (email, name, password_hash) SELECT 'member' || i || '@bench.example', 'Bench Member ' || i, $1 FROM generate_series(1, $2) AS i`,
    [passwordHash, total],
  );
  await client.end();
  api = await startApi(await appLoginUrl(database.url, path.join(dataDir, 'app-role-password')), [], { TRUST_PROXY: '1' });

  let ip = 0;
  const ask = async (email) => {
    ip += 1;
    const from = `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`;
    const t0 = process.hrtime.bigint();
    const { body } = await post(api.url, { query: REQUEST, variables: { i: { email } } }, { 'X-Forwarded-For': from });
    const elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
    if (body.data?.requestPasswordReset !== true) throw new Error(`requestPasswordReset failed: ${JSON.stringify(body.errors)}`);
    return elapsed;
  };
  const times = { account: [], noAccount: [] };
  const before = loadAverage();
  for (let i = 1; i <= total; i += 1) {
    // Which goes first alternates, so neither always meets a connection the other has just warmed.
    const pair = [
      ['account', `member${i}@bench.example`],
      ['noAccount', `nobody${i}@bench.example`],
    ];
    if (i % 2) pair.reverse();
    for (const [kind, email] of pair) {
      const elapsed = await ask(email);
      if (i > WARM_UP) times[kind].push(elapsed);
    }
  }
  const after = loadAverage();
  const account = summary(times.account);
  const noAccount = summary(times.noAccount);
  const result = {
    measuredAt: new Date().toISOString(),
    method:
      `${ROUNDS} rounds after ${WARM_UP} warm-up, each asking requestPasswordReset once for an address with an account (a new one each ` +
      'round, so each request issues a link) and once for an address with none, in alternating order; POST /graphql over a kept-alive ' +
      'connection to the API in its own process (NODE_ENV=production, the app role, no SMTP server: the mail leaves after the answer), ' +
      'each request from its own client address behind TRUST_PROXY=1. loadAverage = os.loadavg() (1, 5, 15 min) before and after',
    account,
    noAccount,
    differenceMs: { p50: round2(account.p50 - noAccount.p50), p95: round2(account.p95 - noAccount.p95), mean: round2(account.mean - noAccount.mean) },
    loadAverage: { before, after },
  };
  fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench/results/password-reset.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(
    `reset request, account p50 ${account.p50} ms p95 ${account.p95} ms | no account p50 ${noAccount.p50} ms p95 ${noAccount.p95} ms` +
      ` | difference p50 ${result.differenceMs.p50} ms | load ${before.join(' ')} -> ${after.join(' ')}`,
  );
} finally {
  await api?.stop();
  await database.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
