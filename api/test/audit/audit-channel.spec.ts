import request from 'supertest';
import { MIGRATIONS } from '@sentinel/migrations';
import type { DataChannel } from '../../src/core/access/request-context.js';
import { AuditService } from '../../src/core/audit/audit.service.js';
import { createMeetings, type MeetingFixture } from '../minutes/minutes-fixtures.js';
import { contextOf, createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Row = { action: string; entity_type: string; entity_id: string; channel: string | null; disclosed_to_agency_id: string | null };

describe('the channel named in every consultation and disclosure', () => {
  let t: TestApp;
  let p: PanelFixture;
  let f: MeetingFixture;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    f = await createMeetings(t.dataSource, p);
  }, 60_000);
  afterAll(() => t.close());

  const last = async (): Promise<string> => (await t.dataSource.query(`SELECT COALESCE(max(id), 0)::bigint AS last FROM audit_event`))[0].last;
  const since = (from: string, actor: string): Promise<Row[]> =>
    t.dataSource.query(
      `SELECT action, entity_type, entity_id, channel, disclosed_to_agency_id FROM audit_event
        WHERE id > $1 AND actor_user_id = $2 AND action IN ('CONSULT','DISCLOSE') ORDER BY entity_type, entity_id`,
      [from, actor],
    );
  const get = (path: string, session: string) => request(t.app.getHttpServer()).get(path).set('Cookie', session);

  it('takes only the five channels, and is required on a consultation or disclosure but not on a change', async () => {
    const insert = (action: string, channel: string | null) =>
      t.dataSource.query(`INSERT INTO audit_event (entity_type, entity_id, action, channel) VALUES ('Test', 'channel-check', $1, $2)`, [
        action,
        channel,
      ]);
    await expect(insert('CONSULT', 'FAX')).rejects.toThrow(/CHK_audit_event_channel/);
    await expect(insert('CONSULT', null)).rejects.toThrow(/CHK_audit_event_channel_named/);
    await expect(insert('DISCLOSE', null)).rejects.toThrow(/CHK_audit_event_channel_named/);
    await insert('UPDATE', null);
    await insert('DISCLOSE', 'MAIL');
    const rows = await t.dataSource.query(`SELECT action, channel FROM audit_event WHERE entity_id = 'channel-check' ORDER BY id`);
    expect(rows).toEqual([
      { action: 'UPDATE', channel: null },
      { action: 'DISCLOSE', channel: 'MAIL' },
    ]);
  });

  it('comes with a migration that goes down and up again', async () => {
    const Migration = MIGRATIONS.find((m) => m.name === 'AddAuditChannel1765100000000');
    expect(Migration).toBeDefined();
    const migration = new (Migration as new () => { up(q: unknown): Promise<void>; down(q: unknown): Promise<void> })();
    const column = (q: { query(sql: string): Promise<unknown[]> }) =>
      q.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'audit_event' AND column_name = 'channel'`);
    const q = t.dataSource.createQueryRunner();
    await q.startTransaction();
    try {
      await migration.down(q);
      expect(await column(q)).toHaveLength(0);
      await migration.up(q);
      expect(await column(q)).toHaveLength(1);
    } finally {
      // The trail is append-only: its shape is put back exactly as it was.
      await q.rollbackTransaction();
      await q.release();
    }
  });

  it("writes the request's channel into each row, GRAPHQL when the request names none, and none on a change", async () => {
    const audit = t.app.get(AuditService);
    const ctx = (channel?: DataChannel) => contextOf(t.dataSource, p, 'POLICE_MEMBER', channel);
    const from = await last();
    await audit.consulted(ctx(), { panelId: p.panelId, entityType: 'Nominal', entityIds: ['c-graphql'] });
    await audit.consultedMany(ctx('SUBSCRIPTION'), [{ panelId: p.panelId, entityType: 'Nominal', entityId: 'c-subscription' }]);
    await audit.disclosed(ctx('EXPORT'), { panelId: p.panelId, entityType: 'Nominal', entityIds: ['d-export'], toAgencyId: p.agencies.HMRC });
    await audit.disclosed(ctx('MAIL'), { panelId: p.panelId, entityType: 'Nominal', entityIds: ['d-mail'], toAgencyId: p.agencies.HMRC });
    await audit.recordChange(t.dataSource.manager, ctx('DOCUMENT'), {
      panelId: p.panelId,
      entityType: 'Nominal',
      entityId: 'change',
      action: 'UPDATE',
      before: { a: 1 },
      after: { a: 2 },
    });
    const rows = await t.dataSource.query(`SELECT entity_id, action, channel FROM audit_event WHERE id > $1 AND actor_user_id = $2 ORDER BY id`, [
      from,
      p.users.POLICE_MEMBER.userId,
    ]);
    expect(rows).toEqual([
      { entity_id: 'c-graphql', action: 'CONSULT', channel: 'GRAPHQL' },
      { entity_id: 'c-subscription', action: 'CONSULT', channel: 'SUBSCRIPTION' },
      { entity_id: 'd-export', action: 'DISCLOSE', channel: 'EXPORT' },
      { entity_id: 'd-mail', action: 'DISCLOSE', channel: 'MAIL' },
      { entity_id: 'change', action: 'UPDATE', channel: null },
    ]);
  });

  it('logs a nominal read through GraphQL as consulted on the GRAPHQL channel', async () => {
    const police = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
    const from = await last();
    const res = await t.gql<{ nominal: { surname: string } }>(
      `query($id: ID!) { nominal(id: $id) { surname } }`,
      { id: f.nominalId },
      { session: police },
    );
    expect(res.data?.nominal.surname).toBe('Whitlock');
    expect(await since(from, p.users.POLICE_MEMBER.userId)).toEqual([
      {
        action: 'CONSULT',
        entity_type: 'Nominal',
        entity_id: f.nominalId,
        channel: 'GRAPHQL',
        disclosed_to_agency_id: p.users.POLICE_MEMBER.agencyId,
      },
    ]);
  });

  it('logs the agenda pack and the minutes file as disclosed on the DOCUMENT channel', async () => {
    const hmrc = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    const from = await last();
    const pack = await get(`/meetings/${f.meetingId}/pack`, hmrc);
    expect(pack.status).toBe(200);
    expect(pack.text).toContain('Dean WHITLOCK');
    const docx = await get(`/meetings/${f.previousId}/minutes.docx`, hmrc);
    expect(docx.status).toBe(200);
    const rows = await since(from, p.users.PARTNER_MEMBER.userId);
    const [minutes] = await t.dataSource.query(`SELECT id FROM meeting_minutes WHERE meeting_id = $1`, [f.previousId]);
    const to = p.agencies.HMRC;
    expect(rows).toEqual([
      { action: 'DISCLOSE', entity_type: 'Meeting', entity_id: f.meetingId, channel: 'DOCUMENT', disclosed_to_agency_id: to },
      { action: 'DISCLOSE', entity_type: 'MeetingMinutes', entity_id: minutes.id, channel: 'DOCUMENT', disclosed_to_agency_id: to },
      { action: 'DISCLOSE', entity_type: 'Nominal', entity_id: f.nominalId, channel: 'DOCUMENT', disclosed_to_agency_id: to },
    ]);
  });
});
