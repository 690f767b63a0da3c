import { PROTECTIVE_MARKING } from '@sentinel/shared';
import { RemindersService } from '../../src/modules/reminders/reminders.service.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { asScheduledWork } from '../support/system-scope.js';
import { startMailCatcher, type MailCatcher } from './mail-catcher.js';

const ALLOCATE = 'mutation($i: AllocateTaskInput!) { allocateTask(input: $i) { id reference version } }';
const EDIT = 'mutation($i: EditTaskInput!) { editTask(input: $i) { id version dueOn } }';
const UPDATE = 'mutation($i: AddTaskUpdateInput!) { addTaskUpdate(input: $i) { status } }';
const PREFERENCE = 'mutation($e: Boolean!) { setReminderPreference(enabled: $e) }';
const VIEWER = '{ viewer { email remindersEnabled } }';

/** Nine in the morning, UK summer time, on a day: the clock the tests hand the scan. */
const at = (day: string) => new Date(`${day}T08:00:00Z`);

// Dates in 2031, so no other test file's tasks (which the scan also sees) share these reminder days.
describe('task reminders and the weekly digest by mail', () => {
  const sql = new SqlCounter();
  let mail: MailCatcher;
  let t: TestApp;
  let reminders: RemindersService;
  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: mail.url, PUBLIC_URL: 'https://sentinel.example.test' }, sql);
    reminders = asScheduledWork(t.app.get(RemindersService));
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  const setUp = async () => {
    const p = await createPanel(t.dataSource);
    const chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    return { p, chair };
  };
  const allocate = async (p: PanelFixture, chair: string, fields: Record<string, unknown>) => {
    const res = await t.gql<{ allocateTask: { id: string; reference: string; version: number } }>(
      ALLOCATE,
      { i: { panelId: p.panelId, title: 'Review the car wash accounts', agencyId: p.agencies.HMRC, ...fields } },
      { session: chair },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.allocateTask;
  };

  it('rejects the unauthenticated', async () => {
    expect((await t.gql(PREFERENCE, { e: false })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reminds 7 days and 1 day before the due date and the day it becomes overdue, once each, on UK days', async () => {
    const { p, chair } = await setUp();
    const task = await allocate(p, chair, { dueOn: '2031-07-10' });
    const partner = p.users.PARTNER_MEMBER.email;
    const subjects = () => mail.to(partner).map((m) => m.subject);

    await reminders.scan(new Date('2031-07-02T22:30:00Z')); // 23:30 on 2 July in London: 8 days before
    expect(subjects()).toEqual([]);
    await reminders.scan(new Date('2031-07-02T23:30:00Z')); // 00:30 on 3 July in London (UTC still says 2 July)
    await reminders.scan(at('2031-07-03'));
    expect(subjects()).toEqual([`[${PROTECTIVE_MARKING}] Task ${task.reference} is due in 7 days`]);
    for (const day of ['2031-07-08', '2031-07-09', '2031-07-09', '2031-07-10', '2031-07-11', '2031-07-11', '2031-07-12']) {
      await reminders.scan(at(day));
    }
    expect(subjects()).toEqual([
      `[${PROTECTIVE_MARKING}] Task ${task.reference} is due in 7 days`,
      `[${PROTECTIVE_MARKING}] Task ${task.reference} is due tomorrow`,
      `[${PROTECTIVE_MARKING}] Task ${task.reference} is now overdue`,
    ]);
    // Only the allocated agency hears of it: no owner was named, so every HMRC member who wants reminders.
    expect(mail.to(p.users.CHAIR.email)).toEqual([]);
    const kept = await t.dataSource.query(`SELECT kind, recipients FROM task_reminder WHERE task_id = $1 ORDER BY sent_at`, [task.id]);
    expect(kept).toEqual([
      { kind: 'DUE_IN_7_DAYS', recipients: 1 },
      { kind: 'DUE_IN_1_DAY', recipients: 1 },
      { kind: 'OVERDUE', recipients: 1 },
    ]);
  });

  it('sends nothing once the task is completed', async () => {
    const { p, chair } = await setUp();
    const task = await allocate(p, chair, { dueOn: '2031-07-10' });
    await reminders.scan(at('2031-07-03'));
    expect(mail.to(p.users.PARTNER_MEMBER.email)).toHaveLength(1);
    const hmrc = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    const done = await t.gql(UPDATE, { i: { taskId: task.id, status: 'COMPLETED', version: task.version, text: 'Done' } }, { session: hmrc });
    expect(done.errors).toBeUndefined();
    await reminders.scan(at('2031-07-09'));
    await reminders.scan(at('2031-07-11'));
    expect(mail.to(p.users.PARTNER_MEMBER.email)).toHaveLength(1);
  });

  it('goes to the named owner; when they turn reminders off, to the rest of their agency who want them', async () => {
    const { p, chair } = await setUp();
    const task = await allocate(p, chair, {
      agencyId: p.agencies['Police SOC unit'],
      ownerUserId: p.users.POLICE_MEMBER.userId,
      dueOn: '2031-07-10',
    });
    await reminders.scan(at('2031-07-03'));
    expect(mail.to(p.users.POLICE_MEMBER.email)).toHaveLength(1);
    expect(mail.to(p.users.CHAIR.email)).toEqual([]);

    const owner = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
    const coordinator = await t.signIn(p.users.COORDINATOR.email, TEST_PASSWORD);
    for (const session of [owner, coordinator]) {
      const res = await t.gql<{ setReminderPreference: boolean }>(PREFERENCE, { e: false }, { session });
      expect(res.data?.setReminderPreference).toBe(false);
    }
    const viewer = await t.gql<{ viewer: { remindersEnabled: boolean } }>(VIEWER, {}, { session: owner });
    expect(viewer.data?.viewer.remindersEnabled).toBe(false);
    const [audit] = await t.dataSource.query(`SELECT changes FROM audit_event WHERE entity_type = 'User' AND entity_id = $1 AND action = 'UPDATE'`, [
      p.users.POLICE_MEMBER.userId,
    ]);
    expect(audit.changes.remindersEnabled).toEqual([true, false]);

    await reminders.scan(at('2031-07-09'));
    expect(mail.to(p.users.POLICE_MEMBER.email)).toHaveLength(1);
    expect(mail.to(p.users.COORDINATOR.email)).toEqual([]);
    expect(mail.to(p.users.CHAIR.email).map((m) => m.subject)).toEqual([`[${PROTECTIVE_MARKING}] Task ${task.reference} is due tomorrow`]);
  });

  it('sends new reminders after the due date changes', async () => {
    const { p, chair } = await setUp();
    const task = await allocate(p, chair, { dueOn: '2031-07-10' });
    await reminders.scan(at('2031-07-03'));
    const moved = await t.gql<{ editTask: { dueOn: string } }>(
      EDIT,
      { i: { id: task.id, version: task.version, title: 'Review the car wash accounts', agencyId: p.agencies.HMRC, dueOn: '2031-07-20' } },
      { session: chair },
    );
    expect(moved.errors).toBeUndefined();
    await reminders.scan(at('2031-07-09')); // the old date's "tomorrow": nothing now
    await reminders.scan(at('2031-07-13'));
    expect(mail.to(p.users.PARTNER_MEMBER.email).map((m) => m.subject)).toEqual([
      `[${PROTECTIVE_MARKING}] Task ${task.reference} is due in 7 days`,
      `[${PROTECTIVE_MARKING}] Task ${task.reference} is due in 7 days`,
    ]);
    expect(mail.to(p.users.PARTNER_MEMBER.email)[1].text).toContain('Due date: 20 July 2031');
  });

  it('marks every message and never names a nominal', async () => {
    const { p, chair } = await setUp();
    const [n] = await t.dataSource.query(
      `INSERT INTO nominal (panel_id, reference, surname, forenames, name_search) VALUES ($1, 'N-0001', 'Blackthorn', 'Ezekiel', 'ezekiel blackthorn') RETURNING id`,
      [p.panelId],
    );
    const task = await allocate(p, chair, { dueOn: '2031-07-10', nominalId: n.id, description: 'Ezekiel Blackthorn runs the car wash' });
    await reminders.scan(at('2031-07-03'));
    const [m] = mail.to(p.users.PARTNER_MEMBER.email);
    expect(m.text.split('\n')[0]).toBe(PROTECTIVE_MARKING);
    expect(
      m.html
        .replace(/<[^>]+>/g, '\n')
        .trim()
        .split('\n')
        .find((l) => l.trim()),
    ).toBe(PROTECTIVE_MARKING);
    for (const body of [m.text, m.html]) {
      expect(body).toContain(task.reference);
      expect(body).toContain('Review the car wash accounts');
      expect(body).toContain('10 July 2031');
      expect(body).toContain('HMRC');
      expect(body).toContain(`https://sentinel.example.test/tasks/${task.id}`);
      expect(body).not.toMatch(/Blackthorn|Ezekiel/);
    }
  });

  it('catches up what was due while no scan ran, sending each task only its latest reminder, in words true that day', async () => {
    // The last day scanned is one for the whole database, and other files scan 2031 and 2032: a later year keeps
    // this test's days its own (a scan whose day is not after the last one covers that day only).
    const { p, chair } = await setUp();
    const task = await allocate(p, chair, { dueOn: '2040-08-20' });
    const subjects = () => mail.to(p.users.PARTNER_MEMBER.email).map((m) => m.subject);
    await reminders.scan(at('2040-08-12'));
    expect(subjects()).toEqual([]);
    // No scan on the 13th and 14th: the 15th sends the week's reminder, five days before.
    await reminders.scan(at('2040-08-15'));
    expect(subjects()).toEqual([`[${PROTECTIVE_MARKING}] Task ${task.reference} is due in 5 days`]);
    expect(mail.to(p.users.PARTNER_MEMBER.email)[0].text).toContain('A task allocated to HMRC is due in 5 days.');
    // None from the 16th to the 20th: the 21st says it is overdue, not that it was due tomorrow.
    await reminders.scan(at('2040-08-21'));
    await reminders.scan(at('2040-08-22'));
    expect(subjects()).toEqual([
      `[${PROTECTIVE_MARKING}] Task ${task.reference} is due in 5 days`,
      `[${PROTECTIVE_MARKING}] Task ${task.reference} is now overdue`,
    ]);
    const kept = await t.dataSource.query(`SELECT kind FROM task_reminder WHERE task_id = $1 ORDER BY sent_at`, [task.id]);
    expect(kept).toEqual([{ kind: 'DUE_IN_7_DAYS' }, { kind: 'OVERDUE' }]);
  });

  it('finds the due reminders in one statement however many tasks there are', async () => {
    const { p } = await setUp();
    await t.dataSource.query(
      `INSERT INTO task (panel_id, reference, title, agency_id, due_on)
       SELECT $1, 'A-' || lpad(g::text, 4, '0'), 'Task ' || g, $2, DATE '2031-09-01' + g FROM generate_series(1, 500) g`,
      [p.panelId, p.agencies.HMRC],
    );
    sql.count = 0;
    expect(await reminders.scan(at('2031-01-01'))).toEqual({ reminders: 0, messages: 0 });
    expect(sql.count).toBe(1);
  });

  it('sends each chair and coordinator a digest of overdue tasks by agency, and nothing where none is overdue', async () => {
    const { p, chair } = await setUp();
    const a = await allocate(p, chair, { title: 'Visit the yard', dueOn: '2031-07-28' });
    const b = await allocate(p, chair, { title: 'Check the licences', agencyId: p.agencies['Trading Standards'], dueOn: '2031-08-01' });
    const c = await allocate(p, chair, { title: 'Assess the company', dueOn: '2031-08-03' });
    const notYet = await allocate(p, chair, { title: 'Not due yet', dueOn: '2031-08-20' });
    const quiet = await setUp();
    await allocate(quiet.p, quiet.chair, { title: 'Due later', dueOn: '2031-08-20' });

    await reminders.weeklyDigest(new Date('2031-08-04T06:00:00Z')); // Monday, 07:00 in London
    const [digest, ...more] = mail.to(p.users.CHAIR.email);
    expect(more).toEqual([]);
    expect(mail.to(p.users.COORDINATOR.email)).toHaveLength(1);
    expect(mail.to(p.users.PARTNER_MEMBER.email)).toEqual([]);
    expect(mail.to(quiet.p.users.CHAIR.email)).toEqual([]);
    expect(digest.subject).toMatch(new RegExp(`^\\[${PROTECTIVE_MARKING}\\] Weekly digest: 3 overdue tasks on Panel `));
    const lines = digest.text.split('\n');
    expect(lines[0]).toBe(PROTECTIVE_MARKING);
    const body = lines.filter((l) => /^(HMRC|Trading Standards) \(|^A-/.test(l));
    expect(body).toEqual([
      'HMRC (2)',
      `${a.reference} – Visit the yard – due 28 July 2031 – 7 days overdue`,
      `${c.reference} – Assess the company – due 3 August 2031 – 1 day overdue`,
      'Trading Standards (1)',
      `${b.reference} – Check the licences – due 1 August 2031 – 3 days overdue`,
    ]);
    expect(digest.text).not.toContain(notYet.reference);
    expect(digest.html).toContain(PROTECTIVE_MARKING);
  });
});
