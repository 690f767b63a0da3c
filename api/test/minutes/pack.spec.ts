import request from 'supertest';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { pdfText } from '../canary/files.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createMeetings, type MeetingFixture } from './minutes-fixtures.js';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('the agenda pack, built per agency', () => {
  let t: TestApp;
  let p: PanelFixture;
  let f: MeetingFixture;
  let chair: string;
  let hmrc: string;
  let tradingStandards: string;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    f = await createMeetings(t.dataSource, p);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    hmrc = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    tradingStandards = await t.signIn(f.tsPartnerEmail, TEST_PASSWORD);
  }, 60_000);
  afterAll(() => t.close());

  const get = (path: string, session?: string) => {
    const req = request(t.app.getHttpServer()).get(path);
    return session ? req.set('Cookie', session) : req;
  };

  it('rejects the unauthenticated with a bare 401', async () => {
    const res = await get(`/meetings/${f.meetingId}/pack`);
    expect(res.status).toBe(401);
    expect(res.text).not.toContain('Operation');
    expect((await get(`/meetings/${f.meetingId}/pack.pdf`)).status).toBe(401);
  });

  it("answers another panel's meeting exactly like a missing one", async () => {
    const other = await createPanel(t.dataSource);
    const outsider = await t.signIn(other.users.CHAIR.email, TEST_PASSWORD);
    const foreign = await get(`/meetings/${f.meetingId}/pack`, outsider);
    const missing = await get(`/meetings/${MISSING}/pack`, outsider);
    const notAnId = await get(`/meetings/not-an-id/pack`, outsider);
    expect(foreign.status).toBe(404);
    expect([foreign.text, notAnId.text]).toEqual([missing.text, missing.text]);
    expect(notAnId.status).toBe(404);
    expect((await get(`/meetings/${f.meetingId}/minutes.docx`, outsider)).status).toBe(404);
  });

  it('gives the allowed agency its restricted item and the C-coded intelligence addressed to it', async () => {
    const res = await get(`/meetings/${f.meetingId}/pack`, hmrc);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.text).toContain('Operation Quill tax enquiry');
    expect(res.text).toContain('CONDITIONAL-C-INTEL');
    expect(res.text).toContain('HMRC use only');
    expect(res.text).toContain('SHAREABLE-P-INTEL');
    expect(res.text).toContain('Dean WHITLOCK');
    expect(res.text).toContain('PREVIOUS-RESTRICTED-NOTES');
    expect(res.text).toContain('Review the car wash accounts');
  });

  it('gives the chair every item, marked restricted, but not C-coded intelligence addressed to another agency', async () => {
    const res = await get(`/meetings/${f.meetingId}/pack`, chair);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Operation Quill tax enquiry (restricted)');
    expect(res.text).toContain('PREVIOUS-RESTRICTED-NOTES');
    expect(res.text).not.toContain('CONDITIONAL-C-INTEL');
    expect(res.text).toContain('PREVIOUS-OPEN-NOTES');
    expect(res.text).toContain('SHAREABLE-P-INTEL');
  });

  it("leaves another agency's restricted item out of a police member's pack", async () => {
    const police = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
    const res = await get(`/meetings/${f.meetingId}/pack`, police);
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('Operation Quill');
    expect(res.text).not.toContain('PREVIOUS-RESTRICTED-NOTES');
    expect(res.text).not.toContain('CONDITIONAL-C-INTEL');
    expect(res.text).toContain('PREVIOUS-OPEN-NOTES');
  });

  it("times every item in every viewer's pack as the database runs the agenda, a withheld item keeping its slot", async () => {
    const rows: { title: string; start: string; end: string; minutes: number }[] = await t.dataSource.query(
      `SELECT ai.title, minutes_allocated AS minutes,
              to_char((m.starts_at + (sum(minutes_allocated) OVER w - minutes_allocated) * interval '1 minute') AT TIME ZONE 'Europe/London', 'HH24:MI') AS start,
              to_char((m.starts_at + sum(minutes_allocated) OVER w * interval '1 minute') AT TIME ZONE 'Europe/London', 'HH24:MI') AS end
         FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id WHERE m.id = $1
       WINDOW w AS (ORDER BY ai.position) ORDER BY ai.position`,
      [f.meetingId],
    );
    expect(rows).toHaveLength(3);
    const police = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
    const coordinator = await t.signIn(p.users.COORDINATOR.email, TEST_PASSWORD);
    const agendaRows = (html: string) =>
      [...html.split('id="previous-minutes"')[0].matchAll(/<tr><th scope="row">(\d+)<\/th><td>([^<]*)<\/td><td>([^<]*)<\/td>/g)].map((r) => [
        r[1],
        r[2],
        r[3],
      ]);
    for (const [session, seesQuill] of [
      [chair, true],
      [coordinator, true],
      [hmrc, true],
      [police, false],
      [tradingStandards, false],
    ] as const) {
      const html = (await get(`/meetings/${f.meetingId}/pack`, session)).text;
      expect(agendaRows(html)).toEqual(
        rows.map((r, i) => [
          String(i + 1),
          i === 1 ? (seesQuill ? `${r.title} (restricted)` : `Restricted item, ${r.minutes} minutes`) : r.title,
          `${r.start} to ${r.end}`,
        ]),
      );
    }
  });

  it('withholds names from an agency whose agreement does not cover personal data', async () => {
    const res = await get(`/meetings/${f.meetingId}/pack`, tradingStandards);
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('WHITLOCK');
    expect(res.text).not.toContain('Dean');
    expect(res.text).toContain('N-0001');
    expect(res.text).toContain('Personal details are withheld');
    expect(res.text).not.toContain('SHAREABLE-P-INTEL');
    expect(res.text).not.toContain('Operation Quill');
  });

  it('is an accessible, marked page', async () => {
    const html = (await get(`/meetings/${f.meetingId}/pack`, hmrc)).text;
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/<title>[^<]+OFFICIAL-SENSITIVE<\/title>/);
    expect(html.match(/<header class="marking[^>]*>OFFICIAL-SENSITIVE</g)).toHaveLength(1);
    expect(html.match(/<footer class="marking[^>]*>OFFICIAL-SENSITIVE</g)).toHaveLength(1);
    expect(html).toMatch(/@media print \{[^]*position: fixed/);
    const tables = html.match(/<table>/g)?.length ?? 0;
    expect(html.match(/<table><caption>/g)?.length).toBe(tables);
    const levels = [...html.matchAll(/<h([1-6])/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1]).toBeLessThanOrEqual(1));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
  });

  it('logs every pack as a disclosure to the agency, with each nominal whose data it holds', async () => {
    const [{ last }] = await t.dataSource.query(`SELECT COALESCE(max(id), 0)::bigint AS last FROM consultation`);
    await get(`/meetings/${f.meetingId}/pack`, hmrc);
    await get(`/meetings/${f.meetingId}/pack`, tradingStandards);
    const rows: { entity_type: string; entity_id: string; disclosed_to_agency_id: string }[] = await t.dataSource.query(
      `SELECT entity_type, entity_id, disclosed_to_agency_id FROM consultation_subject WHERE action = 'DISCLOSE' AND panel_id = $1 AND id > $2 ORDER BY entity_type`,
      [p.panelId, last],
    );
    const to = (agency: string) => rows.filter((r) => r.disclosed_to_agency_id === agency).map((r) => `${r.entity_type}:${r.entity_id}`);
    expect(to(p.agencies.HMRC).sort()).toEqual([`Meeting:${f.meetingId}`, `Nominal:${f.nominalId}`]);
    expect(to(p.agencies['Trading Standards'])).toEqual([`Meeting:${f.meetingId}`]);
  });

  const pdfOf = (session: string) =>
    get(`/meetings/${f.meetingId}/pack.pdf`, session)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });

  it('prints the same page as a tagged PDF', async () => {
    const res = await pdfOf(hmrc);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/StructTreeRoot');
    // The chair's own printed pack holds the restricted item, marked; another agency's has only its slot.
    const text = async (session: string) => pdfText((await pdfOf(session)).body as Buffer).replace(/\s+/g, ' ');
    expect(await text(chair)).toContain('Operation Quill tax enquiry (restricted)');
    const theirs = await text(tradingStandards);
    expect(theirs).toContain('Restricted item, 10 minutes');
    expect(theirs).not.toContain('Quill');
  }, 60_000);

  it('gives the web the relative paths of the pack', async () => {
    const res = await t.gql<{ agendaPackInfo: { htmlUrl: string; pdfUrl: string; minutesPdfUrl: string | null } }>(
      'query($id: ID!) { agendaPackInfo(meetingId: $id) { htmlUrl pdfUrl minutesPdfUrl } }',
      { id: f.meetingId },
      { session: hmrc },
    );
    expect(res.data?.agendaPackInfo).toEqual({
      htmlUrl: `/meetings/${f.meetingId}/pack`,
      pdfUrl: `/meetings/${f.meetingId}/pack.pdf`,
      minutesPdfUrl: null,
    });
  });
});
