import { expect, test, type Page } from '@playwright/test';
import { startTestProvider, type TestProvider } from '../../api/test/auth/oidc-test-provider.js';
import { linkIn, newestMailTo } from './mail.js';
import { DEMO, expectMarkedAndAccessible, giveSecondFactor, signIn, signOut } from './support.js';

// The organisation's OpenID provider, on a port of its own beside the app's (the mail server has E2E_PORT + 10000).
const appPort = Number(process.env.E2E_PORT ?? 3310);
const providerPort = appPort + 11000;
const PROVIDER_NAME = 'Northmoor Police';
const NOT_LINKED = 'Your Microsoft account is not linked to a Sentinel account. Ask your panel’s chair to invite you with this email address';

let provider: TestProvider;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  provider = await startTestProvider({
    port: providerPort,
    clientId: 'sentinel-e2e',
    clientSecret: process.env.OIDC_SECRET_E2E!,
    redirectUris: [`http://localhost:${appPort}/auth/oidc/callback`],
  });
});

test.afterAll(async () => {
  await provider?.close();
});

/** From the sign-in page through the organisation's own sign-in, as `email`. */
async function signInWithProvider(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: `Sign in with ${PROVIDER_NAME}` }).click();
  await expect(page.getByRole('heading', { name: 'Test organisation sign-in' })).toBeVisible();
  await page.getByLabel('Work email').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('the system administrator registers the force’s single sign-on', async ({ page }) => {
  await signIn(page, 'admin@sentinel.example');
  await page.getByRole('link', { name: 'Administration', exact: true }).click();
  await expectMarkedAndAccessible(page);
  await page.getByRole('link', { name: 'Single sign-on', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Single sign-on' })).toBeVisible();
  await expectMarkedAndAccessible(page);
  await page.getByRole('link', { name: 'Add a provider' }).click();
  await expect(page.getByText(`http://localhost:${appPort}/auth/oidc/callback`)).toBeVisible();
  await page.getByRole('button', { name: 'Add provider' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toContainText('Enter the issuer URL');
  await expectMarkedAndAccessible(page);

  await page.getByLabel('Name on the sign-in button').fill(PROVIDER_NAME);
  await page.getByLabel('Issuer URL').fill(provider.issuer);
  await page.getByLabel('Client ID').fill('sentinel-e2e');
  await page.getByLabel('Secret’s environment variable').fill('OIDC_SECRET_E2E');
  await page.getByLabel('Email domains').fill('northmoor.police.example');
  await page.getByRole('button', { name: 'Add provider' }).click();
  await expect(page.getByRole('heading', { name: 'Single sign-on' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: PROVIDER_NAME });
  await expect(row).toContainText('Offered');
  await expect(row).toContainText('northmoor.police.example');
  await expect(row).not.toContainText('is not set on the server');
  await expectMarkedAndAccessible(page);
  await signOut(page);
});

test('a member signs in with their organisation’s account', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Or sign in with your organisation' })).toBeVisible();
  await expectMarkedAndAccessible(page);
  await signInWithProvider(page, DEMO.COORDINATOR);
  // The organisation vouched for the person but not for a second factor: Sentinel asks for the code itself.
  await expect(page).toHaveURL(/\/second-factor$/);
  await giveSecondFactor(page, DEMO.COORDINATOR);
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(page.getByText('Priya Natarajan').first()).toBeVisible();
  await expectMarkedAndAccessible(page);
  await signOut(page);
});

test('an invited member accepts with their organisation’s account instead of a password', async ({ page, browser }) => {
  const email = 'casey.moss@northmoor.police.example';
  const started = Date.now();
  // The chair stays signed in, in a window of their own, while the invited member accepts in another.
  const chair = await (await browser.newContext()).newPage();
  await signIn(chair, DEMO.CHAIR);
  await chair.getByRole('link', { name: 'Members', exact: true }).click();
  await chair.getByRole('link', { name: 'Add member' }).click();
  await chair.getByLabel('Full name').fill('DC Casey Moss');
  await chair.getByLabel('Email address').fill(email);
  await chair.getByLabel('Agency').selectOption({ index: 1 });
  await chair.getByLabel('Police member').check();
  await chair.getByRole('button', { name: 'Add member' }).click();
  await expect(chair.getByText(`We have sent an invitation to ${email}`)).toBeVisible();
  await chair.getByRole('link', { name: 'View DC Casey Moss' }).click();
  await expect(chair.locator('.govuk-summary-list').getByText('Invited', { exact: true })).toBeVisible();

  const link = linkIn(await newestMailTo(email, 'You are invited to', started), '/account/invitation');
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Or use your organisation’s account' })).toBeVisible();
  await expectMarkedAndAccessible(page);
  await page.getByRole('link', { name: `Sign in with ${PROVIDER_NAME}` }).click();
  await page.getByLabel('Work email').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  // A police member sees personal data: an app is set up before anything else, as after a password.
  await expect(page).toHaveURL(/\/second-factor\/set-up$/);
  await giveSecondFactor(page, email);
  await signOut(page);

  // The invitation is spent, and the chair sees the member as active.
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'This link has expired or has already been used' })).toBeVisible();
  await chair.reload();
  await expect(chair.getByRole('heading', { level: 1, name: 'DC Casey Moss' })).toBeVisible();
  await expect(chair.locator('.govuk-summary-list').getByText('Active', { exact: true })).toBeVisible();
  await signOut(chair);
});

test('an organisation account with no Sentinel account is refused with a clear message', async ({ page }) => {
  await signInWithProvider(page, 'nobody@northmoor.police.example');
  await expect(page).toHaveURL(/\/sign-in$/);
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toContainText(NOT_LINKED);
  await expect(page).toHaveTitle(/^Error: /);
  await expectMarkedAndAccessible(page);
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
});
