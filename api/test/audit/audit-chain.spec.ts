import { randomUUID } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import { describeAuditChainReport, verifyAuditChains, type AuditChainReport, type ChainedLog } from '../../src/core/audit/audit-chain.js';
import { AuditService } from '../../src/core/audit/audit.service.js';
import { contextOf, createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type ChainRow = { id: string; seq: string };

describe('the tamper-evident audit trail', () => {
  let t: TestApp;
  let audit: AuditService;
  let p: PanelFixture;
  beforeAll(async () => {
    t = await startTestApp();
    audit = t.app.get(AuditService);
    p = await createPanel(t.dataSource);
  }, 60_000);
  afterAll(() => t.close());

  const ctxOf = (panel: PanelFixture) => contextOf(t.dataSource, panel, 'POLICE_MEMBER');

  /** Eight rows in a panel of its own, written by the API's services on the app role's connection. */
  const chainOfEight = async (): Promise<{ panelId: string; rows: ChainRow[] }> => {
    const panel = await createPanel(t.dataSource);
    const ctx = ctxOf(panel);
    for (let i = 1; i <= 8; i++) {
      await audit.recordChange(t.appDataSource.manager, ctx, {
        panelId: panel.panelId,
        entityType: 'Ocg',
        entityId: `o-${i % 3}`,
        action: 'UPDATE',
        before: { name: `A${i}` },
        after: { name: `B${i}` },
      });
    }
    return { panelId: panel.panelId, rows: await chainRows(panel.panelId) };
  };

  const chainRows = (panelId: string, table = 'audit_event'): Promise<ChainRow[]> =>
    t.dataSource.query(`SELECT e.id::text AS id, e.seq::text AS seq FROM ${table} e WHERE e.panel_id = $1 ORDER BY e.seq`, [panelId]);

  /** Tampers as the owner with the triggers off, verifies the panel's chain in the same transaction, then undoes it all. */
  const afterTampering = async (panelId: string, tamper: (q: QueryRunner) => Promise<unknown>, log?: ChainedLog): Promise<AuditChainReport> => {
    const q = t.dataSource.createQueryRunner();
    await q.startTransaction('REPEATABLE READ');
    try {
      await q.query(`SET LOCAL session_replication_role = replica`);
      await tamper(q);
      await q.query(`SET LOCAL session_replication_role = origin`);
      return await verifyAuditChains(q, { panelId, log });
    } finally {
      await q.rollbackTransaction();
      await q.release();
    }
  };

  it('chains each panel’s rows, and the rows of no panel, from seq 1 with a hash on every row', async () => {
    const { panelId, rows } = await chainOfEight();
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // Within a chain the ids rise with seq.
    expect(rows.map((r) => BigInt(r.id))).toEqual(rows.map((r) => BigInt(r.id)).sort((a, b) => (a < b ? -1 : 1)));
    const report = await verifyAuditChains(t.dataSource, { panelId });
    expect(report).toMatchObject({ ok: true, rows: 8, chains: 1, breaks: [] });
    expect(report.heads).toEqual([{ log: 'audit', panelId, seq: 8, hash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(describeAuditChainReport(report)).toBe('8 rows in 1 chain verified');

    const [{ rows: all, chains }] = await t.dataSource.query(
      `SELECT sum(n)::int AS rows, sum(c)::int AS chains FROM (
         SELECT count(*) AS n, count(DISTINCT coalesce(panel_id::text, '')) AS c FROM audit_event
         UNION ALL SELECT count(*), count(DISTINCT panel_id) FROM consultation) x`,
    );
    const whole = await verifyAuditChains(t.dataSource, { batchSize: 7 });
    expect(whole.ok).toBe(true);
    // Other files may append meanwhile: the walk reads one snapshot, taken after the count, so it holds at least as many.
    expect(whole.rows).toBeGreaterThanOrEqual(all);
    expect(whole.chains).toBeGreaterThanOrEqual(chains);
  });

  it('names the row whose content was changed', async () => {
    const { panelId, rows } = await chainOfEight();
    const report = await afterTampering(panelId, (q) => q.query(`UPDATE audit_event SET changes = '{}' WHERE id = $1`, [rows[5].id]));
    expect(report.ok).toBe(false);
    expect(report.breaks).toEqual([expect.objectContaining({ panelId, kind: 'changed', seq: 6, id: rows[5].id })]);
    expect(report.firstBreak).toEqual(report.breaks[0]);
  });

  it('names the place of a deleted row, in the middle or at the end of the chain', async () => {
    const { panelId, rows } = await chainOfEight();
    const middle = await afterTampering(panelId, (q) => q.query(`DELETE FROM audit_event WHERE id = $1`, [rows[3].id]));
    expect(middle.firstBreak).toMatchObject({ panelId, kind: 'deleted', seq: 4, id: rows[4].id });
    const end = await afterTampering(panelId, (q) => q.query(`DELETE FROM audit_event WHERE id = ANY($1::bigint[])`, [[rows[6].id, rows[7].id]]));
    expect(end.firstBreak).toMatchObject({ panelId, kind: 'deleted', seq: 7, id: null });
    expect(end.rows).toBe(6);
    const all = await afterTampering(panelId, (q) => q.query(`DELETE FROM audit_event WHERE panel_id = $1`, [panelId]));
    expect(all).toMatchObject({ ok: false, rows: 0, chains: 1, firstBreak: { panelId, kind: 'deleted', seq: 1, id: null } });
  });

  it('names a forged row, beside a true one or past the end of the chain', async () => {
    const { panelId } = await chainOfEight();
    const forge = (q: QueryRunner, seq: number): Promise<{ id: string }[]> =>
      q.query(
        `INSERT INTO audit_event (panel_id, entity_type, entity_id, action, seq, hash)
         VALUES ($1, 'Nominal', 'n-9', 'UPDATE', $2, sha256('forged')) RETURNING id::text AS id`,
        [panelId, seq],
      );
    let forged = '';
    const beside = await afterTampering(panelId, async (q) => ([{ id: forged }] = await forge(q, 3)));
    expect(beside.firstBreak).toMatchObject({ panelId, kind: 'inserted', seq: 3, id: forged });
    const past = await afterTampering(panelId, async (q) => ([{ id: forged }] = await forge(q, 9)));
    expect(past.firstBreak).toMatchObject({ panelId, kind: 'inserted', seq: 9, id: forged });
    // Given a smaller id, the forged row is met before the true one of its place.
    const first = await afterTampering(panelId, (q) =>
      forge(q, 3).then(([r]) => q.query(`UPDATE audit_event SET id = 1 - id WHERE id = $1`, [r.id])),
    );
    expect(first.firstBreak).toMatchObject({ panelId, kind: 'inserted', seq: 3 });
    expect(BigInt(first.firstBreak?.id ?? 0)).toBeLessThan(0n);
  });

  it('names swapped rows: moved to each other’s place, or their content exchanged', async () => {
    const { panelId, rows } = await chainOfEight();
    const columns = ['at', 'actor_user_id', 'actor_agency_id', 'panel_id', 'entity_type', 'entity_id', 'action', 'changes'];
    const swap = (q: QueryRunner, cols: string[]) =>
      q.query(
        `UPDATE audit_event a SET ${cols.map((c) => `${c} = b.${c}`).join(', ')}
           FROM audit_event b WHERE (a.id, b.id) IN (($1::bigint, $2::bigint), ($2::bigint, $1::bigint))`,
        [rows[1].id, rows[5].id],
      );
    const moved = await afterTampering(panelId, (q) => swap(q, [...columns, 'seq', 'hash']));
    expect(moved.firstBreak).toMatchObject({ panelId, kind: 'reordered', seq: 2, id: rows[5].id });
    const exchanged = await afterTampering(panelId, (q) => swap(q, columns));
    expect(exchanged.firstBreak).toMatchObject({ panelId, kind: 'changed', seq: 2, id: rows[1].id });
  });

  it('shows a chain head that was wound back or rewritten', async () => {
    const { panelId } = await chainOfEight();
    const back = await afterTampering(panelId, (q) => q.query(`UPDATE audit_chain_head SET seq = 7 WHERE chain_id = $1`, [panelId]));
    expect(back.firstBreak).toMatchObject({ panelId, kind: 'inserted', seq: 8 });
    const rewritten = await afterTampering(panelId, (q) => q.query(`UPDATE audit_chain_head SET hash = sha256('x') WHERE chain_id = $1`, [panelId]));
    expect(rewritten.firstBreak).toMatchObject({ panelId, kind: 'changed', seq: 8, id: null });
  });

  it('keeps one unbroken chain under concurrent writes, in one panel, across panels and for sign-ins', async () => {
    const other = await createPanel(t.dataSource);
    const ctx = ctxOf(p);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2
          ? audit.recordChange(t.appDataSource.manager, ctx, { panelId: p.panelId, entityType: 'Ocg', entityId: `c-${i}`, action: 'CREATE' })
          : audit.consultedMany(ctx, [
              { panelId: other.panelId, entityType: 'Nominal', entityId: `m-${i}` },
              { panelId: p.panelId, entityType: 'Nominal', entityId: `m-${i}` },
              { panelId: other.panelId, entityType: 'Ocg', entityId: `m-${i}` },
            ]),
      ),
    );
    const seqs = async (panelId: string, table: string) => (await chainRows(panelId, table)).map((r) => Number(r.seq));
    const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(await seqs(p.panelId, 'audit_event')).toEqual(upTo(10));
    expect(await seqs(p.panelId, 'consultation')).toEqual(upTo(10));
    expect(await seqs(other.panelId, 'consultation')).toEqual(upTo(10));
    expect(await verifyAuditChains(t.dataSource, { panelId: p.panelId })).toMatchObject({ ok: true, rows: 20, chains: 2 });
    expect(await verifyAuditChains(t.dataSource, { panelId: other.panelId, log: 'consultation' })).toMatchObject({ ok: true, rows: 10 });

    // Twenty sign-ins at once, each a request writing its row into the chain of the rows of no panel. The app
    // listens first: otherwise each request would start and stop a server of its own on the one app.
    await t.listen();
    const users = Object.values(p.users);
    const before = await verifyAuditChains(t.dataSource, { panelId: null });
    await Promise.all(Array.from({ length: 20 }, (_, i) => t.signIn(users[i % users.length].email, TEST_PASSWORD)));
    const after = await verifyAuditChains(t.dataSource, { panelId: null });
    expect(after.ok).toBe(true);
    expect(after.rows).toBeGreaterThanOrEqual(before.rows + 20);
  });

  it('lets the app role only append: no change, removal or emptying of the trail, no access to the chains’ heads', async () => {
    const app = t.appDataSource;
    const [{ id }] = await t.dataSource.query(`SELECT max(id)::text AS id FROM audit_event`);
    await expect(app.query(`UPDATE audit_event SET changes = '{}' WHERE id = $1`, [id])).rejects.toThrow(/permission denied/);
    await expect(app.query(`DELETE FROM audit_event WHERE id = $1`, [id])).rejects.toThrow(/permission denied/);
    await expect(app.query(`TRUNCATE audit_event`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`SELECT * FROM audit_chain_head`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`UPDATE audit_chain_head SET seq = 0`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`DELETE FROM audit_chain_head`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`INSERT INTO audit_chain_head VALUES ($1, 1, sha256('x'))`, [randomUUID()])).rejects.toThrow(/permission denied/);
    await expect(app.query(`SELECT * FROM consultation_chain_head`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`UPDATE consultation_chain_head SET seq = 0`)).rejects.toThrow(/permission denied/);
    await expect(verifyAuditChains(app)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // A place and hash sent with a row are replaced by the chain's own.
    const panel = await createPanel(t.dataSource);
    await app.query(
      `INSERT INTO audit_event (id, panel_id, entity_type, entity_id, action, seq, hash) VALUES (1, $1, 'Test', 'planted', 'CREATE', 41, sha256('x'))`,
      [panel.panelId],
    );
    const [row] = await t.dataSource.query(`SELECT id::text AS id, seq::int AS seq FROM audit_event WHERE panel_id = $1`, [panel.panelId]);
    expect(row.seq).toBe(1);
    expect(row.id).not.toBe('1');
    expect(await verifyAuditChains(t.dataSource, { panelId: panel.panelId })).toMatchObject({ ok: true, rows: 1 });
  });

  it('chains the consultation log per panel too, and names a consultation changed, removed or forged', async () => {
    const panel = await createPanel(t.dataSource);
    const ctx = ctxOf(panel);
    for (let i = 1; i <= 4; i++) {
      await audit.consultedMany(ctx, [{ panelId: panel.panelId, entityType: 'Nominal', entityId: `n-${i}` }], 'NominalPage');
    }
    const rows = await chainRows(panel.panelId, 'consultation');
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4]);
    const report = await verifyAuditChains(t.dataSource, { panelId: panel.panelId, log: 'consultation' });
    expect(report).toMatchObject({ ok: true, rows: 4, chains: 1 });
    expect(report.heads).toEqual([{ log: 'consultation', panelId: panel.panelId, seq: 4, hash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);

    // Someone takes a record out of a consultation, or the consultation out of the log.
    const hidden = await afterTampering(
      panel.panelId,
      (q) => q.query(`UPDATE consultation SET subjects = ARRAY['Nominal:someone-else'] WHERE id = $1`, [rows[1].id]),
      'consultation',
    );
    expect(hidden.firstBreak).toMatchObject({ log: 'consultation', kind: 'changed', seq: 2, id: rows[1].id });
    expect(hidden.firstBreak?.message).toMatch(/^consultation log, chain of panel/);
    const removed = await afterTampering(panel.panelId, (q) => q.query(`DELETE FROM consultation WHERE id = $1`, [rows[2].id]), 'consultation');
    expect(removed.firstBreak).toMatchObject({ log: 'consultation', kind: 'deleted', seq: 3, id: rows[3].id });
    const forged = await afterTampering(
      panel.panelId,
      (q) =>
        q.query(
          `INSERT INTO consultation (id, panel_id, action, channel, subjects, seq, hash) VALUES (nextval('consultation_id_seq'), $1, 'CONSULT', 'GRAPHQL', ARRAY['Nominal:x'], 5, sha256('x'))`,
          [panel.panelId],
        ),
      'consultation',
    );
    expect(forged.firstBreak).toMatchObject({ log: 'consultation', kind: 'inserted', seq: 5 });
    // Both logs at once (as `npm run audit:verify` walks them): the break is found whichever log it is in.
    const last = await afterTampering(panel.panelId, (q) => q.query(`DELETE FROM consultation WHERE id = $1`, [rows[3].id]));
    expect(last).toMatchObject({ ok: false, firstBreak: { log: 'consultation', kind: 'deleted', seq: 4, id: null } });
  });
});
