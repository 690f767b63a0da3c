import { expect, test, type Locator } from '@playwright/test';
import { sql } from './files.js';
import { expectMarkedAndAccessible, signIn, signOut } from './support.js';

const ADMIN = 'admin@sentinel.example';
const ANALYST = 'analyst@rocu.police.example';
const REGION = 'Northern Fusion Cell';
const PANELS = ['Northmoor OCG Disruption Panel', 'Eastvale OCG Disruption Panel'];

/** A whole number in a table cell, as the page writes it (1,234). */
const cellNumber = async (row: Locator, column: number) => Number((await row.getByRole('cell').nth(column).innerText()).replace(/[^\d.-]/g, ''));

test('the administrator creates a region over two panels and names its analyst, who sees their figures summed', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, ADMIN);
  await page.getByRole('link', { name: 'Administration', exact: true }).click();
  await page.getByRole('link', { name: 'Regions', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Regions', level: 1 })).toBeVisible();
  // The demo's regional unit is listed with its panels.
  await expect(page.getByRole('row').filter({ hasText: 'North East ROCU' })).toContainText(PANELS[1]);
  await expectMarkedAndAccessible(page);

  await page.getByRole('link', { name: 'Create a region' }).click();
  await page.getByRole('button', { name: 'Create region' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Enter the name of the region');
  await expectMarkedAndAccessible(page);
  await page.getByLabel('Name', { exact: true }).fill(REGION);
  await page.getByLabel('Regional organised crime unit').check();
  for (const panel of PANELS) await page.getByLabel(panel).check();
  await page.getByRole('button', { name: 'Create region' }).click();
  await expect(page.getByText(`${REGION} saved`)).toBeVisible();
  await page.getByRole('link', { name: REGION }).click();
  await page.getByLabel('Add an analyst').fill('nobody@rocu.police.example');
  await page.getByRole('button', { name: 'Add analyst' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('No account has this email address');
  await page.getByLabel('Add an analyst').fill(ANALYST);
  await page.getByRole('button', { name: 'Add analyst' }).click();
  await expect(page.getByRole('row').filter({ hasText: ANALYST })).toContainText('Jordan Reid');
  await expectMarkedAndAccessible(page);
  await signOut(page);

  // The analyst sits on no panel: their home page is their regions.
  await signIn(page, ANALYST);
  await expect(page.getByRole('heading', { name: 'Regional figures' })).toBeVisible();
  await expectMarkedAndAccessible(page);
  await page.getByRole('link', { name: REGION }).click();
  await expect(page.getByRole('heading', { name: REGION, level: 1 })).toBeVisible();
  const outcomes = page.getByRole('table', { name: 'Outcomes by panel' });
  await expect(outcomes.getByRole('row')).toHaveCount(4);
  // Disruptions are the fourth column: the region's total is the sum of its two panels', and the database's count.
  const rows = [outcomes.getByRole('row').filter({ hasText: PANELS[0] }), outcomes.getByRole('row').filter({ hasText: PANELS[1] })];
  const total = outcomes.getByRole('row').filter({ hasText: 'All panels' });
  const [first, second, sum] = [await cellNumber(rows[0], 3), await cellNumber(rows[1], 3), await cellNumber(total, 3)];
  expect(first).toBeGreaterThan(0);
  expect(second).toBeGreaterThan(0);
  expect(sum).toBe(first + second);
  const [{ n }] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM disruption d JOIN panel p ON p.id = d.panel_id
      WHERE p.name = ANY($1) AND d.occurred_on > (now() AT TIME ZONE 'Europe/London')::date - interval '1 year'
        AND d.occurred_on <= (now() AT TIME ZONE 'Europe/London')::date`,
    [PANELS],
  );
  expect(sum).toBe(n);
  const threat = page.getByRole('table', { name: 'Threat picture by panel' });
  await expect(threat.getByRole('row').filter({ hasText: 'All panels' })).toBeVisible();
  // Figures only: no group of either panel is named.
  await expect(page.getByText('Harbour Road network')).toHaveCount(0);
  await expectMarkedAndAccessible(page);

  // A panel's own pages are not theirs.
  await page.goto('/ocgs');
  await expect(page.getByRole('heading', { name: /Page not found|You do not have access|not on a panel/ })).toBeVisible();
});
