// The production topology on this machine, from the committed deploy/ files: nginx terminating TLS in front of two
// API processes (systemd unit sentinel-api@), migrated by sentinel-migrate.service, over a PostgreSQL 15 primary and
// its streaming replica, with Redis between the processes and an SMTP catcher for mail. `npm run topology` starts it
// and waits; the topology test (topology.test.mjs) starts it and proves it.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { daemon, freePort, selfSignedCertificate, startDatabases, startRedis, until } from './services.mjs';
import { runOnce, startService } from './units.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DEPLOY = path.join(ROOT, 'deploy');

/** Mail as the catcher received it: the envelope's recipients and the subject line. */
async function startMailCatcher() {
  const mails = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let data = '';
      stream.on('data', (c) => (data += c));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: data.match(/^Subject: (.*)$/m)?.[1] ?? '' });
        done();
      });
    },
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { mails, url: `smtp://127.0.0.1:${port}`, stop: () => new Promise((r) => server.close(r)) };
}

function writeEnv(file, values) {
  fs.writeFileSync(
    file,
    Object.entries(values)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
    { mode: 0o600 },
  );
}

/** nginx with deploy/nginx/sentinel.conf, its ports, certificate and log folder made this run's. */
function nginxConfig(root, { httpPort, httpsPort, apiPorts, tls }) {
  const dir = path.join(root, 'nginx');
  fs.mkdirSync(dir, { recursive: true });
  const site = fs
    .readFileSync(path.join(DEPLOY, 'nginx/sentinel.conf'), 'utf8')
    .replace('127.0.0.1:3001', `127.0.0.1:${apiPorts[0]}`)
    .replace('127.0.0.1:3002', `127.0.0.1:${apiPorts[1]}`)
    .replace(/^\s*listen \[::\].*$/gm, '')
    .replace('listen 80;', `listen 127.0.0.1:${httpPort};`)
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`)
    .replace('/etc/sentinel/tls/sentinel.crt', tls.crt)
    .replace('/etc/sentinel/tls/sentinel.key', tls.key)
    .replace('/var/log/nginx', dir);
  fs.writeFileSync(path.join(dir, 'sentinel.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`).join('\n');
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 2;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\n` +
      `events { worker_connections 1024; }\nhttp {\n${temp}\n  include ${dir}/sentinel.conf;\n}\n`,
  );
  return dir;
}

/**
 * Starts everything and resolves once nginx answers over TLS and both API processes are ready. `root` is the run's
 * folder (made under the system's temporary folder when not given).
 */
export async function startTopology({ root = fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-topology-')) } = {}) {
  fs.chmodSync(root, 0o755);
  const stops = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    const passwords = { owner: randomBytes(12).toString('hex'), app: randomBytes(12).toString('hex') };
    const db = await startDatabases(root, passwords);
    stops.push(async () => db.stop());
    const redis = await startRedis(root);
    stops.push(() => redis.stop());
    const mail = await startMailCatcher();
    stops.push(() => mail.stop());
    const tls = selfSignedCertificate(path.join(root, 'tls'));
    const [httpPort, httpsPort, ...ports] = await Promise.all([1, 2, 3, 4, 5, 6].map(() => freePort()));
    const apiPorts = ports.slice(0, 2);
    const metricsPorts = ports.slice(2, 4);
    const publicUrl = `https://127.0.0.1:${httpsPort}`;
    const secondFactorKey = randomBytes(32).toString('base64');

    const etc = path.join(root, 'etc');
    fs.mkdirSync(etc, { recursive: true });
    writeEnv(path.join(etc, 'migrate.env'), { DATABASE_URL: db.ownerUrl });
    writeEnv(path.join(etc, 'sentinel.env'), {
      APP_DATABASE_URL: db.appUrl,
      READ_DATABASE_URL: db.readUrl,
      REDIS_URL: redis.url,
      REDIS_PREFIX: 'sentinel-topology:',
      SECOND_FACTOR_KEY: secondFactorKey,
      SMTP_URL: mail.url,
      PUBLIC_URL: publicUrl,
      TRUST_PROXY: '1',
      // Every minute rather than every 15, so that the test sees the job's slots go by.
      REMINDER_SCAN_CRON: '* * * * *',
      WEB_DIST: '/opt/sentinel/web/dist',
    });
    apiPorts.forEach((port, i) => writeEnv(path.join(etc, `api-${port}.env`), { METRICS_PORT: metricsPorts[i] }));
    const paths = { '/opt/sentinel': ROOT, '/etc/sentinel': etc, '/usr/bin/node': process.execPath };

    const migrated = runOnce(path.join(DEPLOY, 'systemd/sentinel-migrate.service'), { paths });
    // The demo panel, so that its people can sign in (a real deployment creates its first administrator instead).
    const { prepareDatabase } = await import(path.join(ROOT, 'api/dist/cli/prepare-database.js'));
    await prepareDatabase(db.ownerUrl, { demo: true, secondFactorKey });

    const unit = path.join(DEPLOY, 'systemd/sentinel-api@.service');
    const apis = apiPorts.map((port, i) => {
      const api = {
        port,
        url: `http://127.0.0.1:${port}`,
        metricsUrl: `http://127.0.0.1:${metricsPorts[i]}/metrics`,
        log: path.join(root, `api-${port}.log`),
        process: null,
        start: async () => {
          api.process = startService(unit, { instance: String(port), paths }, api.log);
          await until(`the API on ${port}`, async () => (await fetch(`${api.url}/health/ready`)).ok);
        },
      };
      stops.push(() => api.process?.stop());
      return api;
    });
    await Promise.all(apis.map((a) => a.start()));

    const nginxDir = nginxConfig(root, { httpPort, httpsPort, apiPorts, tls });
    const nginx = daemon('nginx', ['-p', nginxDir, '-c', path.join(nginxDir, 'nginx.conf'), '-g', 'daemon off;'], {
      log: path.join(nginxDir, 'nginx.out'),
    });
    stops.push(() => nginx.stop());
    await until('nginx over TLS', async () => (await insecureFetch(`https://127.0.0.1:${httpsPort}/health/ready`)).ok);

    return { root, publicUrl, proxyUrl: `https://127.0.0.1:${httpsPort}`, tls, db, redis, mail, apis, nginx, migrated, secondFactorKey, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** fetch for the run's self-signed certificate: Node's fetch (undici) is given no way to trust it, so https.request. */
export async function insecureFetch(url, { method = 'GET', headers = {}, body } = {}) {
  const https = await import('node:https');
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method, headers, rejectUnauthorized: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          ok: res.statusCode >= 200 && res.statusCode < 300,
          status: res.statusCode,
          headers: res.headers,
          text,
          json: () => JSON.parse(text),
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
