import { LIMITS } from '@sentinel/shared';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RAISE = `mutation($i: RaiseEmergingThreatInput!) { raiseEmergingThreat(input: $i) { id status version raisedByName raisedByAgencyName } }`;
const UPDATE = `mutation($i: UpdateEmergingThreatInput!) { updateEmergingThreat(input: $i) { id title version } }`;
const OUTCOME = `mutation($m: ID!, $t: ID!, $o: EmergingThreatOutcome!, $n: String) { recordThreatOutcome(meetingId: $m, threatId: $t, outcome: $o, note: $n) { id status } }`;
const LIST = `query($p: ID!, $s: [EmergingThreatStatus!]) { emergingThreats(panelId: $p, statuses: $s, limit: 50) { totalCount nodes {
  id title status outcomes { meeting { id title startsAt } outcome note } } } }`;

const SEARCH = `query($p: ID!, $s: String) { emergingThreats(panelId: $p, search: $s, limit: 100) { totalCount nodes {
  id title raisedByName outcomes { meeting { title } outcome } } } }`;

type Threat = {
  id: string;
  title: string;
  status: string;
  outcomes: { meeting: { id: string; title: string; startsAt: string }; outcome: string; note: string | null }[];
};

async function meeting(t: TestApp, p: PanelFixture, startsAt: string, status: string): Promise<string> {
  const [m] = await t.dataSource.query(
    `INSERT INTO meeting (panel_id, title, starts_at, ends_at, mode, teams_url, status) VALUES ($1, $2, $3, $3::timestamptz + interval '2 hours', 'TEAMS', 'https://teams.microsoft.com/l/x', $4) RETURNING id`,
    [p.panelId, `Panel meeting ${startsAt.slice(0, 10)}`, startsAt, status],
  );
  return m.id;
}

