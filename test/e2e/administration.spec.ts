import { expect, test } from '@playwright/test';
import { sql } from './files.js';
import { linkIn, newestMailTo } from './mail.js';
import { expectMarkedAndAccessible, giveSecondFactor, signIn, signOut } from './support.js';

const ADMIN = 'admin@sentinel.example';
const PANEL = { code: 'EASTMOOR-DP', name: 'Eastmoor Disruption Panel', force: 'Eastmoor Police' };
const CHAIR = { name: 'Det Supt Alex Rowe', email: 'alex.rowe@eastmoor.police.example', unit: 'Serious and Organised Crime Unit' };
const MEMBER = { name: 'DC Jo Pike', email: 'jo.pike@eastmoor.police.example' };
const CHAIR_PASSWORD = 'a chair of eastmoor keeps this phrase';

test('the administrator creates a panel, whose first chair accepts the invitation, adds a member and runs a membership review', async ({ page }) => {
  // A long journey: two people, thirteen pages, each checked with axe.
  test.setTimeout(240_000);
  const started = Date.now();
  await signIn(page, ADMIN);
  await page.getByRole('link', { name: 'Administration', exact: true }).click();
  await page.getByRole('link', { name: 'Panels', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Panels' })).toBeVisible();
  await expectMarkedAndAccessible(page);
  await page.getByRole('link', { name: 'Create a panel' }).click();
  await page.getByRole('button', { name: 'Create panel' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await expectMarkedAndAccessible(page);

  await page.getByLabel('Code').fill(PANEL.code);
  await page.getByLabel('Name of the panel').fill(PANEL.name);
  await page.getByLabel('Force').fill(PANEL.force);
  await page.getByLabel('Full name').fill(CHAIR.name);
  await page.getByLabel('Email address').fill(CHAIR.email);
  await page.getByLabel('Their police unit').fill(CHAIR.unit);
  await page.getByRole('button', { name: 'Create panel' }).click();
  await expect(page.getByText(`${PANEL.name} created: its chair has been sent an invitation`)).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: PANEL.code });
  await expect(row).toContainText(CHAIR.name);
  await expect(row).toContainText('Active');
  await expectMarkedAndAccessible(page);

  // The administrator manages panels, not their records: the new panel's groups are not theirs to open.
  await page.getByRole('link', { name: 'Administration', exact: true }).click();
  await page.getByRole('link', { name: 'Users', exact: true }).click();
  await page.getByLabel('Search by name or email').fill(CHAIR.email);
  await page.getByRole('button', { name: 'Search' }).click();
  const chairRow = page.getByRole('row').filter({ hasText: CHAIR.email });
  await expect(chairRow).toContainText(`${PANEL.code}: Chair`);
  await expect(chairRow).toContainText('Invited');
  await expect(chairRow).toContainText('Never');
  await expectMarkedAndAccessible(page);
  await signOut(page);

  // The chair's invitation, read from the mail server: a password, then an authenticator app.
  const invitation = await newestMailTo(CHAIR.email, `You are invited to ${PANEL.name}`, started);
  expect(invitation.text).toContain(`System Administrator has invited you to join ${PANEL.name}`);
  await page.goto(linkIn(invitation, '/account/invitation'));
  await expect(page.getByRole('heading', { name: 'Set your password' })).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill(CHAIR_PASSWORD);
  await page.getByLabel('Confirm new password').fill(CHAIR_PASSWORD);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(page).toHaveURL(/\/second-factor\/set-up$/);
  await giveSecondFactor(page, CHAIR.email);
  await expect(page.getByText(PANEL.name).first()).toBeVisible();
  await expectMarkedAndAccessible(page);

  // The chair builds the panel: a member of their own unit, invited in turn.
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await page.getByRole('link', { name: 'Add member' }).click();
  await page.getByLabel('Full name').fill(MEMBER.name);
  await page.getByLabel('Email address').fill(MEMBER.email);
  await page.getByLabel('Agency').selectOption({ label: CHAIR.unit });
  await page.getByLabel('Police member').check();
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByText(`We have sent an invitation to ${MEMBER.email}`)).toBeVisible();
  await newestMailTo(MEMBER.email, `You are invited to ${PANEL.name}`, started);

  // Six months on, the nightly job opens the panel's review (as it would write it: the job has tests of its own).
  await sql(`INSERT INTO membership_review (panel_id, closes_at) SELECT id, now() + interval '30 days' FROM panel WHERE code = $1`, [PANEL.code]);
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  const banner = page.getByRole('region').filter({ hasText: 'Confirm who still needs access by' });
  await expect(banner).toContainText('1 member has not been confirmed');
  await expectMarkedAndAccessible(page);
  await banner.getByRole('link', { name: 'Review members' }).click();
  await expect(page.getByRole('heading', { name: 'Membership review' })).toBeVisible();
  await expectMarkedAndAccessible(page);
  await page.getByRole('button', { name: 'Confirm selected members' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Select the members who still need access');
  await expectMarkedAndAccessible(page);
  await page.getByLabel(MEMBER.name).check();
  await page.getByRole('button', { name: 'Confirm selected members' }).click();
  await expect(page.getByText('1 member confirmed')).toBeVisible();
  await expect(page.getByText('Every member has been confirmed.')).toBeVisible();
  await expectMarkedAndAccessible(page);
  const [confirmed] = await sql<{ by: string }>(
    `SELECT u.email AS by FROM membership m JOIN app_user u ON u.id = m.access_confirmed_by JOIN app_user x ON x.id = m.user_id WHERE x.email = $1`,
    [MEMBER.email],
  );
  expect(confirmed?.by).toBe(CHAIR.email);
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Confirm who still needs access by')).toHaveCount(0);
  await signOut(page);

  // The administrator disables the panel: its chair can no longer act in it.
  await signIn(page, ADMIN);
  await page.goto('/admin/panels');
  await page.getByRole('row').filter({ hasText: PANEL.code }).getByRole('button', { name: 'Disable' }).click();
  await page.getByRole('button', { name: 'Disable panel' }).click();
  await expect(page.getByRole('row').filter({ hasText: PANEL.code })).toContainText('Disabled');
  await expectMarkedAndAccessible(page);
  await signOut(page);
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(CHAIR.email);
  await page.getByLabel('Password').fill(CHAIR_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/second-factor$/);
  await giveSecondFactor(page, CHAIR.email);
  await expect(page.getByRole('heading', { name: 'You are not on a panel yet' })).toBeVisible();
  await expect(page.getByText(PANEL.name)).toHaveCount(0);
});
