import { expect, test } from '@playwright/test';
import { linkIn, newestMailTo } from './mail.js';
import { DEMO, expectMarkedAndAccessible, giveSecondFactor, signIn, signOut } from './support.js';

const EMAIL = 'morgan.ellis@dwp.example';
const FIRST_PASSWORD = 'a long and private passphrase';
const SECOND_PASSWORD = 'another quite different passphrase';

test('the chair invites a member by email, who sets a password, later resets it by email; then the chair disables them', async ({ page }) => {
  // A long journey: eleven pages, each checked with axe.
  test.setTimeout(240_000);
  const started = Date.now();
  await signIn(page, DEMO.CHAIR);
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await page.getByRole('link', { name: 'Add member' }).click();
  await expectMarkedAndAccessible(page);
  await page.getByLabel('Full name').fill('Morgan Ellis');
  await page.getByLabel('Email address').fill(EMAIL);
  await page.getByLabel('Agency').selectOption({ label: 'Department for Work and Pensions' });
  await page.getByLabel('Partner member').check();
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByText(`We have sent an invitation to ${EMAIL}`)).toBeVisible();
  await expectMarkedAndAccessible(page);
  await page.getByRole('link', { name: 'View Morgan Ellis' }).click();
  await expect(page.getByText('Invited', { exact: true })).toBeVisible();
  await expect(page.getByText(/Invitation expires \d{1,2} \w+ \d{4}/)).toBeVisible();
  await expectMarkedAndAccessible(page);
  await signOut(page);

  const invitation = await newestMailTo(EMAIL, 'You are invited to', started);
  expect(invitation.subject.startsWith('[OFFICIAL-SENSITIVE]')).toBe(true);
  expect(invitation.text).toContain('has invited you to join');
  const invitationLink = linkIn(invitation, '/account/invitation');
  await page.goto(invitationLink);
  await expect(page.getByRole('heading', { name: 'Set your password' })).toBeVisible();
  // The token is gone from the address bar as soon as the page has read it.
  await expect(page).toHaveURL(/\/account\/invitation$/);
  await expectMarkedAndAccessible(page);
  await page.getByLabel('New password', { exact: true }).fill(FIRST_PASSWORD);
  await page.getByLabel('Confirm new password').fill(FIRST_PASSWORD);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  // A partner whose agency may receive personal data sets up an authenticator app before anything else.
  await expect(page).toHaveURL(/\/second-factor\/set-up$/);
  await expectMarkedAndAccessible(page);
  await giveSecondFactor(page, EMAIL);
  await expect(page).toHaveURL(/\/tasks\/mine$/);
  await signOut(page);

  // The invitation works once: the page says so as it opens, before a password is chosen.
  await page.goto(invitationLink);
  await expect(page.getByRole('heading', { name: 'This link has expired or has already been used' })).toBeVisible();
  await expect(page.getByText('Ask your panel’s chair or coordinator to send you a new invitation.')).toBeVisible();
  await expectMarkedAndAccessible(page);

  const asked = Date.now();
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  await expectMarkedAndAccessible(page);
  await page.getByLabel('Email address').fill(EMAIL);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByText('If an account exists for that address, we have sent a link to reset the password.', { exact: false })).toBeVisible();
  await expectMarkedAndAccessible(page);

  const reset = await newestMailTo(EMAIL, 'Reset your Sentinel password', asked);
  const resetLink = linkIn(reset, '/account/reset-password');
  await page.goto(resetLink);
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  await expect(page).toHaveURL(/\/account\/reset-password$/);
  await expectMarkedAndAccessible(page);
  await page.getByLabel('New password', { exact: true }).fill(SECOND_PASSWORD);
  await page.getByLabel('Confirm new password').fill(SECOND_PASSWORD);
  await page.getByRole('button', { name: 'Reset password and sign in' }).click();
  // A new password is no second factor: the code is still asked for.
  await expect(page).toHaveURL(/\/second-factor$/);
  await giveSecondFactor(page, EMAIL);
  await expect(page).toHaveURL(/\/tasks\/mine$/);
  await signOut(page);

  // A used reset link is refused in the browser too.
  await page.goto(resetLink);
  await expect(page.getByRole('heading', { name: 'This link has expired or has already been used' })).toBeVisible();
  await expectMarkedAndAccessible(page);

  await signIn(page, EMAIL, SECOND_PASSWORD);
  await signOut(page);

  await signIn(page, DEMO.CHAIR);
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await page.getByRole('link', { name: 'Morgan Ellis' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Morgan Ellis' })).toBeVisible();
  await expect(page.locator('.govuk-summary-list').getByText('Active', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Disable' }).click();
  await page
    .getByRole('button', { name: /confirm|yes|disable/i })
    .last()
    .click();
  await expect(page.getByText('Disabled').first()).toBeVisible();
  await signOut(page);

  await page.getByLabel('Email address').fill(EMAIL);
  await page.getByLabel('Password').fill(SECOND_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('There is a problem')).toBeVisible();
});
