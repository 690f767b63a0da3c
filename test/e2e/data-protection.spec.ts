import { expect, test } from '@playwright/test';
import { downloaded, pdfText, sql } from './files.js';
import { DEMO, expectMarkedAndAccessible, signIn } from './support.js';

/** Entries of the panel's s.62 log that name the nominal or the intelligence about them, as the database holds them. */
const entriesOf = (nominalId: string, extra = '') =>
  sql<{ id: string; action: string; channel: string; purpose: string | null }>(
    `SELECT c.id::text AS id, c.action, c.channel, c.purpose FROM consultation c JOIN nominal n ON n.panel_id = c.panel_id
      WHERE n.id = $1 AND c.subjects && (ARRAY['Nominal:' || n.id::text] || ARRAY(
              SELECT 'Intelligence:' || i.id::text FROM intelligence i WHERE i.subject_kind = 'NOMINAL' AND i.subject_id = n.id)) ${extra}
      ORDER BY c.id`,
    [nominalId],
  );

test('the data protection officer filters the log by a nominal, sees the chains verified and prints the subject-access report', async ({ page }) => {
  const [subject] = await sql<{ id: string; reference: string; surname: string; forenames: string }>(
    `SELECT n.id, n.reference, n.surname, n.forenames FROM nominal n JOIN panel p ON p.id = n.panel_id WHERE p.code = 'NMR' ORDER BY n.reference LIMIT 1`,
  );
  const [officer] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [DEMO.DATA_PROTECTION_OFFICER]);

  // Password, then the code: signIn goes through both pages.
  await signIn(page, DEMO.DATA_PROTECTION_OFFICER);
  await expect(page.getByText('Data protection officer')).toBeVisible();
  await page.getByRole('link', { name: 'Data protection: the audit trail, the consultation log and subject access' }).click();
  await expect(page.getByRole('heading', { name: 'Data protection', level: 1 })).toBeVisible();
  const chains = page.locator('.govuk-summary-list');
  await expect(chains.getByText('Verified')).toHaveCount(2);
  await expect(chains.getByText('Broken')).toHaveCount(0);
  await expectMarkedAndAccessible(page);

  // Finding the person by surname; the finding is itself logged.
  await page.getByLabel('Name, alias or reference').fill(subject.surname);
  await page.getByRole('button', { name: 'Search' }).click();
  const found = page.getByRole('table', { name: 'People recorded on the panel' });
  await expect(found.getByRole('cell', { name: subject.reference, exact: true })).toBeVisible();
  await expectMarkedAndAccessible(page);

  // The log filtered by them: every entry the database holds, and with a channel chosen, those of that channel.
  await found.getByRole('button', { name: `Show in the log for ${subject.reference}` }).click();
  const all = await entriesOf(subject.id);
  expect(all.filter((e) => e.action === 'DISCLOSE').length).toBeGreaterThan(0);
  await expect(page.getByRole('status').filter({ hasText: 'entr' })).toHaveText(
    `Showing 1 to ${Math.min(all.length, 25)} of ${all.length} ${all.length === 1 ? 'entry' : 'entries'}`,
  );
  await expect(page.getByLabel('Person recorded')).toHaveValue(subject.id);
  await page.getByLabel('Channel').selectOption({ label: 'Export' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  const exported = await entriesOf(subject.id, `AND c.channel = 'EXPORT'`);
  await expect(page.getByRole('status').filter({ hasText: 'entr' })).toHaveText(
    `Showing 1 to ${exported.length} of ${exported.length} ${exported.length === 1 ? 'entry' : 'entries'}`,
  );
  await expect(page.getByRole('table', { name: 'Consultations and disclosures' }).getByRole('row')).toHaveCount(exported.length + 1);
  await expectMarkedAndAccessible(page);

  // A date that is not one is refused beside its field.
  await page.getByLabel('From').fill('2026-02-30');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText('Enter the first day as a real date')).toBeVisible();
  await page.getByLabel('From').fill('');

  // The subject-access report: a PDF marked OFFICIAL-SENSITIVE that lists every disclosure of them.
  const before = await entriesOf(subject.id);
  const file = await downloaded(page, found.getByRole('link', { name: `Subject access report (PDF) for ${subject.reference}` }));
  expect(file.name).toBe(`subject-access-${subject.reference}.pdf`);
  expect(file.body.subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfText(file.body);
  expect(text).toContain('OFFICIAL-SENSITIVE');
  expect(text).toContain(subject.reference);
  const disclosures = before.filter((e) => e.action === 'DISCLOSE');
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  expect(text).toContain(`${n(before.length, 'entry', 'entries')} in the s.62 log, of which ${n(disclosures.length, 'disclosure', 'disclosures')}.`);
  // Table cells wrap, and the PDF's text loses the spaces where they do.
  const squeezed = text.replace(/\s+/g, '');
  for (const purpose of new Set(disclosures.map((e) => e.purpose ?? ''))) expect(squeezed).toContain(purpose.replace(/\s+/g, ''));

  // Printing it was a disclosure to the officer's own agency, by the document channel.
  const [logged] = await sql<{ action: string; channel: string; actor_user_id: string }>(
    `SELECT c.action, c.channel, c.actor_user_id FROM consultation c WHERE c.purpose = 'Subject access report' AND c.subjects @> ARRAY['Nominal:' || $1]
      ORDER BY c.id DESC LIMIT 1`,
    [subject.id],
  );
  expect(logged).toEqual({ action: 'DISCLOSE', channel: 'DOCUMENT', actor_user_id: officer.id });

  // The audit trail of changes, for the same person.
  await page.getByLabel('Changes').check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('status').filter({ hasText: /change/ })).toBeVisible();
  await expectMarkedAndAccessible(page);
});
