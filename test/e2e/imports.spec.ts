import { expect, test } from '@playwright/test';
import { DEMO, expectMarkedAndAccessible, signIn } from './support.js';

test('the coordinator uploads a CSV of groups, checks it, imports it, and a file in the wrong encoding is refused', async ({ page }) => {
  await signIn(page, DEMO.COORDINATOR);
  await page.goto('/ocgs');
  await page.getByRole('link', { name: 'Import records' }).click();
  await expect(page.getByRole('heading', { name: 'Import records' })).toBeVisible();
  await expectMarkedAndAccessible(page);

  // Saved as "Unicode text" by a spreadsheet: UTF-16 with its byte-order mark. Refused, linked to the file field.
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\r\nThe Wrong Crew\r\n', 'utf16le')]);
  await page.getByLabel('Groups').check();
  await page.getByLabel('File').setInputFiles({ name: 'groups.csv', mimeType: 'text/csv', buffer: utf16 });
  await page.getByRole('button', { name: 'Check the file' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('CSV UTF-8');
  await expectMarkedAndAccessible(page);

  const suffix = Date.now().toString(36);
  const groups = `Name,Status\r\nThe Harbour Crew ${suffix},Active\r\nThe Mill Lane Firm ${suffix},Active\r\n`;
  await page.getByLabel('File').setInputFiles({ name: 'groups.csv', mimeType: 'text/csv', buffer: Buffer.from(groups) });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('heading', { name: 'groups.csv: 2 rows' })).toBeVisible();
  await expect(page.getByText('No problems found: every row can be imported.')).toBeVisible();
  await expect(summary).toBeHidden();
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByText('Created 2 groups.')).toBeVisible();
  await expectMarkedAndAccessible(page);

  await page.getByRole('link', { name: 'Go to groups' }).click();
  await expect(page.getByRole('heading', { name: 'Organised crime groups', level: 1 })).toBeVisible();
});
