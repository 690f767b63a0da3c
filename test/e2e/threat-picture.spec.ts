import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { DEMO, expectMarkedAndAccessible, signIn, signOut } from './support.js';

const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

test('an attendee reviews the threat picture, a chart as a table, a shared nominal on the link chart and the map', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, DEMO.POLICE_MEMBER);
  await page.getByRole('link', { name: 'Threat picture', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Threat picture', level: 1 })).toBeVisible();
  await page.getByLabel('Crime type').selectOption({ label: 'Drugs supply' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  const toggle = page.getByRole('button', { name: /Show as table/ }).first();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('table').first()).toBeVisible();
  await expectMarkedAndAccessible(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOTS, 'threat-picture.png'), fullPage: false });

  await page.getByRole('link', { name: 'Link chart', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Link chart', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /Dean HOLLIS/ }).first()).toBeVisible();
  await page
    .locator('.react-flow')
    .first()
    .screenshot({ path: path.join(SCREENSHOTS, 'link-chart.png') });
  await expectMarkedAndAccessible(page);
  await page
    .getByRole('button', { name: /Dean HOLLIS/ })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Dean HOLLIS/i }).first()).toBeVisible();
  await page
    .getByRole('link', { name: /Operation Osprey/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Operation Osprey', level: 1 })).toBeVisible();

  await page.getByRole('link', { name: 'Threat picture', exact: true }).click();
  await page.getByRole('link', { name: 'High-harm places map' }).click();
  await expect(page.getByRole('heading', { name: 'High-harm places', level: 1 })).toBeVisible();
  await expect(page.locator('.leaflet-container')).toBeVisible();
  await page.locator('.leaflet-container').scrollIntoViewIfNeeded();
  await page.locator('.leaflet-container').screenshot({ path: path.join(SCREENSHOTS, 'high-harm-map.png') });
  await expectMarkedAndAccessible(page);
  await signOut(page);
});
