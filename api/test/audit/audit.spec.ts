import { DataSource } from 'typeorm';
import { AuditService } from '../../src/core/audit/audit.service.js';
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

  it('records a consultation and a disclosure of personal data with who, when, which record and to whom', async () => {
    const p = await createPanel(t.dataSource);
    const audit = t.app.get(AuditService);
    const ctx = contextOf(t.dataSource, p, 'POLICE_MEMBER');
    const { userId, agencyId } = p.users.POLICE_MEMBER;
    await audit.consulted(ctx, { panelId: p.panelId, entityType: 'Nominal', entityIds: ['n-1', 'n-2'] });
    await audit.disclosed(ctx, { panelId: p.panelId, entityType: 'Nominal', entityIds: ['n-1'], toAgencyId: p.agencies.HMRC, reason: 'agenda pack' });
    const rows = await t.dataSource.query(
      `SELECT action, entity_id, actor_user_id, disclosed_to_agency_id, reason, at IS NOT NULL AS timed
         FROM audit_event WHERE panel_id = $1 AND entity_type = 'Nominal' ORDER BY id`,
      [p.panelId],
    );
    expect(rows).toEqual([
      { action: 'CONSULT', entity_id: 'n-1', actor_user_id: userId, disclosed_to_agency_id: agencyId, reason: null, timed: true },
      { action: 'CONSULT', entity_id: 'n-2', actor_user_id: userId, disclosed_to_agency_id: agencyId, reason: null, timed: true },
      {
        action: 'DISCLOSE',
        entity_id: 'n-1',
        actor_user_id: userId,
        disclosed_to_agency_id: p.agencies.HMRC,
        reason: 'agenda pack',
        timed: true,
      },
    ]);
  });
});