describe('emerging threats', () => {
  const sql = new SqlCounter();
  let t: TestApp;
  let p: PanelFixture;
  let chair: string;
  let partner: string;
  let observer: string;
  beforeAll(async () => {
    t = await startTestApp({}, sql);
    p = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    partner = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    observer = await t.signIn(p.users.OBSERVER.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const raise = async (session: string, title: string) => {
    const res = await t.gql<{
      raiseEmergingThreat: { id: string; status: string; version: number; raisedByName: string; raisedByAgencyName: string };
    }>(
      RAISE,
      {
        i: {
          panelId: p.panelId,
          title,
          description: 'Three new nail bars opened in a month, cash only, staff living on site',
          crimeType: 'MODERN_SLAVERY_HUMAN_TRAFFICKING',
          area: 'Chester-le-Street',
        },
      },
      { session },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.raiseEmergingThreat;
  };

  it('lets any member raise one, and only the raiser or the chair edit it', async () => {
    const threat = await raise(partner, 'Nail bars and labour exploitation');
    expect(threat).toMatchObject({ status: 'RAISED', version: 1, raisedByAgencyName: 'HMRC' });
    const notTheirs = await t.gql(
      UPDATE,
      { i: { id: threat.id, title: 'Changed by someone else', description: 'An observer should not be able to do this', version: 1 } },
      { session: observer },
    );
    expect(notTheirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await t.gql<{ updateEmergingThreat: { version: number } }>(
      UPDATE,
      {
        i: {
          id: threat.id,
          title: 'Nail bars: labour exploitation',
          description: 'Three new nail bars, cash only, staff living on site',
          version: 1,
        },
      },
      { session: partner },
    );
    expect(own.data?.updateEmergingThreat.version).toBe(2);
    const stale = await t.gql(
      UPDATE,
      { i: { id: threat.id, title: 'Nail bars', description: 'A chair edit against an old version', version: 1 } },
      { session: chair },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toContain(': Area, Crime type, Description, Title changed.');
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', changedFields: ['area', 'crimeType', 'description', 'title'] });
  });

  it('records each meeting’s outcome, so coverage over meetings can be seen', async () => {
    const threat = await raise(observer, 'Cloned plates on the A1');
    const march = await meeting(t, p, '2026-03-10T10:00:00Z', 'MINUTES_DRAFT');
    const may = await meeting(t, p, '2026-05-12T09:00:00Z', 'IN_PROGRESS');
    const planned = await meeting(t, p, '2027-01-12T10:00:00Z', 'PLANNED');

    const tooEarly = await t.gql(OUTCOME, { m: planned, t: threat.id, o: 'DISCUSSED' }, { session: chair });
    expect(tooEarly.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meetingId' });
    const notChair = await t.gql(OUTCOME, { m: march, t: threat.id, o: 'DISCUSSED' }, { session: partner });
    expect(notChair.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    expect((await t.gql(OUTCOME, { m: march, t: threat.id, o: 'NO_ACTION' }, { session: chair })).errors).toBeUndefined();
    // Recording again for the same meeting replaces its outcome rather than adding a second.
    expect((await t.gql(OUTCOME, { m: march, t: threat.id, o: 'DISCUSSED', n: 'Police to check ANPR' }, { session: chair })).errors).toBeUndefined();
    const tasked = await t.gql<{ recordThreatOutcome: { status: string } }>(OUTCOME, { m: may, t: threat.id, o: 'TASKED' }, { session: chair });
    expect(tasked.data?.recordThreatOutcome.status).toBe('TASKED');

    const list = await t.gql<{ emergingThreats: { nodes: Threat[] } }>(LIST, { p: p.panelId, s: ['TASKED'] }, { session: partner });
    expect(list.data?.emergingThreats.nodes).toHaveLength(1);
    expect(list.data?.emergingThreats.nodes[0].outcomes).toEqual([
      {
        meeting: { id: march, title: 'Panel meeting 2026-03-10', startsAt: '2026-03-10T10:00:00.000Z' },
        outcome: 'DISCUSSED',
        note: 'Police to check ANPR',
      },
      { meeting: { id: may, title: 'Panel meeting 2026-05-12', startsAt: '2026-05-12T09:00:00.000Z' }, outcome: 'TASKED', note: null },
    ]);
    const [rows] = await t.dataSource.query(`SELECT count(*)::int AS n FROM emerging_threat_outcome WHERE emerging_threat_id = $1`, [threat.id]);
    expect(rows.n).toBe(2);
  });

  it('answers another panel’s members exactly like a threat that does not exist', async () => {
    const threat = await raise(partner, 'Loan shark in the estate');
    const other = await createPanel(t.dataSource);
    const outsider = await t.signIn(other.users.CHAIR.email, TEST_PASSWORD);
    const foreignMeeting = await meeting(t, other, '2026-05-12T09:00:00Z', 'IN_PROGRESS');
    const foreign = await t.gql(OUTCOME, { m: foreignMeeting, t: threat.id, o: 'DISCUSSED' }, { session: outsider });
    const missing = await t.gql(OUTCOME, { m: foreignMeeting, t: '00000000-0000-4000-8000-000000000000', o: 'DISCUSSED' }, { session: outsider });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]).toEqual(missing.errors?.[0]);
    const list = await t.gql(LIST, { p: p.panelId }, { session: outsider });
    expect(list.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
  type Found = { emergingThreats: { totalCount: number; nodes: { id: string }[] } };
  const search = async (session: string, s: string, panelId = p.panelId) => {
    const res = await t.gql<Found>(SEARCH, { p: panelId, s }, { session });
    expect(res.errors).toBeUndefined();
    return res.data!.emergingThreats;
  };
  const found = async (session: string, s: string, panelId = p.panelId) => (await search(session, s, panelId)).nodes.map((n) => n.id);

  it('finds threats by every word of the title typed, in any order, case and accents ignored, in the panel only', async () => {
    const bars = await raise(partner, 'Crêpe vans and cash-only nail bars');
    const vans = await raise(observer, 'Ice cream vans selling drugs');
    expect(await found(partner, 'BARS crepe')).toEqual([bars.id]);
    expect(await found(partner, 'crêpe')).toEqual([bars.id]);
    expect(await found(partner, 'VANS')).toEqual([vans.id, bars.id]);
    expect(await found(partner, 'vans drugs nail')).toEqual([]);
    const other = await createPanel(t.dataSource);
    const outsider = await t.signIn(other.users.CHAIR.email, TEST_PASSWORD);
    const [foreign] = await t.dataSource.query(
      `INSERT INTO emerging_threat (panel_id, title, description) VALUES ($1, 'Crepe vans and nail bars', 'Another panel''s') RETURNING id`,
      [other.panelId],
    );
    expect(await found(partner, 'crepe vans')).toEqual([bars.id]);
    expect(await found(outsider, 'crepe vans', other.panelId)).toEqual([foreign.id]);
    expect((await t.gql(SEARCH, { p: p.panelId, s: 'crepe' }, { session: outsider })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('bounds the search text, naming the field', async () => {
    const long = await t.gql(SEARCH, { p: p.panelId, s: 'x'.repeat(LIMITS.searchLength + 1) }, { session: chair });
    expect(long.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'search' });
  });

  it('answers a search in the same number of statements for 5 and for 50 matches', async () => {
    const measure = async (matches: number) => {
      const q = await createPanel(t.dataSource);
      const [m] = await t.dataSource.query(
        `INSERT INTO meeting (panel_id, title, starts_at, ends_at, mode, teams_url, status)
         VALUES ($1, 'Panel meeting', '2026-03-10T10:00:00Z', '2026-03-10T12:00:00Z', 'TEAMS', 'https://teams.microsoft.com/l/x', 'MINUTES_DRAFT') RETURNING id`,
        [q.panelId],
      );
      const threats: { id: string }[] = await t.dataSource.query(
        `INSERT INTO emerging_threat (panel_id, title, description, raised_by)
         SELECT $1, CASE WHEN g <= $3 THEN 'Cloned plates on the A1 ' ELSE 'Loan sharks on the estate ' END || g, 'Seen twice', $2
           FROM generate_series(1, 60) g RETURNING id`,
        [q.panelId, q.users.POLICE_MEMBER.userId, matches],
      );
      await t.dataSource.query(
        `INSERT INTO emerging_threat_outcome (emerging_threat_id, meeting_id, outcome) SELECT id, $2, 'DISCUSSED' FROM unnest($1::uuid[]) id`,
        [threats.map((x) => x.id), m.id],
      );
      const session = await t.signIn(q.users.CHAIR.email, TEST_PASSWORD);
      sql.count = 0;
      expect((await search(session, 'PLATES cloned', q.panelId)).totalCount).toBe(matches);
      return sql.count;
    };
    expect(await measure(50)).toBe(await measure(5));
  });
});
