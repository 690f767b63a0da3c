import { expect, test } from '@playwright/test';
import { DEMO, expectMarkedAndAccessible, signIn, signOut } from './support.js';

test('the chair adds a member, who signs in with the temporary password and must change it; then the chair disables them', async ({ page }) => {
  await signIn(page, DEMO.CHAIR);
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await page.getByRole('link', { name: 'Add member' }).click();
  await expectMarkedAndAccessible(page);
  await page.getByLabel('Full name').fill('Morgan Ellis');
  await page.getByLabel('Email address').fill('morgan.ellis@dwp.example');
  await page.getByLabel('Agency').selectOption({ label: 'Department for Work and Pensions' });
  await page.getByLabel('Partner member').check();
  await page.getByRole('button', { name: 'Add member' }).click();
  const password = (await page.getByTestId('temporary-password').textContent())?.trim() ?? '';
  expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  await signOut(page);

  await signIn(page, 'morgan.ellis@dwp.example', password);
  await expect(page.getByRole('heading', { name: 'Change your password' })).toBeVisible();
  await page.getByLabel('Current password').fill(password);
  await page.getByLabel('New password', { exact: true }).fill('a long and private passphrase');
  await page.getByLabel('Confirm new password').fill('a long and private passphrase');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password has been changed')).toBeVisible();
  await signOut(page);

  await signIn(page, DEMO.CHAIR);
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await page.getByRole('link', { name: 'Morgan Ellis' }).click();
  await page.getByRole('button', { name: 'Disable' }).click();
  await page
    .getByRole('button', { name: /confirm|yes|disable/i })
    .last()
    .click();
  await expect(page.getByText('Disabled').first()).toBeVisible();
  await signOut(page);

  await page.getByLabel('Email address').fill('morgan.ellis@dwp.example');
  await page.getByLabel('Password').fill('a long and private passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('There is a problem')).toBeVisible();
});
