import { RemindersService } from '../../src/modules/reminders/reminders.service.js';
import { addDataProtectionOfficer, createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { asScheduledWork } from '../support/system-scope.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { startMailCatcher, type MailCatcher } from './mail-catcher.js';

interface MailPage {
  panelMail: { totalCount: number; undeliveredCount: number; nodes: Record<string, unknown>[] };
}

const PANEL_MAIL = `query($p: ID!, $o: MailOutcome, $limit: Int) {
  panelMail(panelId: $p, outcome: $o, limit: $limit) { totalCount undeliveredCount nodes { kind recipient subject outcome reason } }
}`;

/** The panel's mail log: every message Sentinel sent or could not send, for its chair, coordinators and data protection officer. */
describe('the mail log', () => {
  let mail: MailCatcher;
  let t: TestApp;
  let p: PanelFixture;
  let chair: string;

  const task = async (reference: string, dueOn: string) => {
    await t.dataSource.query(`INSERT INTO task (panel_id, reference, title, agency_id, due_on) VALUES ($1, $2, 'Check the licence', $3, $4)`, [
      p.panelId,
      reference,
      p.agencies.HMRC,
      dueOn,
    ]);
  };

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: mail.url, PUBLIC_URL: 'https://sentinel.example.test' });
    p = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  it('keeps each message with whether it went, and why not, newest first, in one statement', async () => {
    await task('A-0001', '2032-06-08');
    await asScheduledWork(t.app.get(RemindersService)).scan(new Date('2032-06-01T09:00:00Z'));
    mail.refused.add(p.users.PARTNER_MEMBER.email.toLowerCase());
    await task('A-0002', '2032-06-09');
    await asScheduledWork(t.app.get(RemindersService)).scan(new Date('2032-06-02T09:00:00Z'));
    mail.refused.clear();

    const all = await t.gql<MailPage>(PANEL_MAIL, { p: p.panelId }, { session: chair });
    expect(all.errors).toBeUndefined();
    expect(all.data?.panelMail).toEqual({
      totalCount: 2,
      undeliveredCount: 1,
      nodes: [
        {
          kind: 'TASK_REMINDER',
          recipient: p.users.PARTNER_MEMBER.email,
          subject: 'Task A-0002 is due in 7 days',
          outcome: 'REFUSED',
          reason: 'The mail server refused it (reply 550)',
        },
        { kind: 'TASK_REMINDER', recipient: p.users.PARTNER_MEMBER.email, subject: 'Task A-0001 is due in 7 days', outcome: 'SENT', reason: null },
      ],
    });
    expect(mail.to(p.users.PARTNER_MEMBER.email)).toHaveLength(1);
    const refused = await t.gql<MailPage>(PANEL_MAIL, { p: p.panelId, o: 'REFUSED', limit: 1 }, { session: chair });
    expect(refused.data?.panelMail).toMatchObject({ totalCount: 1, undeliveredCount: 1, nodes: [{ subject: 'Task A-0002 is due in 7 days' }] });
  });

  it('is read by the chair and coordinators alone, and only for their own panel', async () => {
    const partner = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    expect((await t.gql(PANEL_MAIL, { p: p.panelId }, { session: partner })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const coordinator = await t.signIn(p.users.COORDINATOR.email, TEST_PASSWORD);
    expect((await t.gql<MailPage>(PANEL_MAIL, { p: p.panelId }, { session: coordinator })).data?.panelMail.totalCount).toBe(2);
    const other = await createPanel(t.dataSource);
    const otherChair = await t.signIn(other.users.CHAIR.email, TEST_PASSWORD);
    expect((await t.gql(PANEL_MAIL, { p: p.panelId }, { session: otherChair })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // The database keeps the log's panels apart too: row-level-security.spec.ts seeds and checks it with every table.
  });

  it('shows the data protection officer, who reads no meetings, the kind of a meeting’s mail in place of its subject', async () => {
    const dpo = await addDataProtectionOfficer(t.dataSource, p);
    await t.dataSource.query(
      `INSERT INTO mail_message (panel_id, kind, recipient, subject, outcome, at)
       VALUES ($1, 'AGENDA_PUBLISHED', $2, 'Agenda published: Operation Larch review', 'SENT', now() + interval '1 minute'),
              ($1, 'HIT_CHECK', $2, 'Hit/no-hit check: Operation Larch review', 'SENT', now() + interval '2 minutes')`,
      [p.panelId, p.users.PARTNER_MEMBER.email],
    );
    const subjects = async (session: string) =>
      ((await t.gql<MailPage>(PANEL_MAIL, { p: p.panelId }, { session })).data?.panelMail.nodes ?? []).map((n) => n.subject);
    expect(await subjects(chair)).toEqual([
      'Hit/no-hit check: Operation Larch review',
      'Agenda published: Operation Larch review',
      'Task A-0002 is due in 7 days',
      'Task A-0001 is due in 7 days',
    ]);
    const officer = await t.signIn(dpo.email, TEST_PASSWORD);
    expect(await subjects(officer)).toEqual(['Hit/no-hit check', 'Agenda published', 'Task A-0002 is due in 7 days', 'Task A-0001 is due in 7 days']);
  });
});
