import { jest } from '@jest/globals';
import request from 'supertest';
import { strFromU8, unzipSync } from 'fflate';
import { PdfService } from '../../src/modules/minutes/pdf.service.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createMeetings, type MeetingFixture } from './minutes-fixtures.js';

/*
 * Every meeting channel (the agenda's item fields, the agenda pack as HTML and as the page its PDF is printed
 * from, the minutes by GraphQL, as Word and as the page their PDF is printed from) shows each viewer only the
 * tasks and items the one rule gives them. The DWP records below carry a canary in their titles.
 */
const DWP_ITEM = 'CANARY-DWP-ITEM Benefit fraud enquiry';
const DWP_TASK = 'CANARY-DWP-TASK Check the benefit claims';
const DWP_OTHER_TASK = 'CANARY-DWP-OTHER Ask for the claim history';
const RAISED_UNDER = 'CANARY-RAISED-UNDER-DWP-ITEM Match the tax records';
const ATTACHED_UNDER = 'CANARY-ATTACHED-UNDER-DWP-ITEM Trace the payments';
const HMRC_TASK = 'Review the car wash accounts';
const ALL_CANARIES = [DWP_ITEM, DWP_TASK, DWP_OTHER_TASK, RAISED_UNDER, ATTACHED_UNDER];

const AGENDA_TASKS = `query($id: ID!) { agenda(meetingId: $id) { items { title tasks { title } records { title } } } }`;
const MINUTES = `query($id: ID!) { meetingMinutes(meetingId: $id) { items { title tasks { title agencyName } } otherTasks { title } } }`;

