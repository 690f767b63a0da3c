import { runAsSystem } from '../../src/core/database/panel-scope.js';
import { RemindersService } from '../../src/modules/reminders/reminders.service.js';
import { addGroup, addPlace } from '../link-chart/records.js';
import { startMailCatcher, type MailCatcher } from '../reminders/mail-catcher.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ALLOCATE = 'mutation($i: AllocateTaskInput!) { allocateTask(input: $i) { id reference } }';
const PUBLISH = 'mutation($id: ID!, $v: Int!) { publishAgenda(meetingId: $id, version: $v) { status } }';

/** Everything personal about the nominal the task and the agenda are about: none of it may leave by mail. */
const PERSONAL = /Quillfeather|Rowan|Ro the Quill|1990|03\/02|3 February|Larkspur/i;

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i += 1) await new Promise((r) => setTimeout(r, 20));
}

// 2030: before the days the reminder files scan (2031 on), and reminders are sent on their exact day whatever was
// scanned before, so this file and those do not disturb one another.
describe('mail and the s.62 log', () => {
  let mail: MailCatcher;
  let t: TestApp;
  let p: PanelFixture;
  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: mail.url, PUBLIC_URL: 'https://sentinel.example.test' });
    p = await createPanel(t.dataSource);
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  it('sends reminders, digests and agenda notices that hold no personal data, so no mail is logged as a disclosure', async () => {
    const ds = t.dataSource;
    const [{ last }] = await ds.query(`SELECT COALESCE(max(id), 0)::bigint AS last FROM consultation`);
    const ocgId = await addGroup(ds, p.panelId, { name: 'Harbour group' });
    const [n] = await ds.query(
      `INSERT INTO nominal (panel_id, reference, surname, forenames, aliases, date_of_birth, name_search)
       VALUES ($1, 'N-MAIL1', 'Quillfeather', 'Rowan', ARRAY['Ro the Quill'], '1990-02-03', 'rowan quillfeather') RETURNING id`,
      [p.panelId],
    );
    await ds.query(`INSERT INTO ocg_nominal (ocg_id, nominal_id, role) VALUES ($1, $2, 'PRINCIPAL')`, [ocgId, n.id]);
    await addPlace(ds, p.panelId, { label: '7 Larkspur Row', kind: 'HOME', area: 'Harbour', nominalId: n.id });
    const chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    const task = await t.gql<{ allocateTask: { reference: string } }>(
      ALLOCATE,
      { i: { panelId: p.panelId, title: 'Review the harbour accounts', agencyId: p.agencies.HMRC, ocgId, nominalId: n.id, dueOn: '2030-03-15' } },
      { session: chair },
    );
    expect(task.errors).toBeUndefined();
    const [meeting] = await ds.query(
      `INSERT INTO meeting (panel_id, title, starts_at, ends_at, mode, location, status)
       VALUES ($1, 'Panel meeting, April', '2030-04-09T09:00:00Z', '2030-04-09T11:00:00Z', 'IN_PERSON', 'Force HQ', 'PLANNED') RETURNING id`,
      [p.panelId],
    );
    const [item] = await ds.query(
      `INSERT INTO agenda_item (meeting_id, panel_id, position, kind, title, minutes_allocated) VALUES ($1, $2, 1, 'OCG_REVIEW', 'Groups for review', 30) RETURNING id`,
      [meeting.id, p.panelId],
    );
    await ds.query(`INSERT INTO agenda_item_record (agenda_item_id, record_kind, record_id) VALUES ($1, 'OCG', $2)`, [item.id, ocgId]);

    const reminders = t.app.get(RemindersService);
    // As the scheduled jobs run them: for every panel.
    await runAsSystem(() => reminders.scan(new Date('2030-03-08T09:00:00Z')));
    await runAsSystem(() => reminders.weeklyDigest(new Date('2030-03-18T07:00:00Z')));
    const published = await t.gql(PUBLISH, { id: meeting.id, v: 1 }, { session: chair });
    expect(published.errors).toBeUndefined();

    const ours = () => Object.values(p.users).flatMap((u) => mail.to(u.email));
    await waitFor(() => ours().length >= 8);
    const reference = task.data?.allocateTask.reference as string;
    // The reminder went to the allocated agency, the digest to the chair and coordinator, the notice to all five.
    expect(mail.to(p.users.PARTNER_MEMBER.email).map((m) => m.subject)).toEqual([
      expect.stringContaining(`Task ${reference} is due in 7 days`),
      expect.stringContaining('Agenda published'),
    ]);
    expect(mail.to(p.users.CHAIR.email).map((m) => m.subject)).toEqual([
      expect.stringContaining('Weekly digest'),
      expect.stringContaining('Agenda published'),
    ]);
    expect(mail.to(p.users.CHAIR.email)[0].text).toContain(reference);
    expect(ours()).toHaveLength(8);
    for (const m of ours()) {
      expect(m.subject).not.toMatch(PERSONAL);
      expect(m.text).not.toMatch(PERSONAL);
      expect(m.html).not.toMatch(PERSONAL);
    }

    const logged = await ds.query(
      `SELECT action, channel FROM consultation_subject WHERE id > $1 AND panel_id = $2 AND (channel = 'MAIL' OR action = 'DISCLOSE')`,
      [last, p.panelId],
    );
    expect(logged).toEqual([]);
  });
});
