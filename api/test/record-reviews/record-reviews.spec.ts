import { addDays, londonToday } from '@sentinel/shared';
import { verifyAuditChains } from '../../src/core/audit/audit-chain.js';
import { ReviewRemindersService } from '../../src/modules/record-reviews/review-reminders.service.js';
import { startMailCatcher, type MailCatcher } from '../reminders/mail-catcher.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { asScheduledWork } from '../support/system-scope.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DUE = `query($p: ID!) { recordReviewsDue(panelId: $p) { totalCount nodes { kind id reference name nextReviewOn leadOfficers version } } }`;
const DECISIONS = `query($p: ID!) { recordReviews(panelId: $p) { totalCount nodes { subjectKind reference decision rationale nextReviewOn erasedCount decidedBy } } }`;
const REVIEW = `mutation($i: ReviewRecordInput!) { reviewRecord(input: $i) { id decision reference nextReviewOn erasedCount } }`;
const CREATE_NOMINAL = `mutation($i: CreateNominalInput!) { createNominal(input: $i) { id version } }`;
const UPDATE_NOMINAL = `mutation($i: UpdateNominalInput!) { updateNominal(input: $i) { id version } }`;
const INTELLIGENCE = `mutation($i: RecordIntelligenceInput!) { recordIntelligence(input: $i) { id } }`;
const OUTCOMES = `query($p: ID!, $f: String!, $t: String!) { outcomeReport(panelId: $p, from: $f, to: $t) { nominalsIdentified disruptions arrests } }`;

type Due = { kind: string; id: string; reference: string; name: string; nextReviewOn: string; leadOfficers: string[]; version: number };

/** Someone whose names and date of birth appear nowhere else in the test database. */
const PERSON = { surname: 'Quarrington', forenames: 'Zebedee', aliases: ['Zeb Quarry'], dateOfBirth: '1987-03-29' };

