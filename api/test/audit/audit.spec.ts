import { DataSource } from 'typeorm';
import { AuditService } from '../../src/core/audit/audit.service.js';
import { ConsultationLogJobs } from '../../src/core/audit/consultation-log.jobs.js';
import { contextOf, createPanel } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the audit trail', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('cannot be updated, deleted or truncated through the connection the app runs on', async () => {
    const ds: DataSource = t.dataSource;
    await ds.query(`INSERT INTO audit_event (entity_type, entity_id, action) VALUES ('Test', 'append-only', 'CREATE')`);
    await expect(ds.query(`UPDATE audit_event SET action = 'DELETE' WHERE entity_id = 'append-only'`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM audit_event WHERE entity_id = 'append-only'`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    const rows = await ds.query(`SELECT action FROM audit_event WHERE entity_id = 'append-only'`);
    expect(rows).toEqual([{ action: 'CREATE' }]);
  });

  it('records a consultation and a disclosure of personal data with who, when, which records, to whom and why: one row each', async () => {
    const p = await createPanel(t.dataSource);
    const audit = t.app.get(AuditService);
    const ctx = contextOf(t.dataSource, p, 'POLICE_MEMBER');
    const { userId, agencyId } = p.users.POLICE_MEMBER;
    await audit.consultedMany(
      ctx,
      ['n-1', 'n-2'].map((entityId) => ({ panelId: p.panelId, entityType: 'Nominal', entityId })),
      'NominalList',
    );
    await audit.disclosed(ctx, {
      panelId: p.panelId,
      subjects: { Nominal: ['n-1'], Meeting: ['m-1'] },
      toAgencyId: p.agencies.HMRC,
      purpose: 'agenda pack',
    });
    const rows = await t.dataSource.query(
      `SELECT action, subjects, actor_user_id, disclosed_to_agency_id, purpose, channel, at IS NOT NULL AS timed
         FROM consultation WHERE panel_id = $1 ORDER BY id`,
      [p.panelId],
    );
    expect(rows).toEqual([
      {
        action: 'CONSULT',
        subjects: ['Nominal:n-1', 'Nominal:n-2'],
        actor_user_id: userId,
        disclosed_to_agency_id: agencyId,
        purpose: 'NominalList',
        channel: 'GRAPHQL',
        timed: true,
      },
      {
        action: 'DISCLOSE',
        subjects: ['Nominal:n-1', 'Meeting:m-1'],
        actor_user_id: userId,
        disclosed_to_agency_id: p.agencies.HMRC,
        purpose: 'agenda pack',
        channel: 'GRAPHQL',
        timed: true,
      },
    ]);
    // Every consultation and disclosure of one record is one query on the log's index, one row per record in the view.
    const ofN1 = await t.dataSource.query(`SELECT action FROM consultation WHERE subjects @> ARRAY['Nominal:n-1'] AND panel_id = $1 ORDER BY id`, [
      p.panelId,
    ]);
    expect(ofN1).toEqual([{ action: 'CONSULT' }, { action: 'DISCLOSE' }]);
    const perRecord = await t.dataSource.query(
      `SELECT action, entity_type, entity_id FROM consultation_subject WHERE panel_id = $1 ORDER BY id, entity_type, entity_id`,
      [p.panelId],
    );
    expect(perRecord).toEqual([
      { action: 'CONSULT', entity_type: 'Nominal', entity_id: 'n-1' },
      { action: 'CONSULT', entity_type: 'Nominal', entity_id: 'n-2' },
      { action: 'DISCLOSE', entity_type: 'Meeting', entity_id: 'm-1' },
      { action: 'DISCLOSE', entity_type: 'Nominal', entity_id: 'n-1' },
    ]);
  });

  it("keeps the consultation log append-only, even for its owner, and its partitions out of the app role's reach", async () => {
    const p = await createPanel(t.dataSource);
    await t.app.get(AuditService).disclosed(contextOf(t.dataSource, p, 'CHAIR'), { panelId: p.panelId, subjects: { Nominal: ['x'] } });
    const ds: DataSource = t.dataSource;
    await expect(ds.query(`UPDATE consultation SET purpose = 'x' WHERE panel_id = $1`, [p.panelId])).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM consultation WHERE panel_id = $1`, [p.panelId])).rejects.toThrow(/append-only/);
    await expect(ds.query(`TRUNCATE consultation`)).rejects.toThrow(/append-only/);
    const [{ part }] = await ds.query(`SELECT tableoid::regclass::text AS part FROM consultation WHERE panel_id = $1`, [p.panelId]);
    const [{ month }] = await ds.query(`SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY_MM') AS month`);
    expect(part).toBe(`consultation_${month}`);
    const app = t.appDataSource;
    for (const sql of [
      `UPDATE consultation SET purpose = 'x'`,
      `DELETE FROM consultation`,
      `SELECT * FROM ${part}`,
      `INSERT INTO ${part} SELECT * FROM ${part}`,
    ]) {
      await expect(app.query(sql)).rejects.toThrow(/permission denied/);
    }
  });

  it('makes the months ahead of the log, each once, whenever asked', async () => {
    const ds: DataSource = t.dataSource;
    const parts = async () =>
      (await ds.query(`SELECT inhrelid::regclass::text AS part FROM pg_inherits WHERE inhparent = 'consultation'::regclass ORDER BY 1`)).map(
        (r: { part: string }) => r.part,
      );
    await t.appDataSource.query(`SELECT consultation_partitions_ahead(5)`);
    const once = await parts();
    await t.app.get(ConsultationLogJobs).partitionsAhead();
    expect(await parts()).toEqual(once);
    const [{ ahead }] = await ds.query(`SELECT to_char((now() AT TIME ZONE 'UTC') + interval '5 months', 'YYYY_MM') AS ahead`);
    expect(once).toEqual(expect.arrayContaining(['consultation_default', `consultation_${ahead}`]));
    await expect(t.appDataSource.query(`SELECT consultation_partitions_ahead(25)`)).rejects.toThrow(/0 to 24/);
  });
});
