import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CHECK = `query($m: ID!) { hitCheck(meetingId: $m) { id meetingId circulatedBy agenciesAsked agenciesAnswered answering
  subjects { id kind reference heldBy yourAnswer yourDetail detailsOpen } } }`;
const CIRCULATE = `mutation($m: ID!) { circulateHitCheck(meetingId: $m) { id subjects { id kind reference } } }`;
const ANSWER = `mutation($i: AnswerHitCheckInput!) { answerHitCheck(input: $i) { id agenciesAnswered subjects { id reference heldBy yourAnswer yourDetail detailsOpen } } }`;
const DETAILS = `query($s: ID!) { hitCheckDetails(subjectId: $s) { agencyName detail } }`;

type Subject = {
  id: string;
  kind: string;
  reference: string;
  heldBy: string[];
  yourAnswer: boolean | null;
  yourDetail: string | null;
  detailsOpen: boolean;
};
type Check = { id: string; agenciesAsked: number; agenciesAnswered: number; answering: boolean; subjects: Subject[] };

describe('hit/no-hit before a meeting', () => {
  const counter = new SqlCounter();
  let t: TestApp;
  let p: PanelFixture;
  let other: PanelFixture;
  const sessions: Record<string, string> = {};
  let meeting: string;
  let bigMeeting: string;
  const HMRC_HOLDS = 'HMRC holds a VAT registration for the car wash';
  const POLICE_HOLDS = 'Stop check on 3 March with two associates';

  const ok = async <T>(query: string, variables: Record<string, unknown>, who: string): Promise<T> => {
    const res = await t.gql<T>(query, variables, { session: sessions[who] });
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const code = async (query: string, variables: Record<string, unknown>, who?: string) =>
    (await t.gql(query, variables, { session: who ? sessions[who] : undefined })).errors?.[0]?.extensions?.code;

  /** A published meeting whose open item reviews `groups` groups (each with `nominals` nominals) and whose restricted item reviews one more. */
  async function publishedMeeting(label: string, groups: number, nominals: number): Promise<string> {
    const q = (sql: string, params: unknown[]) => t.dataSource.query(sql, params);
    const [m] = await q(
      `INSERT INTO meeting (panel_id, title, starts_at, ends_at, mode, status, agenda_published_at)
       VALUES ($1, $2, now() + interval '10 days', now() + interval '10 days 2 hours', 'TEAMS', 'AGENDA_PUBLISHED', now()) RETURNING id`,
      [p.panelId, `Meeting ${label}`],
    );
    const [open] = await q(
      `INSERT INTO agenda_item (meeting_id, panel_id, position, kind, title) VALUES ($1, $2, 1, 'OCG_REVIEW', 'Groups') RETURNING id`,
      [m.id, p.panelId],
    );
    const [restricted] = await q(
      `INSERT INTO agenda_item (meeting_id, panel_id, position, kind, title, restricted_to) VALUES ($1, $2, 2, 'OTHER', 'Restricted', $3) RETURNING id`,
      [m.id, p.panelId, [p.agencies.HMRC]],
    );
    for (let g = 0; g <= groups; g++) {
      const [o] = await q(`INSERT INTO ocg (panel_id, reference, name) VALUES ($1, $2, $3) RETURNING id`, [
        p.panelId,
        `O-${label}-${g}`,
        `Group ${label} ${g}`,
      ]);
      await q(`INSERT INTO agenda_item_record (agenda_item_id, record_kind, record_id) VALUES ($1, 'OCG', $2)`, [
        g === groups ? restricted.id : open.id,
        o.id,
      ]);
      for (let n = 0; n < nominals; n++) {
        const [nm] = await q(`INSERT INTO nominal (panel_id, reference, surname) VALUES ($1, $2, 'Crossley') RETURNING id`, [
          p.panelId,
          `N-${label}-${g}-${n}`,
        ]);
        await q(`INSERT INTO ocg_nominal (ocg_id, nominal_id, role) VALUES ($1, $2, 'PRINCIPAL')`, [o.id, nm.id]);
      }
    }
    return m.id;
  }

  beforeAll(async () => {
    t = await startTestApp({}, counter);
    p = await createPanel(t.dataSource);
    other = await createPanel(t.dataSource);
    for (const role of ['CHAIR', 'POLICE_MEMBER', 'PARTNER_MEMBER', 'OBSERVER'] as const)
      sessions[role] = await t.signIn(p.users[role].email, TEST_PASSWORD);
    sessions.OTHER_CHAIR = await t.signIn(other.users.CHAIR.email, TEST_PASSWORD);
    meeting = await publishedMeeting('a', 1, 1);
    bigMeeting = await publishedMeeting('b', 3, 2);
  });
  afterAll(() => t.close());

  it('rejects the unauthenticated, and answers another panel’s meeting like a missing one', async () => {
    expect(await code(CHECK, { m: meeting })).toBe('UNAUTHENTICATED');
    expect(await code(CHECK, { m: meeting }, 'OTHER_CHAIR')).toBe('NOT_FOUND');
    expect(await code(CIRCULATE, { m: meeting }, 'OTHER_CHAIR')).toBe('NOT_FOUND');
  });

  it('lets only those who run the meeting circulate, by reference, the groups open to everyone and their nominals', async () => {
    expect((await ok<{ hitCheck: Check | null }>(CHECK, { m: meeting }, 'OBSERVER')).hitCheck).toBeNull();
    expect(await code(CIRCULATE, { m: meeting }, 'PARTNER_MEMBER')).toBe('FORBIDDEN');
    const { circulateHitCheck } = await ok<{ circulateHitCheck: Check }>(CIRCULATE, { m: meeting }, 'CHAIR');
    expect(circulateHitCheck.subjects.map((s) => `${s.kind} ${s.reference}`)).toEqual(['OCG O-a-0', 'NOMINAL N-a-0-0']);
    expect(await code(CIRCULATE, { m: meeting }, 'CHAIR')).toBe('BAD_USER_INPUT');
    // Everyone who answers for an agency is asked; the mail names no reference.
    const mails: { recipient: string; subject: string }[] = await t.dataSource.query(
      `SELECT recipient, subject FROM mail_message WHERE panel_id = $1 AND kind = 'HIT_CHECK'`,
      [p.panelId],
    );
    expect(mails.map((m) => m.recipient).sort()).toEqual(
      [p.users.CHAIR.email, p.users.COORDINATOR.email, p.users.POLICE_MEMBER.email, p.users.PARTNER_MEMBER.email].sort(),
    );
    expect(JSON.stringify(mails)).not.toMatch(/O-a-0|N-a-0-0|Crossley/);
  });

  it('takes each agency’s answers, refuses what it must not write, and shows everyone which agencies hold something', async () => {
    const check = (await ok<{ hitCheck: Check }>(CHECK, { m: meeting }, 'PARTNER_MEMBER')).hitCheck;
    const [group, nominal] = check.subjects;
    expect(check.answering).toBe(true);
    const answer = (who: string, answers: unknown[]) =>
      t.gql<{ answerHitCheck: Check }>(ANSWER, { i: { checkId: check.id, answers } }, { session: sessions[who] });
    const refused = await answer('PARTNER_MEMBER', [{ subjectId: nominal.id, hit: false, detail: 'Not held, but here is a note' }]);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await code(ANSWER, { i: { checkId: check.id, answers: [{ subjectId: group.id, hit: true }] } }, 'OBSERVER')).toBe('FORBIDDEN');
    const [{ n: none }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM hit_check_answer WHERE panel_id = $1`, [p.panelId]);
    expect(none).toBe(0);

    const hmrc = await answer('PARTNER_MEMBER', [
      { subjectId: group.id, hit: true, detail: HMRC_HOLDS },
      { subjectId: nominal.id, hit: false },
    ]);
    expect(hmrc.errors).toBeUndefined();
    expect(hmrc.data!.answerHitCheck.agenciesAnswered).toBe(1);
    expect((await answer('POLICE_MEMBER', [{ subjectId: group.id, hit: true, detail: POLICE_HOLDS }])).errors).toBeUndefined();

    const seen = (await ok<{ hitCheck: Check }>(CHECK, { m: meeting }, 'OBSERVER')).hitCheck;
    expect(seen.answering).toBe(false);
    expect(seen.subjects[0].heldBy).toEqual(['HMRC', 'Police SOC unit']);
    expect(seen.subjects[1].heldBy).toEqual([]);
    expect(JSON.stringify(seen)).not.toContain(HMRC_HOLDS);
    expect(JSON.stringify(seen)).not.toContain(POLICE_HOLDS);
    const own = (await ok<{ hitCheck: Check }>(CHECK, { m: meeting }, 'PARTNER_MEMBER')).hitCheck;
    expect(own.subjects.map((s) => [s.yourAnswer, s.yourDetail, s.detailsOpen])).toEqual([
      [true, HMRC_HOLDS, true],
      [false, null, false],
    ]);
  });

  it('passes what the agencies hold only between those that hold something, each reading a logged disclosure', async () => {
    const check = (await ok<{ hitCheck: Check }>(CHECK, { m: meeting }, 'PARTNER_MEMBER')).hitCheck;
    const [group, nominal] = check.subjects;
    const { hitCheckDetails } = await ok<{ hitCheckDetails: { agencyName: string; detail: string }[] }>(DETAILS, { s: group.id }, 'PARTNER_MEMBER');
    expect(hitCheckDetails).toEqual([
      { agencyName: 'HMRC', detail: HMRC_HOLDS },
      { agencyName: 'Police SOC unit', detail: POLICE_HOLDS },
    ]);
    const log: { disclosed_to_agency_id: string; subjects: string[] }[] = await t.dataSource.query(
      `SELECT disclosed_to_agency_id, subjects FROM consultation WHERE panel_id = $1 AND action = 'DISCLOSE' AND actor_user_id = $2`,
      [p.panelId, p.users.PARTNER_MEMBER.userId],
    );
    const [{ ocg }] = await t.dataSource.query(`SELECT id AS ocg FROM ocg WHERE panel_id = $1 AND reference = 'O-a-0'`, [p.panelId]);
    expect(log).toEqual([{ disclosed_to_agency_id: p.agencies.HMRC, subjects: [`Ocg:${ocg}`] }]);
    // HMRC holds nothing on the nominal; the observer answers for no agency; another panel's chair sees no subject.
    expect(await code(DETAILS, { s: nominal.id }, 'PARTNER_MEMBER')).toBe('FORBIDDEN');
    expect(await code(DETAILS, { s: group.id }, 'OBSERVER')).toBe('FORBIDDEN');
    expect(await code(DETAILS, { s: group.id }, 'OTHER_CHAIR')).toBe('NOT_FOUND');
  });

  it('reads a check in the same number of statements whatever its number of subjects and answers', async () => {
    await ok(CIRCULATE, { m: bigMeeting }, 'CHAIR');
    const cost = async (m: string) => {
      counter.count = 0;
      await ok(CHECK, { m }, 'CHAIR');
      return counter.count;
    };
    const small = await cost(meeting);
    const big = (await ok<{ hitCheck: Check }>(CHECK, { m: bigMeeting }, 'CHAIR')).hitCheck;
    expect(big.subjects).toHaveLength(3 + 3 * 2);
    expect(await cost(bigMeeting)).toBe(small);
  });

  it('closes the check with the meeting', async () => {
    const check = (await ok<{ hitCheck: Check }>(CHECK, { m: bigMeeting }, 'PARTNER_MEMBER')).hitCheck;
    await t.dataSource.query(`UPDATE meeting SET status = 'MINUTES_DRAFT' WHERE id = $1`, [bigMeeting]);
    expect(await code(ANSWER, { i: { checkId: check.id, answers: [{ subjectId: check.subjects[0].id, hit: true }] } }, 'PARTNER_MEMBER')).toBe(
      'BAD_USER_INPUT',
    );
  });
});