describe('review and retention (MoPI)', () => {
  const counter = new SqlCounter();
  let t: TestApp;
  let p: PanelFixture;
  let other: PanelFixture;
  let mail: MailCatcher;
  const sessions: Record<string, string> = {};
  const today = londonToday();

  const gql = <T>(query: string, variables: Record<string, unknown>, who: string) => t.gql<T>(query, variables, { session: sessions[who] });
  const ok = async <T>(query: string, variables: Record<string, unknown>, who: string): Promise<T> => {
    const res = await gql<T>(query, variables, who);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const code = async (query: string, variables: Record<string, unknown>, who: string) =>
    (await gql(query, variables, who)).errors?.[0]?.extensions?.code;
  const q = (sql: string, params: unknown[] = []) => t.dataSource.query(sql, params);
  const nameOf = async (userId: string) => ((await q(`SELECT name FROM app_user WHERE id = $1`, [userId])) as { name: string }[])[0].name;

  async function group(reference: string, reviewOn: string | null, lead: string | null) {
    const [o] = await q(`INSERT INTO ocg (panel_id, reference, name, lro_user_id, next_review_on) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
      p.panelId,
      reference,
      `Group ${reference}`,
      lead,
      reviewOn,
    ]);
    return o.id as string;
  }
  async function nominal(reference: string, reviewOn: string | null, ocgId?: string) {
    const [n] = await q(
      `INSERT INTO nominal (panel_id, reference, surname, forenames, next_review_on) VALUES ($1, $2, 'Ashdown', 'Lee', $3) RETURNING id`,
      [p.panelId, reference, reviewOn],
    );
    if (ocgId) await q(`INSERT INTO ocg_nominal (ocg_id, nominal_id, role) VALUES ($1, $2, 'PERIPHERAL')`, [ocgId, n.id]);
    return n.id as string;
  }
  const due = async (who: string) =>
    (await ok<{ recordReviewsDue: { totalCount: number; nodes: Due[] } }>(DUE, { p: p.panelId }, who)).recordReviewsDue;

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: mail.url, PUBLIC_URL: 'https://sentinel.example.test' }, counter);
    p = await createPanel(t.dataSource);
    other = await createPanel(t.dataSource);
    for (const role of ['CHAIR', 'COORDINATOR', 'POLICE_MEMBER', 'PARTNER_MEMBER'] as const)
      sessions[role] = await t.signIn(p.users[role].email, TEST_PASSWORD);
    sessions.OTHER_CHAIR = await t.signIn(other.users.CHAIR.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  it('lists every record due to the chair, a lead officer’s own to them, logs the names shown, and answers no one else', async () => {
    const led = await group('R-LED', '2024-01-10', p.users.POLICE_MEMBER.userId);
    await group('R-CHAIR', '2024-02-01', null);
    await group('R-LATER', addDays(today, 30), p.users.POLICE_MEMBER.userId);
    const inLed = await nominal('R-N-1', '2024-01-20', led);
    await nominal('R-N-2', '2024-03-01');

    const chair = await due('CHAIR');
    expect(chair.nodes.map((n) => `${n.kind} ${n.reference}`)).toEqual(['OCG R-LED', 'NOMINAL R-N-1', 'OCG R-CHAIR', 'NOMINAL R-N-2']);
    expect(chair.totalCount).toBe(4);
    expect(chair.nodes[1]).toMatchObject({ name: 'Lee ASHDOWN', leadOfficers: [await nameOf(p.users.POLICE_MEMBER.userId)] });
    const lead = await due('POLICE_MEMBER');
    expect(lead.nodes.map((n) => n.reference)).toEqual(['R-LED', 'R-N-1']);
    const [{ n: logged }] = await q(
      `SELECT count(*)::int AS n FROM consultation WHERE panel_id = $1 AND actor_user_id = $2 AND subjects @> ARRAY[$3]`,
      [p.panelId, p.users.POLICE_MEMBER.userId, `Nominal:${inLed}`],
    );
    expect(logged).toBe(1);
    expect(await code(DUE, { p: p.panelId }, 'PARTNER_MEMBER')).toBe('FORBIDDEN');
    expect(await code(DUE, { p: p.panelId }, 'OTHER_CHAIR')).toBe('NOT_FOUND');
  });

  it('retains to a new date with a reason, refusing what is wrong, stale or not theirs, and keeps the decision', async () => {
    const [item] = (await due('CHAIR')).nodes.filter((n) => n.reference === 'R-CHAIR');
    const input = { kind: 'OCG', id: item.id, version: item.version, decision: 'RETAIN', rationale: 'Still active: new intelligence in May' };
    const refused = async (who: string, change: Record<string, unknown>) => code(REVIEW, { i: { ...input, ...change } }, who);
    expect(await refused('CHAIR', {})).toBe('BAD_USER_INPUT');
    expect(await refused('CHAIR', { nextReviewOn: today })).toBe('BAD_USER_INPUT');
    expect(await refused('CHAIR', { nextReviewOn: addDays(today, 366 * 11) })).toBe('BAD_USER_INPUT');
    expect(await refused('CHAIR', { decision: 'DISPOSE' })).toBe('BAD_USER_INPUT');
    expect(await refused('CHAIR', { decision: 'ARCHIVE', nextReviewOn: addDays(today, 30) })).toBe('BAD_USER_INPUT');
    expect(await refused('CHAIR', { rationale: '' })).toBe('BAD_USER_INPUT');
    expect(await refused('CHAIR', { nextReviewOn: addDays(today, 365), version: item.version + 1 })).toBe('CONFLICT');
    // Not the group's lead officer; and another panel's record answers like a missing one.
    expect(await refused('POLICE_MEMBER', { nextReviewOn: addDays(today, 365) })).toBe('FORBIDDEN');
    expect(await refused('OTHER_CHAIR', { nextReviewOn: addDays(today, 365) })).toBe('NOT_FOUND');

    const next = addDays(today, 365);
    const { reviewRecord } = await ok<{ reviewRecord: { decision: string; nextReviewOn: string } }>(
      REVIEW,
      { i: { ...input, nextReviewOn: next } },
      'CHAIR',
    );
    expect(reviewRecord).toMatchObject({ decision: 'RETAIN', nextReviewOn: next });
    const [row] = await q(`SELECT next_review_on::text AS d, version FROM ocg WHERE id = $1`, [item.id]);
    expect(row).toEqual({ d: next, version: item.version + 1 });
    expect((await due('CHAIR')).nodes.map((n) => n.reference)).not.toContain('R-CHAIR');
    // Once decided, the record is not due: a second decision on the same date is refused.
    expect(await refused('CHAIR', { version: item.version + 1, nextReviewOn: addDays(next, 1) })).toBe('BAD_USER_INPUT');
    const decisions = (await ok<{ recordReviews: { nodes: Record<string, unknown>[] } }>(DECISIONS, { p: p.panelId }, 'CHAIR')).recordReviews;
    expect(decisions.nodes[0]).toMatchObject({
      reference: 'R-CHAIR',
      decision: 'RETAIN',
      decidedBy: await nameOf(p.users.CHAIR.userId),
      erasedCount: 0,
    });
  });

  it('lets the lead officer archive their group, which leaves the queue and keeps its record', async () => {
    const [item] = (await due('POLICE_MEMBER')).nodes.filter((n) => n.reference === 'R-LED');
    await ok(
      REVIEW,
      { i: { kind: 'OCG', id: item.id, version: item.version, decision: 'ARCHIVE', rationale: 'Dismantled in 2023; no activity since' } },
      'POLICE_MEMBER',
    );
    // Its status, which the outcome figures read, is left as it was.
    const [row] = await q(`SELECT status, next_review_on, archived_at IS NOT NULL AS archived FROM ocg WHERE id = $1`, [item.id]);
    expect(row).toEqual({ status: 'EMERGING', next_review_on: null, archived: true });
    expect((await due('POLICE_MEMBER')).nodes.map((n) => n.reference)).toEqual(['R-N-1']);
  });

  it('disposes of a nominal: no personal data is left in any table, the outcome figures and the audit chains hold', async () => {
    const ocgId = await group('R-DISP', null, p.users.POLICE_MEMBER.userId);
    const { createNominal } = await ok<{ createNominal: { id: string; version: number } }>(
      CREATE_NOMINAL,
      { i: { panelId: p.panelId, ...PERSON, ocgId, role: 'SIGNIFICANT' } },
      'CHAIR',
    );
    const id = createNominal.id;
    const updated = await ok<{ updateNominal: { version: number } }>(
      UPDATE_NOMINAL,
      { i: { id, version: createNominal.version, ...PERSON, aliases: ['Zeb Quarry', 'Zebby Q'] } },
      'CHAIR',
    );
    for (const text of ['Zebedee Quarrington seen at the car wash', 'Quarrington drives the grey van'])
      await ok(
        INTELLIGENCE,
        {
          i: {
            panelId: p.panelId,
            subjectKind: 'NOMINAL',
            subjectId: id,
            recordedOn: today,
            text,
            sourceGrade: 'S2',
            intelligenceGrade: 'B',
            handling: 'P',
          },
        },
        'CHAIR',
      );
    const [task] = await q(
      `INSERT INTO task (panel_id, reference, title, agency_id, nominal_id) VALUES ($1, 'R-T-1', 'Licence check', $2, $3) RETURNING id`,
      [p.panelId, p.agencies.HMRC, id],
    );
    await q(`UPDATE nominal SET next_review_on = '2024-05-01' WHERE id = $1`, [id]);
    const period = { p: p.panelId, f: addDays(today, -30), t: today };
    const before = (await ok<{ outcomeReport: Record<string, number> }>(OUTCOMES, period, 'CHAIR')).outcomeReport;

    counter.count = 0;
    const { reviewRecord } = await ok<{ reviewRecord: { erasedCount: number } }>(
      REVIEW,
      {
        i: { kind: 'NOMINAL', id, version: updated.updateNominal.version, decision: 'DISPOSE', rationale: 'No longer of interest after five years' },
      },
      'POLICE_MEMBER',
    );
    const statements = counter.count;
    expect(reviewRecord.erasedCount).toBe(3);

    // Every text, character, JSON and array column of every table, the job queue's included.
    const columns: { s: string; t: string; c: string }[] = await q(
      `SELECT c.table_schema AS s, c.table_name AS t, c.column_name AS c FROM information_schema.columns c
         JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
        WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')
          AND c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY', 'date')`,
    );
    expect(columns.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const { s, t: table, c } of columns) {
      const [{ n }] = await q(`SELECT count(*)::int AS n FROM "${s}"."${table}" WHERE "${c}"::text ~* $1`, [
        `Quarrington|Zebedee|Zebby|${PERSON.dateOfBirth}`,
      ]);
      if (n > 0) found.push(`${s}.${table}.${c}`);
    }
    expect(found).toEqual([]);

    const after = (await ok<{ outcomeReport: Record<string, number> }>(OUTCOMES, period, 'CHAIR')).outcomeReport;
    expect(after).toEqual(before);
    expect(await q(`SELECT nominal_id FROM task WHERE id = $1`, [task.id])).toEqual([{ nominal_id: null }]);
    const [erasure] = await q(
      `SELECT reference, decision, cardinality(erased) AS n, held_since IS NOT NULL AS held FROM record_review WHERE subject_id = $1`,
      [id],
    );
    expect(erasure).toEqual({ reference: expect.any(String), decision: 'DISPOSE', n: 3, held: true });
    const [{ redacted }] = await q(`SELECT count(*)::int AS redacted FROM audit_event WHERE redacted_by_review IS NOT NULL AND panel_id = $1`, [
      p.panelId,
    ]);
    expect(redacted).toBeGreaterThanOrEqual(4);
    expect(await verifyAuditChains(t.dataSource, { panelId: p.panelId })).toMatchObject({ ok: true });

    // The same statements for a nominal with more intelligence.
    const { createNominal: second } = await ok<{ createNominal: { id: string; version: number } }>(
      CREATE_NOMINAL,
      { i: { panelId: p.panelId, surname: 'Second', ocgId, role: 'PERIPHERAL' } },
      'CHAIR',
    );
    for (let i = 0; i < 4; i++)
      await ok(
        INTELLIGENCE,
        {
          i: {
            panelId: p.panelId,
            subjectKind: 'NOMINAL',
            subjectId: second.id,
            recordedOn: today,
            text: `Report ${i}`,
            sourceGrade: 'S2',
            intelligenceGrade: 'B',
            handling: 'P',
          },
        },
        'CHAIR',
      );
    await q(`UPDATE nominal SET next_review_on = '2024-05-01' WHERE id = $1`, [second.id]);
    counter.count = 0;
    await ok(REVIEW, { i: { kind: 'NOMINAL', id: second.id, version: second.version, decision: 'DISPOSE', rationale: 'Not of interest' } }, 'CHAIR');
    expect(counter.count).toBe(statements);
  });

  it('refuses any other change to the audit trail, and the verifier names a redaction no erasure record sanctions', async () => {
    const [row] = await q(`SELECT id FROM audit_event WHERE panel_id = $1 AND redacted_by_review IS NULL AND entity_type = 'Ocg' LIMIT 1`, [
      p.panelId,
    ]);
    await expect(q(`UPDATE audit_event SET changes = '{}' WHERE id = $1`, [row.id])).rejects.toThrow(/append-only/);
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query(`SELECT set_config('sentinel.audit_redaction', 'on', true)`);
      // Redacted as a disposal would, but naming an erasure record that does not exist.
      await runner.query(
        `UPDATE audit_event e SET changes = '{"redacted": true}', redacted_by_review = gen_random_uuid(), redacted_hash = sha256('x') WHERE id = $1`,
        [row.id],
      );
      const report = await verifyAuditChains(runner, { panelId: p.panelId, log: 'audit' });
      expect(report.ok).toBe(false);
      expect(report.firstBreak?.message).toMatch(/no erasure record/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('reminds the lead officers a week before and on the day, once each, else the chair and coordinator, by reference only', async () => {
    const now = new Date('2031-09-01T08:00:00Z');
    const led = await group('R-MAIL-1', '2031-09-08', p.users.POLICE_MEMBER.userId);
    await nominal('R-MAIL-2', '2031-09-01', led);
    await group('R-MAIL-3', '2031-09-01', null);
    const reminders = asScheduledWork(t.app.get(ReviewRemindersService));
    expect(await reminders.scan(now)).toEqual({ reminders: 3, messages: 4 });
    expect(await reminders.scan(now)).toEqual({ reminders: 0, messages: 0 });
    const lead = mail
      .to(p.users.POLICE_MEMBER.email)
      .map((m) => m.subject.replace('[OFFICIAL-SENSITIVE] ', ''))
      .sort();
    expect(lead).toEqual(['Review due in 7 days: R-MAIL-1', 'Review due today: R-MAIL-2']);
    expect(mail.to(p.users.CHAIR.email).map((m) => m.subject.replace('[OFFICIAL-SENSITIVE] ', ''))).toEqual(['Review due today: R-MAIL-3']);
    expect(mail.to(p.users.COORDINATOR.email).map((m) => m.subject.replace('[OFFICIAL-SENSITIVE] ', ''))).toEqual(['Review due today: R-MAIL-3']);
    expect(JSON.stringify(mail.to(p.users.POLICE_MEMBER.email))).not.toMatch(/Ashdown|Group R-MAIL/);
    // On the day itself the group's reminder goes again, as the day's.
    expect(await reminders.scan(new Date('2031-09-08T08:00:00Z'))).toEqual({ reminders: 1, messages: 1 });
  });
});
