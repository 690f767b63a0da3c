import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, expectMarkedAndAccessible, freshCode, rememberSecret, signIn, signOut } from './support.js';

const MEMBER = { name: 'Aidan Walsh', email: 'aidan.walsh@dwp.example' };

async function password(page: import('@playwright/test').Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a member whose second factor the chair reset sets up an app, then signs in with a code and with a recovery code', async ({ page }) => {
  // Several sign-ins, three of them one person's: a code may have to wait for the app's next 30 seconds.
  test.setTimeout(180_000);
  // The chair resets the member's second factor (a lost phone), after a confirmation step.
  await signIn(page, DEMO.CHAIR);
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await page.getByRole('link', { name: MEMBER.name }).click();
  await page.getByRole('button', { name: 'Reset second factor' }).click();
  await expect(page.getByText('authenticator app and recovery codes will stop working')).toBeVisible();
  await expectMarkedAndAccessible(page);
  await page.getByRole('button', { name: `Yes, reset ${MEMBER.name}'s second factor` }).click();
  await expect(page.getByText(`${MEMBER.name}'s second factor has been reset`)).toBeVisible();
  await expectMarkedAndAccessible(page);
  await signOut(page);

  // The member signs in and is asked to set up an app: the key is read from the page, as a person would type it.
  await password(page, MEMBER.email);
  await expect(page.getByRole('heading', { name: 'Set up your authenticator app' })).toBeVisible();
  await expect(page).toHaveURL(/\/second-factor\/set-up$/);
  const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
  await expect(qr).toBeVisible();
  // Drawn from the page's own data, under the content security policy: nothing is fetched from elsewhere.
  expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await page.getByText('I cannot scan the QR code').click();
  const key = (await page.locator('#authenticator-key').textContent()) ?? '';
  expect(key).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
  await expectMarkedAndAccessible(page);
  rememberSecret(MEMBER.email, key);

  await page.getByLabel('Code').fill('12345');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Enter the code as 6 digits');
  await expectMarkedAndAccessible(page);
  await page.getByLabel('Code').fill(await freshCode(MEMBER.email));
  await page.getByRole('button', { name: 'Confirm' }).click();

  await expect(page.getByRole('heading', { name: 'Keep your recovery codes' })).toBeVisible();
  const codes = await page.locator('.app-recovery-code').allTextContents();
  expect(codes).toHaveLength(10);
  await expectMarkedAndAccessible(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Confirm you have kept your recovery codes');
  await expectMarkedAndAccessible(page);
  await page.getByLabel('I have kept my recovery codes').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/tasks\/mine$/);
  await expectMarkedAndAccessible(page);
  await signOut(page);

  // Next time: a code from the app.
  await password(page, MEMBER.email);
  await expect(page.getByRole('heading', { name: 'Enter the code from your authenticator app' })).toBeVisible();
  await expect(page.getByLabel('Code')).toHaveAttribute('autocomplete', 'one-time-code');
  await expect(page.getByLabel('Code')).toHaveAttribute('inputmode', 'numeric');
  await expectMarkedAndAccessible(page);
  await page.getByLabel('Code').fill(await freshCode(MEMBER.email));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/tasks\/mine$/);
  await signOut(page);

  // And with a recovery code instead, which says how many are left.
  await password(page, MEMBER.email);
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await expect(page.getByRole('heading', { name: 'Enter a recovery code' })).toBeVisible();
  await expectMarkedAndAccessible(page);
  await page.getByLabel('Recovery code').fill(codes[0]);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'You signed in with a recovery code' })).toBeVisible();
  await expect(page.getByText('You have 9 recovery codes left.')).toBeVisible();
  await expectMarkedAndAccessible(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/tasks\/mine$/);

  // Their account shows the app, and offers a new one or new recovery codes.
  await page.getByRole('link', { name: 'Your account' }).click();
  await page.getByRole('link', { name: 'Set up a new app or get new recovery codes' }).click();
  await expect(page.getByRole('heading', { name: 'Your authenticator app' })).toBeVisible();
  await expectMarkedAndAccessible(page);
  await page.getByLabel('Get new recovery codes').check();
  await page.getByLabel('Your password, or a code from your authenticator app').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Keep your recovery codes' })).toBeVisible();
  const fresh = await page.locator('.app-recovery-code').allTextContents();
  expect(fresh).toHaveLength(10);
  expect(fresh).not.toContain(codes[1]);
  await page.getByLabel('I have kept my recovery codes').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('You have new recovery codes. The old ones no longer work.')).toBeVisible();
  await expectMarkedAndAccessible(page);
  await signOut(page);
});
