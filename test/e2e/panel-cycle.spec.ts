import { expect, test, type Browser, type Page } from '@playwright/test';
import { docxParagraphs, docxTables, downloaded, icsEvents, londonTime, pdfText, sql, xlsxTable } from './files.js';
import { DEMO, expectMarkedAndAccessible, signIn, signOut } from './support.js';

/*
 * One whole panel cycle in the browser, seen by the four kinds of viewer a panel has: the chair, a partner whose
 * agency's agreement covers personal data (HMRC), a partner whose agreement has expired (Trading Standards) and an
 * observer (the PCC's office). Every time and figure a document shows is checked against the database, and every
 * file is read by a parser other than the library that wrote it.
 */

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

interface SlotRow {
  position: number;
  title: string;
  minutes: number;
  restricted: boolean;
  starts: Date;
  ends: Date;
}

/** The agenda's slots as the database has them: each item starts where the one before it ends. */
async function agendaSlots(meetingId: string): Promise<SlotRow[]> {
  return sql<SlotRow>(
    `SELECT i.position, i.title, i.minutes_allocated AS minutes, cardinality(i.restricted_to) > 0 AS restricted,
            m.starts_at + make_interval(mins => (sum(i.minutes_allocated) OVER w - i.minutes_allocated)::int) AS starts,
            m.starts_at + make_interval(mins => (sum(i.minutes_allocated) OVER w)::int) AS ends
       FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
      WHERE i.meeting_id = $1
     WINDOW w AS (ORDER BY i.position ROWS UNBOUNDED PRECEDING)
      ORDER BY i.position`,
    [meetingId],
  );
}

/** The agenda table of an agency's pack, as that agency's member reads it in the browser. */
async function packAgenda(page: Page, meetingPath: string): Promise<string[][]> {
  await page.goto(meetingPath);
  const href = await page.getByRole('link', { name: /Agenda pack \(web page\)/ }).getAttribute('href');
  await page.goto(href!);
  await expectMarkedAndAccessible(page);
  const table = page.getByRole('table', { name: 'Agenda items with their predicted times' });
  const rows = table.getByRole('row');
  await expect(rows.first()).toBeVisible();
  return Promise.all((await rows.all()).slice(1).map(async (r) => (await r.locator('th, td').allInnerTexts()).map((c) => c.trim())));
}

