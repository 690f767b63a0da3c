import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';

export const DEMO_PASSWORD = 'Sentinel-Demo-2026';
export const DEMO = {
  CHAIR: 'chair@northmoor.police.example',
  COORDINATOR: 'coordinator@northmoor.police.example',
  POLICE_MEMBER: 'soc.lead@northmoor.police.example',
  PARTNER_MEMBER: 'hmrc.officer@hmrc.example',
  OBSERVER: 'pcc.observer@northmoor-pcc.example',
  DATA_PROTECTION_OFFICER: 'dpo@northmoor.police.example',
  /** Trading Standards, whose information-sharing agreement has expired: no personal data. */
  UNCOVERED_PARTNER: 'vikram.patel@northmoor-council.example',
} as const;

/** The authenticator key of every demo account (api/src/demo/demo-data.ts), as README gives it. */
export const DEMO_SECOND_FACTOR_KEY = 'SENTINELDEMOTOTPKEYFORTESTING234';

const STEP_MS = 30_000;
/** Keys set up during the journeys, by email; everyone else has the demo key. */
const secrets = new Map<string, string>();
/**
 * The last time step whose code was given for each email (the app refuses a code of that step or before again),
 * kept in a file for the whole run, since a worker started after a failed test begins with nothing in memory.
 */
const STEPS_FILE = process.env.E2E_STEPS_FILE;
const memorySteps: Record<string, number> = {};
function readSteps(): Record<string, number> {
  if (!STEPS_FILE) return memorySteps;
  try {
    return JSON.parse(fs.readFileSync(STEPS_FILE, 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}
function writeSteps(steps: Record<string, number>): void {
  if (STEPS_FILE) fs.writeFileSync(STEPS_FILE, JSON.stringify(steps));
  else Object.assign(memorySteps, steps);
}

export function rememberSecret(email: string, secret: string): void {
  secrets.set(email, secret.replace(/\s+/g, ''));
}

/** Notes that a code of this step was just accepted for the person (when a journey entered one itself). */
export function noteStepUsed(email: string, step: number): void {
  const steps = readSteps();
  steps[email] = Math.max(step, steps[email] ?? -1);
  writeSteps(steps);
}

/**
 * A code the app has not yet accepted for this person, from the test's own clock: the current step's, or the next
 * one's (the app accepts one step either side); when both were used, it waits for the next step.
 */
export async function freshCode(email: string): Promise<string> {
  const secret = secrets.get(email) ?? DEMO_SECOND_FACTOR_KEY;
  const last = readSteps()[email] ?? -1;
  let current = Math.floor(Date.now() / STEP_MS);
  if (last + 1 > current + 1) {
    await new Promise((resolve) => setTimeout(resolve, last * STEP_MS - Date.now() + 200));
    current = Math.floor(Date.now() / STEP_MS);
  }
  const step = Math.max(current, last + 1);
  noteStepUsed(email, step);
  return new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: step * STEP_MS + 1 });
}

/**
 * Signs in through the real pages: the password, then a code from the person's authenticator key, or, for someone
 * who must have a second factor and has none, setting up an app from the key shown for typing in.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
  await giveSecondFactor(page, email);
}

/**
 * The sign-in's second step, wherever a sign-in began (the form, an invitation's or a reset's link): a code from the
 * person's authenticator key, or setting up an app for someone who must have one and has none.
 */
export async function giveSecondFactor(page: Page, email: string): Promise<void> {
  await page.waitForURL((url) => !url.pathname.startsWith('/account/'));
  if (new URL(page.url()).pathname === '/second-factor/set-up') await setUpAuthenticator(page, email);
  else if (new URL(page.url()).pathname === '/second-factor') {
    await page.getByLabel('Code').fill(await freshCode(email));
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.waitForURL((url) => !url.pathname.startsWith('/second-factor'));
  await expect(page.getByRole('button', { name: 'Sign out' }).or(page.getByRole('link', { name: 'Sign out' }))).toBeVisible();
}

/** On the set-up page: reads the key shown for typing in, confirms it with a code, keeps the recovery codes. Answers them. */
export async function setUpAuthenticator(page: Page, email: string): Promise<string[]> {
  await expect(page.getByRole('heading', { name: 'Set up your authenticator app' })).toBeVisible();
  await page.getByText('I cannot scan the QR code').click();
  const key = (await page.locator('#authenticator-key').textContent()) ?? '';
  rememberSecret(email, key);
  await page.getByLabel('Code').fill(await freshCode(email));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('heading', { name: 'Keep your recovery codes' })).toBeVisible();
  const codes = await page.locator('.app-recovery-code').allTextContents();
  await page.getByLabel('I have kept my recovery codes').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  return codes;
}

export async function signOut(page: Page): Promise<void> {
  await page
    .getByRole('button', { name: 'Sign out' })
    .or(page.getByRole('link', { name: 'Sign out' }))
    .click();
  await expect(page.getByRole('heading', { name: 'Sign in to Sentinel' })).toBeVisible();
}

/** Every page carries the protective marking and passes axe-core's WCAG 2.2 AA rules. */
export async function expectMarkedAndAccessible(page: Page): Promise<void> {
  await expect(page.getByText('OFFICIAL-SENSITIVE').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
