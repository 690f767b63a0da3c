import { expect, test } from '@playwright/test';
import { sql } from './files.js';
import { newestMailTo } from './mail.js';
import { DEMO, expectMarkedAndAccessible, signIn, signOut } from './support.js';

const HMRC_HOLDS = 'VAT registration for the car wash, filed late twice';
const POLICE_HOLDS = 'Stop check in March with two associates';

test('the chair circulates a meeting’s subjects; two agencies answer hit and see what the other holds, logged', async ({ page }) => {
  test.setTimeout(180_000);
  const started = Date.now();
  // A meeting further out than the next one, whose agenda the panel cycle journey builds.
  const [meeting] = await sql<{ id: string; title: string }>(
    `SELECT m.id, m.title FROM meeting m JOIN panel p ON p.id = m.panel_id
      WHERE p.code = 'NMR' AND m.status = 'PLANNED' AND m.starts_at > now() ORDER BY m.starts_at OFFSET 3 LIMIT 1`,
  );
  await signIn(page, DEMO.CHAIR);
  await page.goto(`/meetings/${meeting.id}`);
  await page.getByRole('button', { name: 'Build agenda from the standing template' }).click();
  // No group has changed since the meeting before this one: the chair puts one up for review by hand.
  await page.getByRole('button', { name: 'Add a record to Organised crime groups for review' }).click();
  const addRecord = page.getByRole('search', { name: 'Add a record to “Organised crime groups for review”' });
  await addRecord.getByLabel('Group (OCG)').check();
  await addRecord.getByLabel('Reference or name').fill('Larch');
  await addRecord.getByRole('button', { name: 'Find records' }).click();
  await page.getByRole('button', { name: /^Add OCG-\d+ Operation Larch to this item$/ }).click();
  await page.getByRole('button', { name: 'Done adding records' }).click();
  await expect(page.getByRole('link', { name: /OCG-\d+ Operation Larch/ })).toBeVisible();
  await page.getByRole('button', { name: 'Publish agenda' }).click();
  await expect(page.getByText('Agenda published').first()).toBeVisible();
  const section = page.getByRole('region', { name: 'Hit/no-hit check' });
  await section.getByRole('button', { name: 'Circulate the subjects' }).click();
  await expect(section.getByRole('status')).toContainText('0 of');
  const subjects = section.getByRole('table', { name: /Subjects circulated/ });
  const reference = (await subjects.getByRole('row').nth(1).getByRole('cell').first().innerText()).trim();
  expect(reference).toMatch(/^OCG-\d+$/);
  await expectMarkedAndAccessible(page);
  await signOut(page);

  // HMRC is asked by mail, which names no subject, and answers hit with what it holds.
  const asked = await newestMailTo(DEMO.PARTNER_MEMBER, `Hit/no-hit check: ${meeting.title}`, started);
  expect(asked.text).not.toContain(reference);
  await signIn(page, DEMO.PARTNER_MEMBER);
  expect(asked.text).toContain(`/meetings/${meeting.id}/hit-check`);
  await page.goto(`/meetings/${meeting.id}/hit-check`);
  await expect(page.getByRole('heading', { name: 'Hit/no-hit check' })).toBeVisible();
  const hmrcGroup = page.getByRole('group', { name: `${reference} (group)` });
  await hmrcGroup.getByLabel('Hit: my agency holds something').check();
  await page.getByLabel(`What your agency holds on ${reference} (optional)`).fill(HMRC_HOLDS);
  await page.getByRole('button', { name: 'Send your agency’s answers' }).click();
  await expect(page.getByText('Your agency’s answers have been sent')).toBeVisible();
  await expectMarkedAndAccessible(page);
  await signOut(page);

  // The SOC unit holds something too: it answers, then reads what HMRC holds, a disclosure to the SOC unit.
  await signIn(page, DEMO.POLICE_MEMBER);
  await page.goto(`/meetings/${meeting.id}/hit-check`);
  await page
    .getByRole('group', { name: `${reference} (group)` })
    .getByLabel('Hit: my agency holds something')
    .check();
  await page.getByLabel(`What your agency holds on ${reference} (optional)`).fill(POLICE_HOLDS);
  await page.getByRole('button', { name: 'Send your agency’s answers' }).click();
  await expect(page.getByText('Your agency’s answers have been sent')).toBeVisible();
  await page.getByRole('button', { name: `See what the agencies holding something on ${reference} hold` }).click();
  await expect(page.getByText(HMRC_HOLDS)).toBeVisible();
  await expectMarkedAndAccessible(page);
  const [logged] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM consultation c JOIN app_user u ON u.id = c.actor_user_id
      WHERE u.email = $1 AND c.action = 'DISCLOSE' AND c.disclosed_to_agency_id = u.agency_id AND c.purpose LIKE 'Hit/no-hit%'`,
    [DEMO.POLICE_MEMBER],
  );
  expect(logged.n).toBe(1);

  // Everyone reading the agenda sees which agencies hold something, and nothing of what they hold.
  await page.goto(`/meetings/${meeting.id}`);
  const row = page.getByRole('region', { name: 'Hit/no-hit check' }).getByRole('row').filter({ hasText: reference });
  await expect(row).toContainText('HM Revenue and Customs');
  await expect(row).toContainText('Serious and Organised Crime Unit');
  await expect(page.getByText(HMRC_HOLDS)).toHaveCount(0);
  await expectMarkedAndAccessible(page);
});
