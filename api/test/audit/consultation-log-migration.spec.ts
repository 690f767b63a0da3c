import { MIGRATIONS } from '@sentinel/migrations';
import type { QueryRunner } from 'typeorm';
import { verifyAuditChains } from '../../src/core/audit/audit-chain.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PANEL = '11111111-1111-4111-8111-111111111111';
const USER = '22222222-2222-4222-8222-222222222222';

describe('the migration that moves consultations out of the audit trail', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** Runs the migrations from `first` to `last` (by name), inside the runner's transaction. */
  const migrate = async (q: QueryRunner, first: string, last: string): Promise<void> => {
    const names = MIGRATIONS.map((m) => new m().name);
    const [from, to] = [names.indexOf(first), names.indexOf(last)];
    expect(from).toBeGreaterThanOrEqual(0);
    expect(to).toBeGreaterThanOrEqual(from);
    for (const Migration of MIGRATIONS.slice(from, to + 1)) await new Migration().up(q);
  };

  it('turns the rows of each statement into one row of the log, keeps the changes, and leaves both logs verified', async () => {
    const q = t.dataSource.createQueryRunner();
    await q.startTransaction();
    try {
      await q.query(`CREATE SCHEMA consultation_move`);
      await q.query(`SET LOCAL search_path = consultation_move, public`);
      await migrate(q, 'CreateFoundation1764300000000', 'ChainAuditTrail1765400000000');
      // As the audit trail held them: a change, a page of three nominals shown at once, a pack sent months ago.
      await q.query(
        `INSERT INTO audit_event (panel_id, actor_user_id, entity_type, entity_id, action, changes)
                     VALUES ($1, $2, 'Ocg', 'o-1', 'UPDATE', '{"name": ["A", "B"]}')`,
        [PANEL, USER],
      );
      await q.query(
        `INSERT INTO audit_event (at, panel_id, actor_user_id, entity_type, entity_id, action, channel, disclosed_to_agency_id, reason)
         SELECT now() - interval '100 days', $1, $2, 'Nominal', n, 'DISCLOSE', 'DOCUMENT', $1, 'Agenda pack' FROM unnest(ARRAY['n-1','n-2']) n`,
        [PANEL, USER],
      );
      await q.query(
        `INSERT INTO audit_event (panel_id, actor_user_id, entity_type, entity_id, action, channel)
         SELECT $1, $2, 'Nominal', n, 'CONSULT', 'GRAPHQL' FROM unnest(ARRAY['n-1','n-2','n-3']) n`,
        [PANEL, USER],
      );
      await migrate(q, 'CreateConsultationLog1765500000000', 'CreateConsultationLog1765500000000');

      const log = await q.query(
        `SELECT action, channel, purpose, subjects, seq::int AS seq, tableoid::regclass::text <> 'consultation_default' AS in_month
           FROM consultation ORDER BY seq`,
      );
      expect(log).toEqual([
        { action: 'DISCLOSE', channel: 'DOCUMENT', purpose: 'Agenda pack', subjects: ['Nominal:n-1', 'Nominal:n-2'], seq: 1, in_month: true },
        { action: 'CONSULT', channel: 'GRAPHQL', purpose: null, subjects: ['Nominal:n-1', 'Nominal:n-2', 'Nominal:n-3'], seq: 2, in_month: true },
      ]);
      expect(await q.query(`SELECT action, seq::int AS seq FROM audit_event`)).toEqual([{ action: 'UPDATE', seq: 1 }]);
      expect(await verifyAuditChains(q)).toMatchObject({ ok: true, rows: 3, chains: 2 });
      // What was written after the move joins the moved chain.
      await q.query(`INSERT INTO consultation (panel_id, action, channel, subjects) VALUES ($1, 'CONSULT', 'GRAPHQL', ARRAY['Nominal:n-4'])`, [
        PANEL,
      ]);
      expect(await verifyAuditChains(q, { log: 'consultation' })).toMatchObject({ ok: true, rows: 3, heads: [{ seq: 3 }] });
      await expect(q.query(`INSERT INTO audit_event (entity_type, entity_id, action) VALUES ('Nominal', 'n-1', 'CONSULT')`)).rejects.toThrow(
        /CHK_audit_event_action/,
      );
    } finally {
      await q.rollbackTransaction();
      await q.release();
    }
  });
});
