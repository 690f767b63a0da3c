import request from 'supertest';
import { unzipSync, strFromU8 } from 'fflate';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { pdfText } from '../canary/files.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createMeetings, type MeetingFixture } from './minutes-fixtures.js';

const FIELDS = `id number status version correctionReason approvedAt
  items { itemId title notes decisions restrictedTo tasks { reference title agencyName } threatOutcomes { title outcome } }
  otherTasks { reference } attendance { present { name agencyName presence } apologies { name substituteName } }`;
const LIST = `query($id: ID!) { meetingMinutes(meetingId: $id) { ${FIELDS} } }`;
const DRAFT = `mutation($id: ID!) { draftMinutes(meetingId: $id) { ${FIELDS} } }`;
const EDIT = `mutation($i: EditMinutesInput!) { editMinutes(input: $i) { ${FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $v: Int!) { approveMinutes(minutesId: $id, version: $v) { ${FIELDS} } }`;
const MARK = `mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { id } }`;
const CORRECT = `mutation($i: CorrectMinutesInput!) { correctMinutes(input: $i) { ${FIELDS} } }`;

interface Minutes {
  id: string;
  number: number;
  status: string;
  version: number;
  correctionReason: string | null;
  items: {
    itemId: string;
    title: string;
    notes: string | null;
    decisions: string | null;
    tasks: { reference: string; agencyName: string }[];
    threatOutcomes: { outcome: string }[];
  }[];
  attendance: { present: { name: string; agencyName: string }[]; apologies: { name: string; substituteName: string | null }[] };
}

