import { expect, test } from '@playwright/test';
import { DEMO, expectMarkedAndAccessible, signIn, signOut } from './support.js';

test('a wrong password shows the GOV.UK error summary, linked to the field', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in to Sentinel' })).toBeVisible();
  await expectMarkedAndAccessible(page);
  await page.getByLabel('Email address').fill(DEMO.CHAIR);
  await page.getByLabel('Password').fill('definitely not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('Enter a correct email address and password');
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await summary.getByRole('link', { name: 'Enter a correct email address and password' }).click();
  await expect(page.getByLabel('Email address')).toBeFocused();
  await expectMarkedAndAccessible(page);
});

test('the sign-in form works with the keyboard alone', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').focus();
  await page.keyboard.type(DEMO.OBSERVER);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Sentinel-Demo-2026');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Sign out' }).or(page.getByRole('link', { name: 'Sign out' }))).toBeVisible();
  await signOut(page);
});

test('the chair sees agencies, flags an expired agreement, and sees members', async ({ page }) => {
  await signIn(page, DEMO.CHAIR);
  await expectMarkedAndAccessible(page);
  await page.getByRole('link', { name: 'Agencies', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Agencies' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'HM Revenue and Customs' })).toBeVisible();
  await expect(page.getByText('Expired').first()).toBeVisible();
  await expectMarkedAndAccessible(page);
  await page.getByRole('link', { name: 'Northmoor Council - Trading Standards' }).click();
  await expect(page.getByRole('heading', { name: 'Northmoor Council - Trading Standards' })).toBeVisible();
  await expectMarkedAndAccessible(page);
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Add member' })).toBeVisible();
  await expect(page.getByText('Joanne Pike')).toBeVisible();
  await expectMarkedAndAccessible(page);
  await signOut(page);
});

test("the chair's navigation and the group list fit a 1280 pixel laptop screen", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, DEMO.CHAIR);
  await expect(page).toHaveURL(/\/threat-picture$/);
  const items = page.getByRole('navigation', { name: 'Menu' }).getByRole('link');
  await expect(items.last()).toHaveText('Members');
  const tops = await items.evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  await items.getByText('Groups', { exact: true }).click();
  await expect(page.getByRole('link', { name: 'Operation Osprey' })).toBeVisible();
  const table = await page.locator('table').evaluate((t) => ({ width: t.scrollWidth, room: t.parentElement!.clientWidth }));
  expect(table.width).toBeLessThanOrEqual(table.room);
  await signOut(page);
});

for (const role of ['COORDINATOR', 'POLICE_MEMBER', 'OBSERVER'] as const) {
  test(`the ${role.toLowerCase().replace('_', ' ')} signs in and sees what the role allows`, async ({ page }) => {
    await signIn(page, DEMO[role]);
    await page.getByRole('link', { name: 'Members', exact: true }).click();
    await expect(page.getByText('Det Supt Helen Marsh')).toBeVisible();
    if (role === 'COORDINATOR') await expect(page.getByRole('link', { name: 'Add member' })).toBeVisible();
    else await expect(page.getByRole('link', { name: 'Add member' })).toHaveCount(0);
    await signOut(page);
  });
}

test('a partner sees agencies and members but cannot reach the member admin screens', async ({ page }) => {
  await signIn(page, DEMO.PARTNER_MEMBER);
  // A partner comes for their agency's tasks: sign-in leads there.
  await expect(page).toHaveURL(/\/tasks\/mine$/);
  await expect(page.getByRole('heading', { name: "My agency's tasks", level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await expect(page.getByText('Det Supt Helen Marsh')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add member' })).toHaveCount(0);
  await page.goto('/members/new');
  await expect(page.getByText('You do not have access to this page')).toBeVisible();
  await expect(page.getByLabel('Email address')).toHaveCount(0);
  await expectMarkedAndAccessible(page);
  await page.goto('/agencies');
  await expect(page.getByRole('link', { name: 'Add agency' })).toHaveCount(0);
  await signOut(page);
  await page.goto('/members');
  await expect(page.getByRole('heading', { name: 'Sign in to Sentinel' })).toBeVisible();
});

test('the system administrator manages the panel’s members without being a member, and reads none of its records', async ({ page }) => {
  await signIn(page, 'admin@sentinel.example');
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(page.getByText('System administrator', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Groups', exact: true })).toHaveCount(0);
  await page.goto('/ocgs');
  await expect(page.getByRole('link', { name: /OCG-\d+/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Add member' })).toBeVisible();
  await expectMarkedAndAccessible(page);
  await signOut(page);
});
