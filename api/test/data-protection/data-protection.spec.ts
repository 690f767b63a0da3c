import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { searchableName, type PanelRole } from '@sentinel/shared';
import { verifyAuditChains } from '../../src/core/audit/audit-chain.js';
import { pdfText } from '../canary/files.js';
import { addDataProtectionOfficer, createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { nextIp, startTestApp, type TestApp } from '../support/test-app.js';

const LOG = `query($p: ID!, $n: ID, $u: ID, $a: ID, $c: DataChannel, $act: ConsultationAction, $from: String, $to: String, $limit: Int, $offset: Int) {
  consultationLog(panelId: $p, nominalId: $n, userId: $u, agencyId: $a, channel: $c, action: $act, from: $from, to: $to, limit: $limit, offset: $offset) {
    totalCount nodes { id at action channel purpose subjectCount subjectSummary actorName actorAgencyName disclosedToAgencyName }
  }
}`;
const TRAIL = `query($p: ID!, $n: ID, $u: ID, $act: AuditAction, $limit: Int) {
  auditTrail(panelId: $p, nominalId: $n, userId: $u, action: $act, limit: $limit) {
    totalCount nodes { id action entityType entityId changedFields actorName actorAgencyName }
  }
}`;
const CHAINS = `query($p: ID!) { auditChainStatus(panelId: $p) { log verified rows problem } }`;
const FIND = `query($p: ID!, $s: String!) { dataProtectionNominals(panelId: $p, search: $s) { totalCount nodes { id reference displayName dateOfBirth } } }`;

type LogPage = {
  consultationLog: {
    totalCount: number;
    nodes: {
      id: string;
      action: string;
      channel: string;
      purpose: string;
      subjectSummary: string;
      actorName: string;
      disclosedToAgencyName: string;
    }[];
  };
};

const ROLES: PanelRole[] = ['CHAIR', 'COORDINATOR', 'POLICE_MEMBER', 'PARTNER_MEMBER', 'OBSERVER'];

describe('the data protection officer’s view', () => {
  const sql = new SqlCounter();
  let t: TestApp;
  let p: PanelFixture;
  let q: PanelFixture;
  let dpo: string;
  let dpoOfQ: string;
  /** Nominals: the subject (with intelligence), another of the same panel, and one of the other panel. */
  const ids = { subject: '', other: '', foreign: '', intelligence: '' };
  /** Each seeded row's purpose, unique to the run: what the report and the lists are checked for. */
  const purpose = (what: string) => `${what}-${randomUUID().slice(0, 8)}`;
  const purposes = {} as Record<
    'subjectDisclosed' | 'subjectConsulted' | 'intelDisclosed' | 'oldDisclosed' | 'otherDisclosed' | 'foreignDisclosed',
    string
  >;

  const nominal = async (panel: PanelFixture, ref: string, forenames: string, surname: string) => {
    const [row] = await t.dataSource.query(
      `INSERT INTO nominal (panel_id, reference, surname, forenames, aliases, date_of_birth, name_search)
       VALUES ($1, $2, $3, $4, '{Smudge}', '1990-04-02', $5) RETURNING id`,
      [panel.panelId, ref, surname, forenames, searchableName(forenames, surname, ['Smudge'])],
    );
    return row.id as string;
  };

  const log = (
    panel: PanelFixture,
    row: { by: PanelRole; action: 'CONSULT' | 'DISCLOSE'; channel: string; to?: string; purpose: string; subjects: string[]; at?: string },
  ) =>
    t.dataSource.query(
      `INSERT INTO consultation (panel_id, actor_user_id, actor_agency_id, action, channel, disclosed_to_agency_id, purpose, subjects, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($9::timestamptz, now()))`,
      [
        panel.panelId,
        panel.users[row.by]!.userId,
        panel.users[row.by]!.agencyId,
        row.action,
        row.channel,
        row.to ?? null,
        row.purpose,
        row.subjects,
        row.at ?? null,
      ],
    );

  beforeAll(async () => {
    t = await startTestApp({}, sql);
    p = await createPanel(t.dataSource);
    q = await createPanel(t.dataSource);
    await addDataProtectionOfficer(t.dataSource, p);
    await addDataProtectionOfficer(t.dataSource, q);
    ids.subject = await nominal(p, 'N-0001', 'Jason', `Whitlock${randomUUID().slice(0, 4)}`);
    ids.other = await nominal(p, 'N-0002', 'Mary', 'Ferris');
    ids.foreign = await nominal(q, 'N-0001', 'Jason', 'Whitlock');
    const [intel] = await t.dataSource.query(
      `INSERT INTO intelligence (panel_id, subject_kind, subject_id, recorded_on, submitting_agency_id, text, source_grade, intelligence_grade, handling)
       VALUES ($1, 'NOMINAL', $2, '2026-01-10', $3, 'Seen at the lock-up', 'S1', 'A', 'P') RETURNING id`,
      [p.panelId, ids.subject, p.agencies.HMRC],
    );
    ids.intelligence = intel.id;
    Object.assign(purposes, {
      subjectDisclosed: purpose('pack'),
      subjectConsulted: purpose('screen'),
      intelDisclosed: purpose('intel'),
      oldDisclosed: purpose('old'),
      otherDisclosed: purpose('other'),
      foreignDisclosed: purpose('foreign'),
    });
    const hmrc = p.agencies.HMRC;
    await log(p, {
      by: 'CHAIR',
      action: 'DISCLOSE',
      channel: 'EXPORT',
      to: hmrc,
      purpose: purposes.subjectDisclosed,
      subjects: [`Nominal:${ids.subject}`, `Nominal:${ids.other}`],
    });
    await log(p, {
      by: 'PARTNER_MEMBER',
      action: 'CONSULT',
      channel: 'GRAPHQL',
      to: hmrc,
      purpose: purposes.subjectConsulted,
      subjects: [`Nominal:${ids.subject}`],
    });
    await log(p, {
      by: 'POLICE_MEMBER',
      action: 'DISCLOSE',
      channel: 'MAIL',
      to: hmrc,
      purpose: purposes.intelDisclosed,
      subjects: [`Intelligence:${ids.intelligence}`],
    });
    await log(p, {
      by: 'POLICE_MEMBER',
      action: 'DISCLOSE',
      channel: 'DOCUMENT',
      purpose: purposes.oldDisclosed,
      subjects: [`Nominal:${ids.subject}`],
      at: '2025-03-01T12:00:00Z',
    });
    await log(p, {
      by: 'CHAIR',
      action: 'DISCLOSE',
      channel: 'EXPORT',
      to: hmrc,
      purpose: purposes.otherDisclosed,
      subjects: [`Nominal:${ids.other}`],
    });
    await log(q, { by: 'CHAIR', action: 'DISCLOSE', channel: 'EXPORT', purpose: purposes.foreignDisclosed, subjects: [`Nominal:${ids.foreign}`] });
    await t.dataSource.query(
      `INSERT INTO audit_event (actor_user_id, actor_agency_id, panel_id, entity_type, entity_id, action, changes)
       VALUES ($1, $2, $3, 'Nominal', $4, 'UPDATE', '{"surname": ["A", "B"], "version": [1, 2]}'),
              ($1, $2, $3, 'Nominal', $5, 'UPDATE', '{"forenames": ["C", "D"]}'),
              ($1, $2, $3, 'Intelligence', $6, 'CREATE', '{"text": [null, "x"]}'),
              ($1, $2, $7, 'Nominal', $8, 'UPDATE', '{"surname": ["E", "F"]}')`,
      [p.users.POLICE_MEMBER.userId, p.users.POLICE_MEMBER.agencyId, p.panelId, ids.subject, ids.other, ids.intelligence, q.panelId, ids.foreign],
    );
    dpo = await t.signIn(p.users.DATA_PROTECTION_OFFICER!.email, TEST_PASSWORD, nextIp());
    dpoOfQ = await t.signIn(q.users.DATA_PROTECTION_OFFICER!.email, TEST_PASSWORD, nextIp());
  }, 60_000);
  afterAll(() => t.close());

  const pdf = async (nominalId: string, session?: string) => {
    let req = request(t.app.getHttpServer()).get(`/nominals/${nominalId}/subject-access.pdf`).set('X-Forwarded-For', nextIp());
    if (session) req = req.set('Cookie', session);
    const res = await req.buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    return { status: res.status, type: String(res.headers['content-type'] ?? ''), body: res.body as Buffer };
  };

  it('rejects the unauthenticated', async () => {
    for (const [doc, vars] of [
      [LOG, { p: p.panelId }],
      [TRAIL, { p: p.panelId }],
      [CHAINS, { p: p.panelId }],
      [FIND, { p: p.panelId, s: 'Jason' }],
    ] as const) {
      expect((await t.gql(doc, vars)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await pdf(ids.subject)).status).toBe(401);
  });

  it('forbids every other role of the panel, and answers for their PDF as for a missing nominal', async () => {
    const missing = await pdf(randomUUID(), dpo);
    expect(missing.status).toBe(404);
    for (const role of ROLES) {
      const session = await t.signIn(p.users[role]!.email, TEST_PASSWORD, nextIp());
      for (const [doc, vars] of [
        [LOG, { p: p.panelId }],
        [TRAIL, { p: p.panelId }],
        [CHAINS, { p: p.panelId }],
        [FIND, { p: p.panelId, s: 'Jason' }],
      ] as const) {
        const res = await t.gql(doc, vars, { session });
        expect(`${role}: ${res.errors?.[0]?.extensions?.code}`).toBe(`${role}: FORBIDDEN`);
        expect(res.data ?? null).toBeNull();
      }
      const file = await pdf(ids.subject, session);
      expect(`${role}: ${file.status} ${file.body.toString()}`).toBe(`${role}: 404 ${missing.body.toString()}`);
    }
  });

  it('hides other panels: their logs, their nominals and their rows answer as missing', async () => {
    for (const [doc, vars] of [
      [LOG, { p: p.panelId }],
      [CHAINS, { p: p.panelId }],
      [FIND, { p: p.panelId, s: 'Jason' }],
    ] as const) {
      expect((await t.gql(doc, vars, { session: dpoOfQ })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await pdf(ids.subject, dpoOfQ)).status).toBe(404);
    // Panel A's officer naming panel B's nominal in A's log finds nothing of B.
    const crossed = await t.gql<LogPage>(LOG, { p: p.panelId, n: ids.foreign }, { session: dpo });
    expect(crossed.data?.consultationLog).toEqual({ totalCount: 0, nodes: [] });
    const all = await t.gql<LogPage>(LOG, { p: p.panelId, limit: 100 }, { session: dpo });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM consultation WHERE panel_id = $1`, [p.panelId]);
    expect(all.data?.consultationLog.totalCount).toBe(n);
    expect(JSON.stringify(all.data)).not.toContain(purposes.foreignDisclosed);
  });

  it('holds the officer to the panels where they are the officer: a police member of this one, officer of another, reads nothing of it', async () => {
    const [u] = await t.dataSource.query(
      `INSERT INTO app_user (email, name, agency_id, password_hash) SELECT $1, 'Two Hats', $2, password_hash FROM app_user WHERE id = $3 RETURNING id`,
      [`two.hats.${randomUUID().slice(0, 8)}@example.test`, p.agencies['Police SOC unit'], p.users.CHAIR.userId],
    );
    await t.dataSource.query(
      `INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $3, 'POLICE_MEMBER'), ($2, $3, 'DATA_PROTECTION_OFFICER')`,
      [p.panelId, q.panelId, u.id],
    );
    const [{ email }] = await t.dataSource.query(`SELECT email FROM app_user WHERE id = $1`, [u.id]);
    const session = await t.signIn(email, TEST_PASSWORD, nextIp());
    for (const [doc, vars] of [
      [LOG, { p: p.panelId }],
      [TRAIL, { p: p.panelId }],
      [CHAINS, { p: p.panelId }],
      [FIND, { p: p.panelId, s: 'Jason' }],
    ] as const) {
      const res = await t.gql(doc, vars, { session });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
    }
    expect((await pdf(ids.subject, session)).status).toBe(404);
    // In the panel they are the officer of, they read its log.
    expect((await t.gql<LogPage>(LOG, { p: q.panelId }, { session })).data?.consultationLog.totalCount).toBeGreaterThan(0);
    expect((await pdf(ids.foreign, session)).status).toBe(200);
  });

  it('filters the s.62 log by nominal (and the intelligence about them), person, agency, channel, action and period', async () => {
    const purposesOf = async (vars: Record<string, unknown>) => {
      const res = await t.gql<LogPage>(LOG, { p: p.panelId, limit: 100, ...vars }, { session: dpo });
      expect(res.errors).toBeUndefined();
      return res.data!.consultationLog.nodes.map((r) => r.purpose).filter((x) => Object.values(purposes).includes(x));
    };
    const bySubject = await purposesOf({ n: ids.subject });
    expect(bySubject.sort()).toEqual([purposes.subjectDisclosed, purposes.subjectConsulted, purposes.intelDisclosed, purposes.oldDisclosed].sort());
    expect(await purposesOf({ n: ids.subject, act: 'CONSULT' })).toEqual([purposes.subjectConsulted]);
    expect(await purposesOf({ n: ids.subject, c: 'MAIL' })).toEqual([purposes.intelDisclosed]);
    expect((await purposesOf({ u: p.users.CHAIR.userId })).sort()).toEqual([purposes.subjectDisclosed, purposes.otherDisclosed].sort());
    // An agency's own rows, and those disclosed to it.
    expect((await purposesOf({ n: ids.subject, a: p.agencies.HMRC })).sort()).toEqual(
      [purposes.subjectDisclosed, purposes.subjectConsulted, purposes.intelDisclosed].sort(),
    );
    expect(await purposesOf({ n: ids.subject, from: '2025-02-28', to: '2025-03-01' })).toEqual([purposes.oldDisclosed]);
    expect(await purposesOf({ n: ids.subject, from: '2025-03-02', to: '2025-12-31' })).toEqual([]);

    const page = await t.gql<LogPage>(LOG, { p: p.panelId, n: ids.subject, act: 'DISCLOSE', c: 'EXPORT' }, { session: dpo });
    expect(page.data?.consultationLog.nodes).toEqual([
      expect.objectContaining({
        purpose: purposes.subjectDisclosed,
        subjectSummary: 'Nominal × 2',
        actorName: expect.stringContaining('CHAIR'),
        disclosedToAgencyName: 'HMRC',
      }),
    ]);
    const bad = await t.gql(LOG, { p: p.panelId, from: '2026-02-30' }, { session: dpo });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const backwards = await t.gql(LOG, { p: p.panelId, from: '2026-03-02', to: '2026-03-01' }, { session: dpo });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect((await t.gql(LOG, { p: p.panelId, limit: 101 }, { session: dpo })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters the audit trail by nominal, person and action, naming changed fields but never their values', async () => {
    const res = await t.gql<{
      auditTrail: { totalCount: number; nodes: { entityType: string; entityId: string; changedFields: string[]; actorName: string }[] };
    }>(TRAIL, { p: p.panelId, n: ids.subject, limit: 100 }, { session: dpo });
    expect(res.errors).toBeUndefined();
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE panel_id = $1 AND ((entity_type = 'Nominal' AND entity_id = $2) OR (entity_type = 'Intelligence' AND entity_id = $3))`,
      [p.panelId, ids.subject, ids.intelligence],
    );
    expect(res.data?.auditTrail.totalCount).toBe(n);
    expect(res.data?.auditTrail.nodes.map((r) => [r.entityType, r.changedFields])).toEqual([
      ['Intelligence', ['text']],
      ['Nominal', ['surname', 'version']],
    ]);
    expect(JSON.stringify(res.data)).not.toMatch(/"A"|"B"/);
    const creates = await t.gql<{ auditTrail: { nodes: { entityId: string }[] } }>(
      TRAIL,
      { p: p.panelId, n: ids.subject, act: 'CREATE' },
      { session: dpo },
    );
    expect(creates.data?.auditTrail.nodes.map((r) => r.entityId)).toEqual([ids.intelligence]);
  });

  it('reads a page of either log in statements whose number does not grow with its rows', async () => {
    const count = async (doc: string, limit: number) => {
      sql.count = 0;
      const res = await t.gql(doc, { p: p.panelId, limit }, { session: dpo });
      expect(res.errors).toBeUndefined();
      return sql.count;
    };
    expect(await count(LOG, 2)).toBe(await count(LOG, 6));
    expect(await count(TRAIL, 1)).toBe(await count(TRAIL, 3));
  });

  it('verifies both of the panel’s chains as the app role, and finds a changed row', async () => {
    const res = await t.gql<{ auditChainStatus: { log: string; verified: boolean; rows: number; problem: string | null }[] }>(
      CHAINS,
      { p: p.panelId },
      { session: dpo },
    );
    expect(res.errors).toBeUndefined();
    const [{ audit, consulted }] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM audit_event WHERE panel_id = $1) AS audit, (SELECT count(*)::int FROM consultation WHERE panel_id = $1) AS consulted`,
      [p.panelId],
    );
    expect(res.data?.auditChainStatus).toEqual([
      { log: 'audit trail', verified: true, rows: expect.any(Number), problem: null },
      { log: 'consultation log', verified: true, rows: expect.any(Number), problem: null },
    ]);
    expect(res.data!.auditChainStatus[0].rows).toBeGreaterThanOrEqual(audit);
    expect(res.data!.auditChainStatus[1].rows).toBeGreaterThanOrEqual(consulted);

    // The walk the officer's view makes, over a row changed as the owner (undone after): the heads come through
    // panel_chain_heads, which answers only a panel in the statement's scope.
    const runner = t.dataSource.createQueryRunner();
    await runner.startTransaction('REPEATABLE READ');
    try {
      await runner.query(`SELECT set_config('sentinel.scope', $1, true)`, [`{${q.panelId}}`]);
      expect(await runner.query(`SELECT * FROM panel_chain_heads($1)`, [p.panelId])).toEqual([]);
      await runner.query(`SELECT set_config('sentinel.scope', $1, true)`, [`{${p.panelId}}`]);
      expect((await runner.query(`SELECT log FROM panel_chain_heads($1) ORDER BY log`, [p.panelId])).map((r: { log: string }) => r.log)).toEqual([
        'audit',
        'consultation',
      ]);
      await runner.query(`SET LOCAL session_replication_role = replica`);
      await runner.query(`UPDATE consultation SET purpose = 'changed' WHERE panel_id = $1 AND purpose = $2`, [p.panelId, purposes.otherDisclosed]);
      await runner.query(`SET LOCAL session_replication_role = origin`);
      const report = await verifyAuditChains(runner, { panelId: p.panelId, asApp: true });
      expect(report.breaks).toEqual([expect.objectContaining({ log: 'consultation', kind: 'changed' })]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('finds a nominal by name or reference in the officer’s panel only, and logs each one shown', async () => {
    const [{ surname }] = await t.dataSource.query(`SELECT surname FROM nominal WHERE id = $1`, [ids.subject]);
    type Found = { dataProtectionNominals: { totalCount: number; nodes: { id: string; displayName: string; dateOfBirth: string }[] } };
    const byName = await t.gql<Found>(FIND, { p: p.panelId, s: surname.toLowerCase() }, { session: dpo });
    expect(byName.data?.dataProtectionNominals).toEqual({
      totalCount: 1,
      nodes: [{ id: ids.subject, reference: 'N-0001', displayName: `Jason ${surname.toUpperCase()}`, dateOfBirth: '1990-04-02' }],
    });
    const byRef = await t.gql<Found>(FIND, { p: p.panelId, s: 'n-0002' }, { session: dpo });
    expect(byRef.data?.dataProtectionNominals.nodes.map((x) => x.id)).toEqual([ids.other]);
    const [row] = await t.dataSource.query(
      `SELECT action, channel, actor_user_id FROM consultation WHERE panel_id = $1 AND subjects @> ARRAY['Nominal:' || $2] AND purpose IS NULL
        ORDER BY id DESC LIMIT 1`,
      [p.panelId, ids.other],
    );
    expect(row).toEqual({ action: 'CONSULT', channel: 'GRAPHQL', actor_user_id: p.users.DATA_PROTECTION_OFFICER!.userId });
    expect((await t.gql(FIND, { p: p.panelId, s: 'x' }, { session: dpo })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists in the subject-access report every disclosure and consultation the log holds for the nominal, and logs the report', async () => {
    const before: { id: string; purpose: string; action: string }[] = await t.dataSource.query(
      `SELECT id::text AS id, purpose, action FROM consultation
        WHERE panel_id = $1 AND subjects && ARRAY['Nominal:' || $2, 'Intelligence:' || $3] ORDER BY id`,
      [p.panelId, ids.subject, ids.intelligence],
    );
    expect(before.filter((r) => r.action === 'DISCLOSE').length).toBeGreaterThanOrEqual(3);
    const file = await pdf(ids.subject, dpo);
    expect(file.status).toBe(200);
    expect(file.type).toContain('application/pdf');
    expect(file.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(file.body);
    expect(text).toContain('OFFICIAL-SENSITIVE');
    expect(text).toContain('lock-up');
    for (const r of before.filter((x) => x.purpose)) expect(`${r.id}: ${text.includes(r.purpose)}`).toBe(`${r.id}: true`);
    // Not another nominal's, nor another panel's.
    expect(text).not.toContain(purposes.otherDisclosed);
    expect(text).not.toContain(purposes.foreignDisclosed);

    const [logged] = await t.dataSource.query(
      `SELECT action, channel, actor_user_id, disclosed_to_agency_id, subjects FROM consultation
        WHERE panel_id = $1 AND purpose = 'Subject access report' ORDER BY id DESC LIMIT 1`,
      [p.panelId],
    );
    expect(logged).toEqual({
      action: 'DISCLOSE',
      channel: 'DOCUMENT',
      actor_user_id: p.users.DATA_PROTECTION_OFFICER!.userId,
      disclosed_to_agency_id: p.users.DATA_PROTECTION_OFFICER!.agencyId,
      subjects: [`Nominal:${ids.subject}`, `Intelligence:${ids.intelligence}`],
    });
    // The next report lists the first one.
    const again = pdfText((await pdf(ids.subject, dpo)).body);
    expect(again).toContain('Subject access report');
  });
});
