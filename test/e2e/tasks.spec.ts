import { expect, test } from '@playwright/test';
import { DEMO, expectMarkedAndAccessible, signIn, signOut } from './support.js';

test('the chair allocates a task to HMRC; HMRC updates and completes it with a disruption; the chair’s open page follows live', async ({
  browser,
}) => {
  // Two people sign in, each with a code that may have to wait for the authenticator's next 30-second step.
  test.setTimeout(120_000);
  const chairContext = await browser.newContext();
  const chair = await chairContext.newPage();
  await signIn(chair, DEMO.CHAIR);
  await chair.getByRole('link', { name: 'Tasks', exact: true }).click();
  await expect(chair.getByRole('table', { name: 'Tasks by agency' })).toBeVisible();
  await expectMarkedAndAccessible(chair);
  await chair.getByRole('link', { name: 'Allocate a task' }).click();
  await chair.getByLabel('Title', { exact: true }).fill('Check the turnover of the Dock Road car wash');
  await chair.getByLabel('Agency', { exact: true }).selectOption({ label: 'HM Revenue and Customs' });
  // The group is found by typing part of its name, then chosen from the matches.
  await chair.getByLabel('Group', { exact: true }).fill('Crossley');
  await expect(chair.getByRole('status').filter({ hasText: '1 group matches' })).toBeVisible();
  await chair.getByRole('radio', { name: 'OCG-0003 The Crossley Family' }).check();
  await expectMarkedAndAccessible(chair);
  await chair.getByRole('button', { name: 'Allocate task' }).click();
  await expect(chair.getByRole('heading', { name: /Check the turnover of the Dock Road car wash/ })).toBeVisible();
  await expectMarkedAndAccessible(chair);
  const taskUrl = new URL(chair.url()).pathname;

  const hmrcContext = await browser.newContext();
  const hmrc = await hmrcContext.newPage();
  await signIn(hmrc, DEMO.PARTNER_MEMBER);
  await hmrc.getByRole('link', { name: 'Tasks', exact: true }).click();
  const mine = hmrc.getByRole('link', { name: "My agency's tasks" });
  if (await mine.count()) await mine.first().click();
  await hmrc.getByRole('link', { name: 'Check the turnover of the Dock Road car wash' }).first().click();
  await hmrc.getByLabel('Update', { exact: true }).fill('Turnover records requested from the company');
  await hmrc.getByRole('button', { name: 'Post update' }).click();
  await expect(chair.getByText('Turnover records requested from the company').first()).toBeVisible({ timeout: 3000 });

  await hmrc.getByLabel('Update', { exact: true }).fill('Assessment raised for undeclared income');
  await hmrc.getByRole('group', { name: 'Status' }).getByLabel('Completed').check();
  await hmrc.getByLabel("Record a disruption in the group's ledger").check();
  await hmrc.getByRole('group', { name: '4P strand' }).getByLabel('Pursue').check();
  await hmrc.getByRole('group', { name: 'Menu-of-tactics heading' }).getByLabel('Business').check();
  await hmrc.getByLabel('What was done').fill('Tax assessment raised against the car wash');
  await hmrc.getByRole('group', { name: 'Impact on the group' }).getByLabel('Moderate').check();
  await hmrc.getByLabel('Rationale for the impact level').fill('Cash flow through the business cut by half');
  await hmrc.getByRole('button', { name: 'Post update' }).click();
  await expect(hmrc.getByText('Completed').first()).toBeVisible();
  await expectMarkedAndAccessible(hmrc);
  await expect(chair.getByText('Assessment raised for undeclared income').first()).toBeVisible({ timeout: 3000 });
  await expect(chair.getByText('Completed').first()).toBeVisible();

  await chair.getByRole('link', { name: 'Groups', exact: true }).click();
  await chair.getByRole('link', { name: 'The Crossley Family', exact: true }).click();
  await expect(chair.getByText('Tax assessment raised against the car wash').first()).toBeVisible();

  // The board filtered to the group, found by part of its reference.
  await chair.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Tasks', exact: true }).click();
  const filter = chair.getByRole('form', { name: 'Filter tasks' });
  await filter.getByLabel('Group', { exact: true }).fill('0003');
  await filter.getByRole('radio', { name: 'OCG-0003 The Crossley Family' }).check();
  await filter.getByRole('button', { name: 'Apply filters' }).click();
  await expect(chair.getByRole('link', { name: 'Check the turnover of the Dock Road car wash' })).toBeVisible();
  await expectMarkedAndAccessible(chair);
  await chair.goto(taskUrl);
  await signOut(chair);
  await signOut(hmrc);
  await chairContext.close();
  await hmrcContext.close();
});

test('the printable action log carries the marking', async ({ page }) => {
  await signIn(page, DEMO.CHAIR);
  await page.getByRole('link', { name: 'Tasks', exact: true }).click();
  await page.getByRole('link', { name: 'Printable action log' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('OFFICIAL-SENSITIVE').first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expectMarkedAndAccessible(page);
  await signOut(page);
});