describe('minutes: drafted, edited, approved, corrected', () => {
  let t: TestApp;
  let p: PanelFixture;
  let f: MeetingFixture;
  let chair: string;
  let coordinator: string;
  let hmrc: string;
  let minutes: Minutes;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    f = await createMeetings(t.dataSource, p);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    coordinator = await t.signIn(p.users.COORDINATOR.email, TEST_PASSWORD);
    hmrc = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    // What the live meeting leaves behind: notes and decisions on items, a task raised, attendance, a threat outcome.
    const ds = t.dataSource;
    await ds.query(`UPDATE agenda_item SET notes = $2, decisions = '<p>Refer to HMRC</p>' WHERE id = $1`, [
      f.openItemId,
      '<p>Larch <strong>discussed</strong><script>alert(1)</script> <a href="javascript:alert(1)">x</a></p>',
    ]);
    await ds.query(`UPDATE agenda_item SET notes = '<p>QUILL-SECRET-NOTES</p>' WHERE id = $1`, [f.restrictedItemId]);
    await ds.query(
      `INSERT INTO task (panel_id, reference, title, agency_id, meeting_id, agenda_item_id) VALUES ($1, 'A-0900', 'Licence review at the car wash', $2, $3, $4)`,
      [p.panelId, p.agencies['Trading Standards'], f.meetingId, f.openItemId],
    );
    await ds.query(`INSERT INTO meeting_attendance (meeting_id, user_id, agency_id, presence) VALUES ($1, $2, $3, 'IN_PERSON')`, [
      f.meetingId,
      p.users.CHAIR.userId,
      p.agencies['Police SOC unit'],
    ]);
    await ds.query(
      `INSERT INTO meeting_attendance (meeting_id, user_id, agency_id, reply, substitute_user_id) VALUES ($1, $2, $3, 'APOLOGIES', $4)`,
      [f.meetingId, p.users.PARTNER_MEMBER.userId, p.agencies.HMRC, p.users.OBSERVER.userId],
    );
  }, 60_000);
  afterAll(() => t.close());

  it('rejects the unauthenticated', async () => {
    expect((await t.gql(LIST, { id: f.meetingId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('drafts only once the meeting has closed', async () => {
    const early = await t.gql(DRAFT, { id: f.meetingId }, { session: chair });
    expect(early.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await t.dataSource.query(`UPDATE meeting SET status = 'MINUTES_DRAFT', closed_at = now() WHERE id = $1`, [f.meetingId]);
    expect((await t.gql(DRAFT, { id: f.meetingId }, { session: hmrc })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('drafts version 1 from what was recorded live, sanitised', async () => {
    const res = await t.gql<{ draftMinutes: Minutes }>(DRAFT, { id: f.meetingId }, { session: chair });
    expect(res.errors).toBeUndefined();
    minutes = res.data!.draftMinutes;
    expect(minutes).toMatchObject({ number: 1, status: 'DRAFT', correctionReason: null });
    const open = minutes.items.find((i) => i.itemId === f.openItemId)!;
    expect(open.notes).toContain('<strong>discussed</strong>');
    expect(open.notes).not.toMatch(/script|javascript/);
    expect(open.decisions).toBe('<p>Refer to HMRC</p>');
    expect(open.tasks).toEqual([{ reference: 'A-0900', title: 'Licence review at the car wash', agencyName: 'Trading Standards' }]);
    expect(minutes.attendance.present).toEqual([{ name: expect.stringContaining('CHAIR'), agencyName: 'Police SOC unit', presence: 'IN_PERSON' }]);
    expect(minutes.attendance.apologies).toEqual([
      { name: expect.stringContaining('PARTNER_MEMBER'), substituteName: expect.stringContaining('OBSERVER') },
    ]);
    expect(minutes.items.map((i) => i.itemId)).toContain(f.restrictedItemId);
    expect((await t.gql(DRAFT, { id: f.meetingId }, { session: chair })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('carries attendance marked after the close into the draft, as the figures count it', async () => {
    const res = await t.gql(
      MARK,
      { i: { meetingId: f.meetingId, userId: p.users.POLICE_MEMBER.userId, presence: 'REMOTE' } },
      { session: coordinator },
    );
    expect(res.errors).toBeUndefined();
    const [latest] = (await t.gql<{ meetingMinutes: Minutes[] }>(LIST, { id: f.meetingId }, { session: chair })).data!.meetingMinutes;
    expect(latest.version).toBe(minutes.version + 1);
    expect(latest.attendance.present.map((a) => a.name).sort()).toEqual(
      [expect.stringContaining('CHAIR'), expect.stringContaining('POLICE_MEMBER')].sort(),
    );
    const [register] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM meeting_attendance WHERE meeting_id = $1 AND presence IN ('IN_PERSON','REMOTE')`,
      [f.meetingId],
    );
    expect(latest.attendance.present).toHaveLength(register.n);
    minutes = latest;
  });

  it("filters the minutes for each viewer's agency", async () => {
    const ts = await t.signIn(f.tsPartnerEmail, TEST_PASSWORD);
    const theirs = await t.gql<{ meetingMinutes: Minutes[] }>(LIST, { id: f.meetingId }, { session: ts });
    expect(theirs.errors).toBeUndefined();
    const items = theirs.data!.meetingMinutes[0].items;
    expect(items.map((i) => i.itemId)).toContain(f.openItemId);
    expect(items.map((i) => i.itemId)).not.toContain(f.restrictedItemId);
    expect(JSON.stringify(theirs.data)).not.toContain('QUILL-SECRET-NOTES');
    expect(items[0].tasks[0].reference).toBe('A-0900');
    const allowed = await t.gql<{ meetingMinutes: Minutes[] }>(LIST, { id: f.meetingId }, { session: hmrc });
    expect(JSON.stringify(allowed.data)).toContain('QUILL-SECRET-NOTES');
  });

  it('edits a draft, sanitising the rich text, and refuses a stale version', async () => {
    const res = await t.gql<{ editMinutes: Minutes }>(
      EDIT,
      {
        i: {
          minutesId: minutes.id,
          version: minutes.version,
          items: [{ itemId: f.openItemId, notes: '<p onclick="x()">Agreed <em>in full</em></p><img src="x">' }],
        },
      },
      { session: coordinator },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.editMinutes.items.find((i) => i.itemId === f.openItemId)!.notes).toBe('<p>Agreed <em>in full</em></p>');
    const stale = await t.gql(EDIT, { i: { minutesId: minutes.id, version: minutes.version, items: [] } }, { session: coordinator });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    minutes = res.data!.editMinutes;
  });

  it('corrects who attended from the minutes editor, through the register', async () => {
    const res = await t.gql<{ editMinutes: Minutes }>(
      EDIT,
      {
        i: { minutesId: minutes.id, version: minutes.version, items: [], attendance: [{ userId: p.users.POLICE_MEMBER.userId, mark: 'APOLOGIES' }] },
      },
      { session: coordinator },
    );
    expect(res.errors).toBeUndefined();
    minutes = res.data!.editMinutes;
    expect(minutes.attendance.present.map((a) => a.name)).toEqual([expect.stringContaining('CHAIR')]);
    expect(minutes.attendance.apologies.map((a) => a.name)).toEqual(expect.arrayContaining([expect.stringContaining('POLICE_MEMBER')]));
    const [line] = await t.dataSource.query(`SELECT reply, presence FROM meeting_attendance WHERE meeting_id = $1 AND user_id = $2`, [
      f.meetingId,
      p.users.POLICE_MEMBER.userId,
    ]);
    expect(line).toEqual({ reply: 'APOLOGIES', presence: 'ABSENT' });
    const outsider = await t.gql(
      EDIT,
      { i: { minutesId: minutes.id, version: minutes.version, items: [], attendance: [{ userId: p.panelId, mark: 'ABSENT' }] } },
      { session: coordinator },
    );
    expect(outsider.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
  });

  it('answers a stale edit with CONFLICT naming the items and register lines changed since, and writes nothing', async () => {
    const opened = minutes.version;
    const theirs = await t.gql<{ editMinutes: Minutes }>(
      EDIT,
      {
        i: {
          minutesId: minutes.id,
          version: opened,
          items: [{ itemId: f.restrictedItemId, decisions: '<p>Refer to the tax team</p>' }],
          attendance: [{ userId: p.users.COORDINATOR.userId, mark: 'ABSENT' }],
        },
      },
      { session: chair },
    );
    expect(theirs.errors).toBeUndefined();
    minutes = theirs.data!.editMinutes;
    const row = () => t.dataSource.query(`SELECT content, version FROM meeting_minutes WHERE id = $1`, [minutes.id]);
    const register = () =>
      t.dataSource.query(`SELECT user_id, reply, presence FROM meeting_attendance WHERE meeting_id = $1 ORDER BY user_id`, [f.meetingId]);
    const audited = () => t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE panel_id = $1`, [p.panelId]);
    const before = [await row(), await register(), await audited()];

    const stale = await t.gql(
      EDIT,
      {
        i: {
          minutesId: minutes.id,
          version: opened,
          items: [{ itemId: f.openItemId, notes: '<p>Mine</p>' }],
          attendance: [{ userId: p.users.COORDINATOR.userId, mark: 'REMOTE' }],
        },
      },
      { session: coordinator },
    );
    expect(stale.errors?.[0]?.message).toBe(
      'This version of the minutes was changed by someone else since you opened it: Attendance, Notes and decisions changed. Check their changes beside yours, then save again.',
    );
    expect(stale.errors?.[0]?.extensions).toEqual({
      code: 'CONFLICT',
      changedFields: [`attendance.${p.users.COORDINATOR.userId}`, `items.${f.restrictedItemId}`],
    });
    expect([await row(), await register(), await audited()]).toEqual(before);
  });

  it('is approved by the chair only, which moves the meeting on and locks the version', async () => {
    expect((await t.gql(APPROVE, { id: minutes.id, v: minutes.version }, { session: coordinator })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const res = await t.gql<{ approveMinutes: Minutes }>(APPROVE, { id: minutes.id, v: minutes.version }, { session: chair });
    expect(res.errors).toBeUndefined();
    expect(res.data!.approveMinutes.status).toBe('APPROVED');
    const [meeting] = await t.dataSource.query(`SELECT status FROM meeting WHERE id = $1`, [f.meetingId]);
    expect(meeting.status).toBe('MINUTES_APPROVED');
    minutes = res.data!.approveMinutes;

    const edit = await t.gql(EDIT, { i: { minutesId: minutes.id, version: minutes.version, items: [] } }, { session: chair });
    expect(edit.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(edit.errors?.[0]?.message).toMatch(/correction/);
    await expect(t.dataSource.query(`UPDATE meeting_minutes SET content = '{}' WHERE id = $1`, [minutes.id])).rejects.toThrow(/locked/);
    // Approved minutes are a record: a late change to the register goes through a correction.
    const late = await t.gql(MARK, { i: { meetingId: f.meetingId, userId: p.users.POLICE_MEMBER.userId, presence: 'REMOTE' } }, { session: chair });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meetingId' });
    expect(late.errors?.[0]?.message).toMatch(/correction/);
  });

  it('corrects approved minutes only with a reason, as a new version approved like the first', async () => {
    const noReason = await t.gql(CORRECT, { i: { meetingId: f.meetingId, reason: '   ', items: [] } }, { session: chair });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    await expect(
      t.dataSource.query(`INSERT INTO meeting_minutes (meeting_id, panel_id, number, content) VALUES ($1, $2, 9, '{}')`, [f.meetingId, p.panelId]),
    ).rejects.toThrow(/CHK_meeting_minutes_correction/);

    const res = await t.gql<{ correctMinutes: Minutes }>(
      CORRECT,
      {
        i: {
          meetingId: f.meetingId,
          reason: 'The decision under item 1 was misrecorded',
          items: [{ itemId: f.openItemId, decisions: '<p>Refer to HMRC and DWP</p>' }],
          attendance: [{ userId: p.users.POLICE_MEMBER.userId, mark: 'IN_PERSON' }],
        },
      },
      { session: coordinator },
    );
    expect(res.errors).toBeUndefined();
    const correction = res.data!.correctMinutes;
    expect(correction).toMatchObject({ number: 2, status: 'DRAFT', correctionReason: 'The decision under item 1 was misrecorded' });
    expect(correction.items.find((i) => i.itemId === f.openItemId)!.notes).toBe('<p>Agreed <em>in full</em></p>');
    expect(correction.attendance.present.map((a) => a.name)).toEqual(expect.arrayContaining([expect.stringContaining('POLICE_MEMBER')]));
    const [v1attendance] = await t.dataSource.query(`SELECT content->'attendance' AS a FROM meeting_minutes WHERE id = $1`, [minutes.id]);
    expect(JSON.stringify(v1attendance.a.present)).not.toContain('POLICE_MEMBER');
    expect(
      (await t.gql(CORRECT, { i: { meetingId: f.meetingId, reason: 'Again', items: [] } }, { session: chair })).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');

    const approved = await t.gql<{ approveMinutes: Minutes }>(APPROVE, { id: correction.id, v: correction.version }, { session: chair });
    expect(approved.errors).toBeUndefined();
    const [v1] = await t.dataSource.query(`SELECT content->'items' AS items FROM meeting_minutes WHERE id = $1`, [minutes.id]);
    expect(JSON.stringify(v1.items)).toContain('Refer to HMRC</p>');
    expect(JSON.stringify(v1.items)).not.toContain('DWP');
    const list = await t.gql<{ meetingMinutes: Minutes[] }>(LIST, { id: f.meetingId }, { session: chair });
    expect(list.data!.meetingMinutes.map((m) => [m.number, m.status])).toEqual([
      [2, 'APPROVED'],
      [1, 'APPROVED'],
    ]);
  });

  it('starts the next meeting from the latest approved minutes, filtered', async () => {
    const [next] = await t.dataSource.query(
      `INSERT INTO meeting (panel_id, title, starts_at, ends_at, mode, status) VALUES ($1, 'Panel meeting, May', '2026-05-12T09:00:00Z', '2026-05-12T11:00:00Z', 'TEAMS', 'PLANNED') RETURNING id`,
      [p.panelId],
    );
    const q = 'query($id: ID!) { previousMinutes(meetingId: $id) { number items { itemId decisions } } }';
    const ts = await t.signIn(f.tsPartnerEmail, TEST_PASSWORD);
    const res = await t.gql<{ previousMinutes: { number: number; items: { itemId: string; decisions: string }[] } }>(
      q,
      { id: next.id },
      { session: ts },
    );
    expect(res.data?.previousMinutes?.number).toBe(2);
    expect(res.data?.previousMinutes?.items.map((i) => i.itemId)).not.toContain(f.restrictedItemId);
  });

  it('exports the minutes as a marked Word file and a tagged PDF, for the agency', async () => {
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
    const ts = await t.signIn(f.tsPartnerEmail, TEST_PASSWORD);
    const docx = await binary(`/meetings/${f.meetingId}/minutes.docx`, ts);
    expect(docx.status).toBe(200);
    const files = unzipSync(new Uint8Array(docx.body as Buffer));
    const document = strFromU8(files['word/document.xml']);
    expect(document).toContain('OFFICIAL-SENSITIVE');
    expect(document).toContain('Refer to HMRC and DWP');
    expect(document).not.toContain('QUILL-SECRET-NOTES');
    const headers = Object.keys(files).filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n));
    expect(headers.length).toBeGreaterThanOrEqual(2);
    headers.forEach((n) => expect(strFromU8(files[n])).toContain('OFFICIAL-SENSITIVE'));
    expectWordStyles(files);

    // The chair's own minutes hold the restricted item, marked.
    const chairPdf = await binary(`/meetings/${f.meetingId}/minutes.pdf`, chair);
    expect(pdfText(chairPdf.body as Buffer).replace(/\s+/g, ' ')).toContain('Operation Quill tax enquiry (restricted)');
    const pdf = await binary(`/meetings/${f.meetingId}/minutes.pdf`, hmrc);
    expect(pdf.status).toBe(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((pdf.body as Buffer).toString('latin1')).toContain('/StructTreeRoot');
    const [logged] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM consultation_subject WHERE action = 'DISCLOSE' AND entity_type = 'MeetingMinutes' AND disclosed_to_agency_id = $1`,
      [p.agencies['Trading Standards']],
    );
    expect(logged.n).toBe(1);
  }, 60_000);
});

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * Read as Word reads it: every heading style the minutes use has its outline level (Heading 1 = 0, Heading 2 = 1),
 * which builds the navigation pane and the PDF bookmarks; the document defaults give a font, a size and UK English.
 */
function expectWordStyles(files: Record<string, Uint8Array>): void {
  const xml = (name: string) => new DOMParser().parseFromString(strFromU8(files[name]), 'text/xml');
  const all = (e: { getElementsByTagNameNS(ns: string, n: string): ArrayLike<Element> }, n: string) => Array.from(e.getElementsByTagNameNS(W, n));
  const one = (e: Element, n: string) => all(e, n)[0];
  const val = (e: Element | undefined, attr = 'val') => e?.getAttributeNS(W, attr) ?? null;
  const styles = xml('word/styles.xml');
  const used = new Set(all(xml('word/document.xml'), 'pStyle').map((e) => val(e)));
  const headings = [...used].filter((id): id is string => /^Heading\d$/.test(id ?? ''));
  expect(headings.sort()).toEqual(['Heading1', 'Heading2']);
  for (const id of headings) {
    const style = all(styles, 'style').find((s) => s.getAttributeNS(W, 'styleId') === id)!;
    expect(style).toBeDefined();
    expect(val(one(style, 'outlineLvl'))).toBe(String(Number(id.slice(-1)) - 1));
  }
  const [run] = all(styles, 'rPrDefault');
  expect(run).toBeDefined();
  const fonts = one(run, 'rFonts');
  expect([val(fonts, 'ascii'), val(fonts, 'hAnsi'), val(fonts, 'cs')]).toEqual(['Arial', 'Arial', 'Arial']);
  expect(val(one(run, 'sz'))).toBe('24');
  expect(val(one(run, 'lang'))).toBe('en-GB');
}
