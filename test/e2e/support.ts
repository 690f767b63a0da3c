import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Sentinel-Demo-2026';
export const DEMO = {
  CHAIR: 'chair@northmoor.police.example',
  COORDINATOR: 'coordinator@northmoor.police.example',
  POLICE_MEMBER: 'soc.lead@northmoor.police.example',
  PARTNER_MEMBER: 'hmrc.officer@hmrc.example',
  OBSERVER: 'pcc.observer@northmoor-pcc.example',
  /** Trading Standards, whose information-sharing agreement has expired: no personal data. */
  UNCOVERED_PARTNER: 'vikram.patel@northmoor-council.example',
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' }).or(page.getByRole('link', { name: 'Sign out' }))).toBeVisible();
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
