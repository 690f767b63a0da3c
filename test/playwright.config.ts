import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// The journeys run against the real app started by `npm start`'s own script, on its own port and with a
// throwaway embedded PostgreSQL, so they prove the two commands as well as the screens.
const port = Number(process.env.E2E_PORT ?? 3310);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-e2e-'));
const embeddedPort = port + 20000;
// The journeys check what they see against the database itself (e2e/files.ts).
process.env.E2E_DATABASE_URL ??= `postgres://postgres:postgres@127.0.0.1:${embeddedPort}/sentinel`;
// Mail goes to a real SMTP server of the journeys' own (mail-server.ts), which keeps each message in a folder.
const mailPort = port + 10000;
process.env.E2E_MAIL_PORT = String(mailPort);
process.env.E2E_MAIL_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-e2e-mail-'));
// Single sign-on's journey runs its own OpenID provider (e2e/single-sign-on.spec.ts); the app reads the client
// secret from the environment variable the administrator names, as in production.
process.env.OIDC_SECRET_E2E ??= 'e2e-single-sign-on-client-secret';
// The time steps of the authenticator codes already given, by email, kept for the whole run: a worker started
// after a failure must not give a code the app has already accepted (e2e/support.ts).
process.env.E2E_STEPS_FILE ??= path.join(dataDir, 'second-factor-steps.json');

export default defineConfig({
  testDir: './e2e',
  globalSetup: './mail-server.ts',
  outputDir: '../test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    headless: true,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node api/bin/start.mjs',
    cwd: '..',
    url: `http://127.0.0.1:${port}/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      SENTINEL_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(embeddedPort),
      NODE_ENV: 'development',
      DATABASE_URL: '',
      SMTP_URL: `smtp://127.0.0.1:${mailPort}`,
      PUBLIC_URL: `http://localhost:${port}`,
      OIDC_SECRET_E2E: process.env.OIDC_SECRET_E2E,
    },
  },
});
