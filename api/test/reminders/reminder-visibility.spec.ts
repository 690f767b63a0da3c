import { RemindersService } from '../../src/modules/reminders/reminders.service.js';
import { createPanel, type PanelFixture } from '../support/fixtures.js';
import { asScheduledWork } from '../support/system-scope.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { startMailCatcher, type MailCatcher } from './mail-catcher.js';

/** Nine in the morning, UK time, on a day: the clock the tests hand the scan. */
const at = (day: string) => new Date(`${day}T09:00:00Z`);

// Dates in 2033, so no other test file's tasks (which the scan also sees) share these reminder days.
describe('a reminder names a task only to someone the task rule lets read it', () => {
  let mail: MailCatcher;
  let t: TestApp;
  let reminders: RemindersService;
  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: mail.url, PUBLIC_URL: 'https://sentinel.example.test' });
    reminders = asScheduledWork(t.app.get(RemindersService));
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  /** An HMRC task owned by the panel's HMRC partner, and a second HMRC member who also wants reminders. */
  const setUp = async (title: string, dueOn: string) => {
    const p = await createPanel(t.dataSource);
    const colleague = `hmrc.colleague.${p.panelId}@example.test`;
    const [u] = await t.dataSource.query(
      `INSERT INTO app_user (email, name, agency_id, password_hash) VALUES ($1, 'HMRC colleague', $2, 'x') RETURNING id`,
      [colleague, p.agencies.HMRC],
    );
    await t.dataSource.query(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, 'PARTNER_MEMBER')`, [p.panelId, u.id]);
    await t.dataSource.query(
      `INSERT INTO task (panel_id, reference, title, agency_id, owner_user_id, due_on) VALUES ($1, 'A-0001', $2, $3, $4, $5)`,
      [p.panelId, title, p.agencies.HMRC, p.users.PARTNER_MEMBER.userId, dueOn],
    );
    return { p, colleague };
  };
  const titlesTo = (email: string) => mail.to(email).map((m) => m.text);

  it('skips an owner who has since moved to another agency, and reminds the allocated agency instead', async () => {
    const { p, colleague }: { p: PanelFixture; colleague: string } = await setUp('MOVED-OWNER-TASK Check the VAT returns', '2033-03-10');
    await t.dataSource.query(`UPDATE app_user SET agency_id = $2 WHERE id = $1`, [p.users.PARTNER_MEMBER.userId, p.agencies['Trading Standards']]);
    await reminders.scan(at('2033-03-03'));
    expect(titlesTo(p.users.PARTNER_MEMBER.email).join()).not.toContain('MOVED-OWNER-TASK');
    expect(titlesTo(colleague).join()).toContain('MOVED-OWNER-TASK');
  });

  it('skips an owner who has left the panel', async () => {
    const { p, colleague } = await setUp('LEFT-PANEL-TASK Check the customs declarations', '2033-05-10');
    await t.dataSource.query(`DELETE FROM membership WHERE id = $1`, [p.users.PARTNER_MEMBER.membershipId]);
    await reminders.scan(at('2033-05-03'));
    expect(titlesTo(p.users.PARTNER_MEMBER.email).join()).not.toContain('LEFT-PANEL-TASK');
    expect(titlesTo(colleague).join()).toContain('LEFT-PANEL-TASK');
  });
});
