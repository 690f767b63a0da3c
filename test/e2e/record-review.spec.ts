import { expect, test, type Page } from '@playwright/test';
import { sql } from './files.js';
import { DEMO, expectMarkedAndAccessible, signIn } from './support.js';

/** Opens the decision page of the queue's row that shows `name`, and answers the reference it reviews. */
async function openReview(page: Page, name: string): Promise<string> {
  const row = page.getByRole('table', { name: 'Records due for review' }).getByRole('row').filter({ hasText: name });
  const reference = (await row.getByRole('link').first().innerText()).trim();
  await row.getByRole('link', { name: `Review ${reference}` }).click();
  await expect(page.getByRole('heading', { name: `Review ${name}` })).toBeVisible();
  return reference;
}

async function decide(page: Page, decision: 'Retain' | 'Archive' | 'Dispose of', reason: string, nextReviewOn?: string): Promise<void> {
  await page.getByLabel(decision, { exact: true }).check();
  if (nextReviewOn) await page.getByLabel('Next review date').fill(nextReviewOn);
  await page.getByLabel('Reason for the decision').fill(reason);
  await page.getByRole('button', { name: 'Record the decision' }).click();
}

test('the lead officer clears the review queue: retains, archives, and disposes of a nominal whose data goes for good', async ({ page }) => {
  test.setTimeout(120_000);
  const [{ panelId }] = await sql<{ panelId: string }>(`SELECT id AS "panelId" FROM panel WHERE code = 'NMR'`);
  const figures = () =>
    sql<{ nominals: number }>(
      `SELECT (SELECT count(*)::int FROM nominal WHERE panel_id = $1) + (SELECT count(*)::int FROM record_review WHERE panel_id = $1 AND decision = 'DISPOSE') AS nominals`,
      [panelId],
    );
  const [before] = await figures();

  await signIn(page, DEMO.POLICE_MEMBER);
  await page.goto('/');
  await expect(page.getByText('4 records are due for review')).toBeVisible();
  await page.getByRole('link', { name: 'Open the review queue' }).click();
  await expect(page.getByRole('heading', { name: 'Review and retention' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Records due for review' }).getByRole('row')).toHaveCount(5);
  await expectMarkedAndAccessible(page);

  // A stale-looking reason is refused before anything is sent: retaining needs a future date.
  const morrow = await openReview(page, 'Gary MORROW');
  await page.getByLabel('Retain', { exact: true }).check();
  await page.getByLabel('Reason for the decision').fill('Released on licence in October; conditions run to next year');
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter the next review date');
  await expectMarkedAndAccessible(page);
  const next = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Next review date').fill(next);
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByText(`${morrow} retained`)).toBeVisible();

  const granite = await openReview(page, 'Operation Granite');
  await expect(page.getByLabel('Dispose of', { exact: true })).toHaveCount(0);
  await decide(page, 'Archive', 'Dismantled; its outcomes are reported; no activity since');
  await expect(page.getByText(`${granite} archived`)).toBeVisible();

  const price = await openReview(page, 'Tyler PRICE');
  await decide(page, 'Dispose of', 'No longer linked to any active group; no intelligence in three years');
  await expect(page.getByRole('heading', { name: `Dispose of ${price}, Tyler PRICE?` })).toBeFocused();
  await expectMarkedAndAccessible(page);
  await page.getByRole('button', { name: 'Dispose of the record' }).click();
  await expect(page.getByText(`${price} disposed of`)).toBeVisible();

  const tanaka = await openReview(page, 'Rob TANAKA');
  await decide(page, 'Archive', 'Associate only; kept out of active use');
  await expect(page.getByText(`${tanaka} archived`)).toBeVisible();

  await expect(page.getByText('Nothing is due for review.')).toBeVisible();
  const decisions = page.getByRole('table', { name: 'Review decisions' });
  await expect(decisions.getByRole('row')).toHaveCount(5);
  await expect(decisions.getByRole('row').filter({ hasText: price })).toContainText('Dispose of');
  await expect(decisions.getByRole('row').filter({ hasText: price })).not.toContainText('PRICE');
  await expectMarkedAndAccessible(page);

  // The person is gone from every table that held them, the audit trail included; the figures count them still.
  const [left] = await sql<{ nominals: number; audit: number; intelligence: number }>(
    `SELECT (SELECT count(*)::int FROM nominal WHERE surname = 'Price' AND forenames = 'Tyler') AS nominals,
            (SELECT count(*)::int FROM audit_event WHERE changes::text LIKE '%Tyler%') AS audit,
            (SELECT count(*)::int FROM intelligence i WHERE i.subject_kind = 'NOMINAL'
                AND NOT EXISTS (SELECT 1 FROM nominal n WHERE n.id = i.subject_id)) AS intelligence`,
  );
  expect(left).toEqual({ nominals: 0, audit: 0, intelligence: 0 });
  expect(await figures()).toEqual([before]);
  const [{ id: groupId, ...group }] = await sql<{ id: string; status: string; archived: boolean }>(
    `SELECT id, status, archived_at IS NOT NULL AS archived FROM ocg WHERE panel_id = $1 AND reference = $2`,
    [panelId, granite],
  );
  expect(group).toEqual({ status: 'DISMANTLED', archived: true });
  await page.goto(`/ocgs/${groupId}`);
  await expect(page.getByText(/after review on .*: kept, out of active use/)).toBeVisible();
  await expectMarkedAndAccessible(page);
});
