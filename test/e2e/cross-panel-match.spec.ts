import { expect, test } from '@playwright/test';
import { sql } from './files.js';
import { DEMO, expectMarkedAndAccessible, signIn, signOut } from './support.js';

const EASTVALE_CHAIR = 'chair@eastvale.police.example';
const EASTVALE = 'Eastvale OCG Disruption Panel';
const NORTHMOOR = 'Northmoor OCG Disruption Panel';

test('two chairs see a hit between their panels, naming only the other panel and its chair, and share details once both agree', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // Northmoor's chair: the banner on the home page, then the hit, which names Eastvale and its chair and no more.
  await signIn(page, DEMO.CHAIR);
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(page.getByText('Another panel holds a record that this panel holds too')).toBeVisible();
  await expectMarkedAndAccessible(page);
  await page.getByRole('link', { name: 'See matches with other panels' }).click();
  await expect(page.getByRole('heading', { name: 'Matches with other panels', level: 1 })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Dean HOLLIS' });
  await expect(row).toContainText(EASTVALE);
  await expect(row).toContainText('Det Supt Morgan Hale');
  await expect(row).toContainText(EASTVALE_CHAIR);
  await expect(row).toContainText('New');
  // Eastvale's record is not named: its spelling, forenames and alias stay there.
  await expect(page.getByText(/Hollies|Dino|Dean Michael/)).toHaveCount(0);
  await expectMarkedAndAccessible(page);

  await row.getByRole('link', { name: 'Dean HOLLIS' }).click();
  await expect(page.getByRole('heading', { name: 'Dean HOLLIS', level: 1 })).toBeVisible();
  await expectMarkedAndAccessible(page);
  await page.getByRole('button', { name: 'Agree to share details' }).click();
  await expect(page.getByRole('heading', { name: `Agree to share details with ${EASTVALE}?` })).toBeVisible();
  await expectMarkedAndAccessible(page);
  await page.getByRole('button', { name: 'Agree to share details' }).click();
  await expect(page.getByText('You agreed to share the details')).toBeVisible();
  await expect(page.getByText('Waiting for the other panel')).toBeVisible();
  await expect(page.getByText(`Details pass once ${EASTVALE} agrees too.`)).toBeVisible();
  await expect(page.getByText(/Hollies|Dino/)).toHaveCount(0);
  await expectMarkedAndAccessible(page);

  // Eastvale's chair, in a browser of their own: the same hit, from their side, waiting for them.
  const eastvale = await (await browser.newContext()).newPage();
  await signIn(eastvale, EASTVALE_CHAIR);
  await eastvale.getByRole('link', { name: 'Home', exact: true }).click();
  await eastvale.getByRole('link', { name: 'See matches with other panels' }).click();
  const theirs = eastvale.getByRole('row').filter({ hasText: 'Dean Michael HOLLIES' });
  await expect(theirs).toContainText(NORTHMOOR);
  await expect(theirs).toContainText(DEMO.CHAIR);
  await expect(theirs).toContainText('The other panel has agreed to share');
  await expectMarkedAndAccessible(eastvale);
  await theirs.getByRole('link', { name: 'Dean Michael HOLLIES' }).click();
  await expect(eastvale.getByText(/Deano|Dean HOLLIS\b/)).toHaveCount(0);
  await eastvale.getByRole('button', { name: 'Agree to share details' }).click();
  await eastvale.getByRole('button', { name: 'Agree to share details' }).click();
  await expect(eastvale.getByText('You agreed to share the details')).toBeVisible();
  const shared = eastvale.getByRole('region', { name: `Details shared by ${NORTHMOOR}` });
  await expect(shared).toContainText('Hollis');
  await expect(shared).toContainText('14 March 1988');
  await expect(shared).toContainText('Deano');
  await expectMarkedAndAccessible(eastvale);

  // Northmoor's chair sees Eastvale's record now, and each reading was logged in the other panel's log.
  await page.reload();
  const theirRecord = page.getByRole('region', { name: `Details shared by ${EASTVALE}` });
  await expect(theirRecord).toContainText('Hollies');
  await expect(theirRecord).toContainText('Dean Michael');
  await expect(theirRecord).toContainText('Dino');
  await expectMarkedAndAccessible(page);
  const logged = await sql<{ panel: string }>(
    `SELECT p.code AS panel FROM consultation c JOIN panel p ON p.id = c.panel_id
      WHERE c.action = 'DISCLOSE' AND c.purpose LIKE 'Cross-panel match%' ORDER BY p.code`,
  );
  expect(logged.map((r) => r.panel)).toEqual(expect.arrayContaining(['EVL', 'NMR']));
  await signOut(eastvale);
  await signOut(page);
});