describe('meeting channels show each viewer only the tasks and items the one rule gives them', () => {
  let t: TestApp;
  let p: PanelFixture;
  let f: MeetingFixture;
  let sessions: Record<'chair' | 'hmrc' | 'police' | 'observer' | 'dwp', string>;
  let printed: string[];

  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    f = await createMeetings(t.dataSource, p);
    const ds = t.dataSource;
    const [dwp] = await ds.query(
      `INSERT INTO agency (panel_id, name, kind, isa_reference, isa_signed_on, isa_expires_on, isa_covers_personal_data)
       VALUES ($1, 'DWP', 'GOVERNMENT_DEPARTMENT', 'ISA-2', '2025-01-01', '2030-01-01', true) RETURNING id`,
      [p.panelId],
    );
    const dwpEmail = `dwp.partner.${p.panelId.slice(0, 8)}@example.test`;
    const [dwpUser] = await ds.query(
      `INSERT INTO app_user (email, name, agency_id, password_hash) SELECT $1, 'DWP partner', $2, password_hash FROM app_user WHERE id = $3 RETURNING id`,
      [dwpEmail, dwp.id, p.users.CHAIR.userId],
    );
    await ds.query(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, 'PARTNER_MEMBER')`, [p.panelId, dwpUser.id]);
    const [dwpItem] = await ds.query(
      `INSERT INTO agenda_item (meeting_id, panel_id, position, kind, title, minutes_allocated, restricted_to)
       VALUES ($1, $2, 3, 'OTHER', $3, 10, ARRAY[$4]::uuid[]) RETURNING id`,
      [f.meetingId, p.panelId, DWP_ITEM, dwp.id],
    );
    const task = `INSERT INTO task (panel_id, reference, title, agency_id, status, due_on, meeting_id, agenda_item_id)
                  VALUES ($1, $2, $3, $4, 'OPEN', '2026-04-01', $5, $6) RETURNING id`;
    await ds.query(task, [p.panelId, 'A-0101', DWP_TASK, dwp.id, f.meetingId, f.openItemId]);
    await ds.query(task, [p.panelId, 'A-0102', DWP_OTHER_TASK, dwp.id, f.meetingId, null]);
    await ds.query(task, [p.panelId, 'A-0103', RAISED_UNDER, p.agencies.HMRC, f.meetingId, dwpItem.id]);
    const [attached] = await ds.query(task, [p.panelId, 'A-0104', ATTACHED_UNDER, p.agencies.HMRC, null, null]);
    await ds.query(`INSERT INTO agenda_item_record (agenda_item_id, record_kind, record_id) VALUES ($1, 'TASK', $2)`, [dwpItem.id, attached.id]);
    sessions = {
      chair: await t.signIn(p.users.CHAIR.email, TEST_PASSWORD),
      hmrc: await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD),
      police: await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD),
      observer: await t.signIn(p.users.OBSERVER.email, TEST_PASSWORD),
      dwp: await t.signIn(dwpEmail, TEST_PASSWORD),
    };
    // The PDFs are printed from a page; keep each page printed, still printing it for real.
    printed = [];
    const pdf = t.app.get(PdfService);
    const print = pdf.fromHtml.bind(pdf);
    jest.spyOn(pdf, 'fromHtml').mockImplementation(async (html: string) => {
      printed.push(html);
      return print(html);
    });
  }, 60_000);
  afterAll(() => t.close());

  const binary = (path: string, session: string) =>
    request(t.app.getHttpServer())
      .get(path)
      .set('Cookie', session)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
  const pack = async (session: string) => {
    const res = await request(t.app.getHttpServer()).get(`/meetings/${f.meetingId}/pack`).set('Cookie', session);
    expect(res.status).toBe(200);
    return res.text;
  };
  const printedFrom = async (path: string, session: string) => {
    printed.length = 0;
    const res = await binary(path, session);
    expect(res.status).toBe(200);
    expect((res.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(printed).toHaveLength(1);
    return printed[0];
  };
  const wordText = async (session: string) => {
    const res = await binary(`/meetings/${f.meetingId}/minutes.docx`, session);
    expect(res.status).toBe(200);
    return strFromU8(unzipSync(new Uint8Array(res.body as Buffer))['word/document.xml']);
  };
  const expectNone = (text: string, canaries: string[]) => canaries.forEach((c) => expect(text).not.toContain(c.split(' ')[0]));
  const expectAll = (text: string, canaries: string[]) => canaries.forEach((c) => expect(text).toContain(c));

  it("gives HMRC a pack whose action log lists only HMRC's tasks, not DWP's nor those under an item restricted to DWP", async () => {
    const html = await pack(sessions.hmrc);
    expect(html).toContain(HMRC_TASK);
    expectNone(html, ALL_CANARIES);
  });

  it('prints HMRC’s PDF pack from the same page, with none of the other agency’s records', async () => {
    const page = await printedFrom(`/meetings/${f.meetingId}/pack.pdf`, sessions.hmrc);
    expect(page).toContain(HMRC_TASK);
    expectNone(page, ALL_CANARIES);
  }, 60_000);

  it("gives police members and observers the whole panel's tasks, less those hanging from an item hidden from them", async () => {
    for (const session of [sessions.police, sessions.observer]) {
      const html = await pack(session);
      expectAll(html, [HMRC_TASK, DWP_TASK, DWP_OTHER_TASK]);
      expectNone(html, [DWP_ITEM, RAISED_UNDER, ATTACHED_UNDER]);
    }
  });

  it('gives DWP its item and its own tasks, and the chair everything', async () => {
    const dwp = await pack(sessions.dwp);
    expectAll(dwp, [DWP_ITEM, DWP_TASK, DWP_OTHER_TASK]);
    expectNone(dwp, [RAISED_UNDER, ATTACHED_UNDER]);
    expect(dwp).not.toContain(HMRC_TASK);
    expect(dwp).not.toContain('Operation Quill');
    const chair = await pack(sessions.chair);
    expectAll(chair, [`${DWP_ITEM} (restricted)`, DWP_TASK, DWP_OTHER_TASK, RAISED_UNDER, ATTACHED_UNDER, HMRC_TASK, 'Operation Quill']);
  });

  it('lists under each agenda item only the tasks and records the pack would', async () => {
    const hmrc = await t.gql(AGENDA_TASKS, { id: f.meetingId }, { session: sessions.hmrc });
    expect(hmrc.errors).toBeUndefined();
    expectNone(JSON.stringify(hmrc.data), ALL_CANARIES);
    const police = await t.gql(AGENDA_TASKS, { id: f.meetingId }, { session: sessions.police });
    expect(JSON.stringify(police.data)).toContain(DWP_TASK);
    expectNone(JSON.stringify(police.data), [DWP_ITEM, RAISED_UNDER, ATTACHED_UNDER]);
    const chair = await t.gql(AGENDA_TASKS, { id: f.meetingId }, { session: sessions.chair });
    expectAll(JSON.stringify(chair.data), [DWP_ITEM, DWP_TASK, RAISED_UNDER, ATTACHED_UNDER]);
  });

  describe('once the meeting is closed and its minutes drafted', () => {
    beforeAll(async () => {
      await t.dataSource.query(`UPDATE meeting SET status = 'MINUTES_DRAFT', opened_at = now(), closed_at = now() WHERE id = $1`, [f.meetingId]);
      const drafted = await t.gql(`mutation($id: ID!) { draftMinutes(meetingId: $id) { id } }`, { id: f.meetingId }, { session: sessions.chair });
      expect(drafted.errors).toBeUndefined();
    });

    it("does not show HMRC another agency's task in meetingMinutes, under an item or outside one", async () => {
      const res = await t.gql<{ meetingMinutes: { items: { title: string; tasks: { title: string }[] }[]; otherTasks: { title: string }[] }[] }>(
        MINUTES,
        { id: f.meetingId },
        { session: sessions.hmrc },
      );
      expect(res.errors).toBeUndefined();
      const [latest] = res.data!.meetingMinutes;
      expect(latest.items.map((i) => i.title)).toEqual(['Groups for review', 'Operation Quill tax enquiry', 'Any other business']);
      expectNone(JSON.stringify(res.data), ALL_CANARIES);
    });

    it('shows the police member the whole panel’s tasks, and the chair every item with its tasks', async () => {
      const police = JSON.stringify((await t.gql(MINUTES, { id: f.meetingId }, { session: sessions.police })).data);
      expectAll(police, [DWP_TASK, DWP_OTHER_TASK]);
      expectNone(police, [DWP_ITEM, RAISED_UNDER]);
      const chair = JSON.stringify((await t.gql(MINUTES, { id: f.meetingId }, { session: sessions.chair })).data);
      expectAll(chair, [DWP_ITEM, DWP_TASK, DWP_OTHER_TASK, RAISED_UNDER]);
    });

    it("keeps another agency's task title out of HMRC's minutes.docx and the page its minutes.pdf is printed from", async () => {
      const word = await wordText(sessions.hmrc);
      expect(word).toContain('Groups for review');
      expectNone(word, ALL_CANARIES);
      const page = await printedFrom(`/meetings/${f.meetingId}/minutes.pdf`, sessions.hmrc);
      expect(page).toContain('Groups for review');
      expectNone(page, ALL_CANARIES);
    }, 60_000);

    it("gives the chair's own minutes.docx the restricted item and every task", async () => {
      expectAll(await wordText(sessions.chair), [DWP_ITEM, DWP_TASK, DWP_OTHER_TASK, RAISED_UNDER]);
    });

    it('still gives HMRC a pack with only what HMRC may see', async () => {
      const html = await pack(sessions.hmrc);
      expect(html).toContain(HMRC_TASK);
      expectNone(html, ALL_CANARIES);
    });
  });
});