test('one panel cycle, read by the chair, a covered partner, an uncovered partner and an observer, agrees with the database', async ({ browser }) => {
  test.setTimeout(300_000);
  const chair = await signedIn(browser, DEMO.CHAIR);
  const [{ panel_id: panelId }] = await sql<{ panel_id: string }>(
    `SELECT ms.panel_id FROM membership ms JOIN app_user u ON u.id = ms.user_id WHERE u.email = $1`,
    [DEMO.CHAIR],
  );

  // The series: second Tuesday, every other month, alternating Teams and headquarters.
  await chair.getByRole('link', { name: 'Meetings', exact: true }).click();
  await chair.getByRole('link', { name: 'Meeting schedule' }).click();
  await chair.getByRole('group', { name: 'Week of the month' }).getByLabel('Second').check();
  await chair.getByRole('group', { name: 'Day' }).getByLabel('Tuesday').check();
  await chair.getByRole('group', { name: 'Every' }).getByLabel('2 months').check();
  await chair.getByLabel('Start time').fill('10:00');
  await chair.getByRole('group', { name: 'First meeting' }).getByLabel(/Teams/).check();
  await chair.getByLabel('Teams meeting link').fill('https://teams.microsoft.com/l/meetup-join/northmoor-ocg-panel');
  await chair.getByRole('button', { name: 'Save schedule' }).click();
  await expect(chair.getByText('There is a problem')).toHaveCount(0);
  await expectMarkedAndAccessible(chair);

  // The series file holds every meeting still to come, at the times the database holds, every line ending CRLF.
  const series = (await downloaded(chair, chair.getByRole('link', { name: 'Download the series (.ics)' }))).body.toString('utf8');
  expect(series.endsWith('\r\n')).toBe(true);
  expect(series.split('\r\n').some((line) => /[\r\n]/.test(line))).toBe(false);
  const upcoming = await sql<{ id: string; starts_at: Date; ends_at: Date }>(
    `SELECT id, starts_at, ends_at FROM meeting WHERE panel_id = $1 AND ends_at > now() ORDER BY starts_at LIMIT 24`,
    [panelId],
  );
  expect(upcoming.length).toBeGreaterThanOrEqual(6);
  expect(icsEvents(series).map((e) => [e.uid, e.start.toISOString(), e.end.toISOString()])).toEqual(
    upcoming.map((m) => [`${m.id}@sentinel`, m.starts_at.toISOString(), m.ends_at.toISOString()]),
  );

  // The next meeting's agenda, from the standing template, with an item restricted to HMRC placed before the
  // last two items, so that items after it have times to check.
  await chair.getByRole('link', { name: 'Meetings', exact: true }).click();
  await chair.getByRole('region', { name: 'Next meeting' }).getByRole('link').first().click();
  await expect(chair).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  const meetingPath = new URL(chair.url()).pathname;
  const meetingId = meetingPath.split('/').pop()!;
  await chair.getByRole('button', { name: 'Build agenda from the standing template' }).click();
  await expect(chair.getByText(/OCG-00\d\d/).first()).toBeVisible();
  // Each group once: the established groups are reviewed under item 4, the new ones introduced under item 5.
  const review = chair.getByRole('listitem').filter({ has: chair.getByRole('heading', { name: /Organised crime groups for review$/ }) });
  const newGroups = chair.getByRole('listitem').filter({ has: chair.getByRole('heading', { name: /New groups and referrals$/ }) });
  await expect(review.getByRole('link', { name: /OCG-\d+ Operation Larch/ })).toBeVisible();
  await expect(newGroups.getByRole('link', { name: /OCG-\d+ Operation Tinsel/ })).toBeVisible();
  await expect(newGroups.getByRole('link', { name: /OCG-\d+ Operation Larch/ })).toHaveCount(0);
  await expect(review.getByRole('link', { name: /OCG-\d+ Operation Tinsel/ })).toHaveCount(0);
  // A group put under another item by hand is refused while it is already on the agenda, saying where.
  await chair.getByRole('button', { name: 'Add a record to Any other business' }).click();
  const addRecord = chair.getByRole('search', { name: 'Add a record to “Any other business”' });
  await addRecord.getByLabel('Group (OCG)').check();
  await addRecord.getByLabel('Reference or name').fill('Larch');
  await addRecord.getByRole('button', { name: 'Find records' }).click();
  await chair.getByRole('button', { name: /^Add OCG-\d+ Operation Larch to this item$/ }).click();
  await expect(chair.getByText('This is already on the agenda, under item 4: Organised crime groups for review').first()).toBeVisible();
  await expectMarkedAndAccessible(chair);
  await chair.getByRole('button', { name: 'Done adding records' }).click();
  await chair.getByRole('button', { name: 'Add an item' }).click();
  const addItem = chair.getByRole('form', { name: 'Add an item' });
  await addItem.getByLabel('Title').fill('Covert financial investigation update');
  await addItem.getByLabel('Minutes allocated').fill('10');
  await addItem.getByRole('group', { name: 'Restricted to' }).getByLabel('HM Revenue and Customs').check();
  await expectMarkedAndAccessible(chair);
  await addItem.getByRole('button', { name: 'Add item' }).click();
  await expect(chair.getByText('Covert financial investigation update added to the agenda.')).toBeVisible();
  const last = await chair.getByRole('button', { name: /^Move up / }).count();
  for (const to of [last, last - 1]) {
    await chair.getByRole('button', { name: 'Move up Covert financial investigation update' }).click();
    await expect(chair.getByText(`Covert financial investigation update moved to position ${to} of ${last + 1}.`)).toBeVisible();
  }
  await chair.getByRole('button', { name: 'Publish agenda' }).click();
  await expect(chair.getByText('Agenda published').first()).toBeVisible();

  const slots = await agendaSlots(meetingId);
  const restricted = slots.find((s) => s.restricted)!;
  expect(restricted.position).toBe(slots.length - 2);
  const time = (s: SlotRow) => `${londonTime(s.starts)} to ${londonTime(s.ends)}`;
  // Those who run the meeting and the agency it is restricted to read the item, marked; every other agency reads
  // its slot, and every later item keeps its real time.
  const asRunning = slots.map((s) => [String(s.position), s.restricted ? `${s.title} (restricted)` : s.title, time(s), String(s.minutes)]);
  const asOthers = slots.map((s) => [
    String(s.position),
    s.restricted ? `Restricted item, ${s.minutes} minutes` : s.title,
    time(s),
    String(s.minutes),
  ]);
  const hmrc = await signedIn(browser, DEMO.PARTNER_MEMBER);
  const tradingStandards = await signedIn(browser, DEMO.UNCOVERED_PARTNER);
  const observer = await signedIn(browser, DEMO.OBSERVER);
  for (const [viewer, expected] of [
    [chair, asRunning],
    [hmrc, asRunning],
    [tradingStandards, asOthers],
    [observer, asOthers],
  ] as const) {
    const rows = await packAgenda(viewer, meetingPath);
    expect(rows.map((r) => r.slice(0, 4))).toEqual(expected);
  }
  // The PDF an agency is sent is that page printed: the same times, and nothing of the restricted item but its slot.
  await tradingStandards.goto(meetingPath);
  const packPdf = pdfText((await downloaded(tradingStandards, tradingStandards.getByRole('link', { name: 'Agenda pack (PDF)' }))).body);
  for (const s of slots) expect(packPdf).toContain(time(s));
  expect(packPdf).toContain('Restricted item, 10 minutes');
  expect(packPdf).not.toContain('Covert financial investigation');

  // HMRC's invitation to this meeting: the time the database holds, organised by the chair.
  await hmrc.goto(meetingPath);
  const invite = icsEvents((await downloaded(hmrc, hmrc.getByRole('link', { name: 'Add to calendar (.ics)' }))).body.toString('utf8'));
  const [meeting] = await sql<{ starts_at: Date; ends_at: Date }>(`SELECT starts_at, ends_at FROM meeting WHERE id = $1`, [meetingId]);
  expect(invite.map((e) => [e.start.toISOString(), e.end.toISOString()])).toEqual([[meeting.starts_at.toISOString(), meeting.ends_at.toISOString()]]);
  expect(JSON.stringify(invite[0].organizer)).toContain(`mailto:${DEMO.CHAIR}`);

  // Trading Standards sends apologies; HMRC does not reply, and comes late.
  await tradingStandards.goto(meetingPath);
  await tradingStandards.getByRole('group', { name: 'Will you attend?' }).getByLabel('Apologies').check();
  await tradingStandards.getByRole('button', { name: 'Send reply' }).click();
  await expect(tradingStandards.getByText(/Apologies/).first()).toBeVisible();

  // The meeting runs live; the observer follows the current item and acknowledges the confidentiality statement.
  await chair.goto(meetingPath);
  await chair.getByRole('link', { name: 'Run the meeting live' }).click();
  await chair.getByRole('button', { name: 'Open meeting' }).click();
  await observer.goto(`${meetingPath}/live`);
  await expect(observer.getByText(/Now discussing item 1/)).toBeVisible();
  await observer.getByRole('button', { name: 'I understand and accept' }).click();
  await expect(observer.getByText(/You have acknowledged the confidentiality statement/)).toBeVisible();
  await chair.getByRole('button', { name: 'Next item' }).click();
  await expect(observer.getByText(/Now discussing item 2/)).toBeVisible({ timeout: 3000 });
  await expectMarkedAndAccessible(observer);

  // A task raised at the item, for HMRC, on the Crossley family.
  const taskTitle = 'Review the Crossley family accounts before the next panel';
  await chair.getByRole('button', { name: 'Raise a task' }).click();
  await chair.getByLabel('Title', { exact: true }).fill(taskTitle);
  await chair.getByLabel('Agency', { exact: true }).selectOption({ label: 'HM Revenue and Customs' });
  await chair.getByLabel('Group', { exact: true }).fill('OCG-0003');
  await chair.getByRole('radio', { name: 'OCG-0003 The Crossley Family' }).check();
  await chair.getByRole('button', { name: 'Raise a task' }).click();
  await expect(chair.getByRole('link', { name: new RegExp(taskTitle) }).first()).toBeVisible();

  // Closing with an empty register is warned about; the chair marks the observer (who has acknowledged the
  // statement) as there remotely, then closes.
  await chair.getByRole('button', { name: 'Close meeting' }).click();
  await expect(chair.getByText('No one has been recorded as present. The minutes will say that no one attended.')).toBeVisible();
  await expectMarkedAndAccessible(chair);
  await chair.getByRole('link', { name: 'Mark the attendance register first' }).click();
  const carver = chair.getByRole('row').filter({ has: chair.getByRole('group', { name: 'Presence of James Carver' }) });
  await expect(carver).toContainText(/Acknowledged \d/);
  await carver.getByLabel('Remote').check();
  await chair.getByRole('button', { name: 'Save register' }).click();
  await expect(chair.getByText('Register saved for 1 person.')).toBeVisible();
  await chair.getByRole('link', { name: 'Run the meeting live' }).click();
  await chair.getByRole('button', { name: 'Close meeting' }).click();
  await expect(chair.getByText('1 person is recorded as present.')).toBeVisible();
  await chair.getByRole('button', { name: 'Close meeting' }).click();
  await expect(chair).toHaveURL(/\/minutes$/);

  // HMRC's officer, who came late, is marked after the meeting closed: the draft minutes follow the register.
  await chair.goto(meetingPath);
  await chair.getByRole('group', { name: 'Presence of Joanne Pike' }).getByLabel('In person').check();
  await chair.getByRole('button', { name: 'Save register' }).click();
  await expect(chair.getByText('Register saved for 1 person.')).toBeVisible();
  await chair.getByRole('link', { name: 'Minutes', exact: true }).click();
  await expect(chair.getByText('Joanne Pike, HM Revenue and Customs (present in person)')).toBeVisible();
  const present = async () =>
    (
      await sql<{ name: string; presence: string }>(
        `SELECT p->>'name' AS name, p->>'presence' AS presence
           FROM meeting_minutes mm, jsonb_array_elements(mm.content->'attendance'->'present') p
          WHERE mm.meeting_id = $1 AND mm.number = (SELECT max(number) FROM meeting_minutes WHERE meeting_id = $1) ORDER BY 1`,
        [meetingId],
      )
    ).map((r) => `${r.name}: ${r.presence}`);
  const registered = await sql<{ line: string }>(
    `SELECT u.name || ': ' || a.presence AS line FROM meeting_attendance a JOIN app_user u ON u.id = a.user_id
      WHERE a.meeting_id = $1 AND a.presence IN ('IN_PERSON', 'REMOTE') ORDER BY u.name`,
    [meetingId],
  );
  expect(await present()).toEqual(registered.map((r) => r.line));
  expect(registered.map((r) => r.line)).toEqual(['James Carver: REMOTE', 'Joanne Pike: IN_PERSON']);

  // Approved, then corrected: she was there remotely. The approved version stays; the correction is version 2.
  await chair.getByRole('button', { name: 'Approve minutes' }).click();
  await expect(chair.getByText('Approved').first()).toBeVisible();
  await chair.getByRole('button', { name: 'Record a correction' }).click();
  await chair.getByLabel('Reason for the correction').fill('HMRC attended remotely, not in person');
  await chair.getByRole('group', { name: 'Attendance of Joanne Pike' }).getByLabel('Present remotely').check();
  await expectMarkedAndAccessible(chair);
  await chair.getByRole('button', { name: 'Save correction' }).click();
  await expect(chair.getByText('Joanne Pike, HM Revenue and Customs (present remotely)')).toBeVisible();
  await expect(chair.getByText('Correction: HMRC attended remotely, not in person', { exact: true })).toBeVisible();
  await chair.getByRole('button', { name: 'Approve minutes' }).click();
  await expect(chair.getByText(/Version 2 \(shown\): approved/)).toBeVisible();
  const versions = await sql<{ number: number; status: string }>(`SELECT number, status FROM meeting_minutes WHERE meeting_id = $1 ORDER BY number`, [
    meetingId,
  ]);
  expect(versions).toEqual([
    { number: 1, status: 'APPROVED' },
    { number: 2, status: 'APPROVED' },
  ]);
  expect(await present()).toEqual(['James Carver: REMOTE', 'Joanne Pike: REMOTE']);

  // The Word minutes say what the database holds, for the chair as written and for the observer with the
  // family's name withheld (no cover for personal data).
  const minutesWord = async (page: Page) => {
    await page.goto(`${meetingPath}/minutes`);
    return (await downloaded(page, page.getByRole('link', { name: 'Minutes (Word)' }))).body;
  };
  const chairWord = await minutesWord(chair);
  const attendanceTable = docxTables(chairWord).find((t) => t[0].join('|') === 'Name|Agency|Attendance')!;
  const approvedAttendance = await sql<{ row: string[] }>(
    `SELECT ARRAY[p->>'name', p->>'agencyName', CASE p->>'presence' WHEN 'REMOTE' THEN 'Present remotely' ELSE 'Present in person' END] AS row
       FROM meeting_minutes mm, jsonb_array_elements(mm.content->'attendance'->'present') WITH ORDINALITY AS e(p, n)
      WHERE mm.meeting_id = $1 AND mm.number = 2 ORDER BY n`,
    [meetingId],
  );
  expect(attendanceTable.slice(1)).toEqual(approvedAttendance.map((r) => r.row));
  expect(
    attendanceTable
      .slice(1)
      .map((r) => r[0])
      .sort(),
  ).toEqual(['James Carver', 'Joanne Pike']);
  expect(docxParagraphs(chairWord).join('\n')).toContain(taskTitle);
  expect((await downloaded(chair, chair.getByRole('link', { name: 'Minutes (PDF)' }))).name).toMatch(/\.pdf$/);
  const observerMinutes = docxParagraphs(await minutesWord(observer)).join('\n');
  expect(observerMinutes).toContain('Review the [name withheld] family accounts');
  expect(observerMinutes).not.toMatch(/Crossley/i);

  // HMRC updates its task and closes it; the chair's export agrees with the database, dates as date cells.
  await hmrc.goto('/tasks/mine');
  await hmrc.getByRole('link', { name: taskTitle }).first().click();
  const taskPath = new URL(hmrc.url()).pathname;
  await hmrc.getByLabel('Update', { exact: true }).fill('Accounts for the last three years requested');
  await hmrc.getByRole('button', { name: 'Post update' }).click();
  await expect(hmrc.getByText('Accounts for the last three years requested').first()).toBeVisible();
  await chair.getByRole('link', { name: 'Tasks', exact: true }).click();
  const exported = await xlsxTable((await downloaded(chair, chair.getByRole('button', { name: 'Export XLSX' }).first())).body);
  expect(exported.marking).toContain('OFFICIAL-SENSITIVE');
  const due = await sql<{ reference: string; due_on: string; status: string }>(
    `SELECT reference, due_on::text AS due_on, status FROM task WHERE panel_id = $1 AND reference = ANY($2) ORDER BY reference`,
    [panelId, exported.rows.map((r) => r.Reference)],
  );
  expect(due.length).toBe(exported.rows.length);
  const cells = [...exported.rows].sort((a, b) => String(a.Reference).localeCompare(String(b.Reference)));
  expect(cells.map((r) => [r.Reference, r['Due date'] instanceof Date ? (r['Due date'] as Date).toISOString().slice(0, 10) : r['Due date']])).toEqual(
    due.map((d) => [d.reference, d.due_on]),
  );
  expect(exported.rows.some((r) => r.Title === taskTitle)).toBe(true);

  await hmrc.goto(taskPath);
  await hmrc.getByLabel('Update', { exact: true }).fill('No undeclared income found; closing');
  await hmrc.getByRole('group', { name: 'Status' }).getByLabel('Completed').check();
  await hmrc.getByRole('button', { name: 'Post update' }).click();
  await expect(hmrc.getByText('No undeclared income found; closing').first()).toBeVisible();
  const closed = () =>
    sql<{ status: string; updates: string[] }>(
      `SELECT t.status, ARRAY(SELECT u.text FROM task_update u WHERE u.task_id = t.id AND u.text IS NOT NULL ORDER BY u.created_at) AS updates
         FROM task t WHERE t.title = $1`,
      [taskTitle],
    );
  await expect
    .poll(closed)
    .toEqual([{ status: 'COMPLETED', updates: ['Accounts for the last three years requested', 'No undeclared income found; closing'] }]);

  // The six-monthly assessment, generated and published by the chair; its figures agree with the database, on the
  // page and in the PDF that an uncovered partner downloads.
  await chair.goto('/reports/assessments');
  await chair.getByRole('button', { name: 'Generate an assessment' }).click();
  await expect(chair).toHaveURL(/\/reports\/assessments\/[0-9a-f-]{36}$/);
  const assessmentPath = new URL(chair.url()).pathname;
  await chair.getByRole('button', { name: 'Publish' }).click();
  await expect(chair.getByText('Published').first()).toBeVisible();
  await expectMarkedAndAccessible(chair);
  const [figures] = await sql<{ threats: number; places: number; disruptions: number }>(
    `SELECT (SELECT count(*)::int FROM emerging_threat t WHERE t.panel_id = a.panel_id AND t.created_at::date BETWEEN a.period_from AND a.period_to) AS threats,
            (SELECT count(*)::int FROM place p WHERE p.panel_id = a.panel_id AND p.high_harm) AS places,
            (SELECT count(*)::int FROM disruption d WHERE d.panel_id = a.panel_id AND d.occurred_on BETWEEN a.period_from AND a.period_to) AS disruptions
       FROM assessment a WHERE a.id = $1`,
    [assessmentPath.split('/').pop()],
  );
  const summary = (page: Page, key: string) =>
    page
      .locator('.govuk-summary-list__row')
      .filter({ has: page.getByText(key, { exact: true }) })
      .locator('dd')
      .first();
  await expect(summary(chair, 'Emerging threats raised')).toHaveText(String(figures.threats));
  await expect(summary(chair, 'High-harm places')).toHaveText(String(figures.places));
  await expect(summary(chair, 'Disruptions recorded')).toHaveText(new RegExp(`^${figures.disruptions} \\(previous period`));
  await tradingStandards.goto(assessmentPath);
  await expect(summary(tradingStandards, 'Emerging threats raised')).toHaveText(String(figures.threats));
  const assessmentPdf = pdfText(
    (await downloaded(tradingStandards, tradingStandards.getByRole('link', { name: /Download the assessment \(PDF/ }))).body,
  ).replace(/\s+/g, '');
  // The PDF's text runs its cells together: each figure is read between its label and the next one.
  expect(assessmentPdf).toContain(`Emergingthreatsraised${figures.threats}Emergingthreatsdiscussed`);
  expect(assessmentPdf).toContain(`High-harmplaces${figures.places}Disruptionsrecorded${figures.disruptions}(previousperiod`);

  for (const page of [chair, hmrc, tradingStandards, observer]) {
    await page.goto('/');
    await signOut(page);
  }
});
