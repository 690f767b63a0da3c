import { expect, test } from '@playwright/test';
import { DEMO, expectMarkedAndAccessible, signIn } from './support.js';

test('the chair opens the panel’s scoring, is told which tier is wrong, and saves the tiers', async ({ page }) => {
  await signIn(page, DEMO.CHAIR);
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await page.getByRole('link', { name: 'Scoring: the scale and the tiers' }).click();
  await expect(page.getByRole('heading', { name: 'What the tiers mean' })).toBeVisible();
  await expectMarkedAndAccessible(page);

  const tier2 = page.getByRole('group', { name: 'Tier 2' }).getByLabel('Lowest total');
  const kept = await tier2.inputValue();
  await tier2.fill('999');
  await page.getByRole('button', { name: 'Save scoring' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeVisible();
  await expectMarkedAndAccessible(page);
  await summary.getByRole('link').first().click();
  await expect(tier2).toBeFocused();

  // The demo's tiers saved as they are: no group changes tier.
  await tier2.fill(kept);
  await page.getByRole('button', { name: 'Save scoring' }).click();
  await expect(page.getByText('Scoring saved: no group changed tier')).toBeVisible();
  await expectMarkedAndAccessible(page);
});
