import request from 'supertest';
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

  const last = async (): Promise<string> => (await t.dataSource.query(`SELECT COALESCE(max(id), 0)::bigint AS last FROM consultation`))[0].last;
  const since = (from: string, actor: string): Promise<Row[]> =>
    t.dataSource.query(
      `SELECT action, entity_type, entity_id, channel, disclosed_to_agency_id FROM consultation_subject
        WHERE id > $1 AND actor_user_id = $2 ORDER BY entity_type, entity_id`,
      [from, actor],
    );
  const get = (path: string, session: string) => request(t.app.getHttpServer()).get(path).set('Cookie', session);

  it('takes only the five channels, and requires one', async () => {
    const insert = (channel: string | null) =>
      t.dataSource.query(`INSERT INTO consultation (panel_id, action, channel, subjects) VALUES ($1, 'CONSULT', $2, ARRAY['Test:channel-check'])`, [
        p.panelId,
        channel,
      ]);
    await expect(insert('FAX')).rejects.toThrow(/CHK_consultation_channel/);
    await expect(insert(null)).rejects.toThrow(/CHK_consultation_channel_named/);
    await insert('MAIL');
    const rows = await t.dataSource.query(`SELECT action, channel FROM consultation WHERE subjects @> ARRAY['Test:channel-check']`);
    expect(rows).toEqual([{ action: 'CONSULT', channel: 'MAIL' }]);
  });

  it("writes the request's channel into each row, GRAPHQL when the request names none", async () => {
    const audit = t.app.get(AuditService);
    const ctx = (channel?: DataChannel) => contextOf(t.dataSource, p, 'POLICE_MEMBER', channel);
    const from = await last();
    await audit.consultedMany(ctx(), [{ panelId: p.panelId, entityType: 'Nominal', entityId: 'c-graphql' }]);
    await audit.consultedMany(ctx('SUBSCRIPTION'), [{ panelId: p.panelId, entityType: 'Nominal', entityId: 'c-subscription' }]);
    await audit.disclosed(ctx('EXPORT'), { panelId: p.panelId, subjects: { Nominal: ['d-export'] }, toAgencyId: p.agencies.HMRC });
    await audit.disclosed(ctx('MAIL'), { panelId: p.panelId, subjects: { Nominal: ['d-mail'] }, toAgencyId: p.agencies.HMRC });
    const rows = await t.dataSource.query(
      `SELECT entity_id, action, channel FROM consultation_subject WHERE id > $1 AND actor_user_id = $2 ORDER BY id`,
      [from, p.users.POLICE_MEMBER.userId],
    );
    expect(rows).toEqual([
      { entity_id: 'c-graphql', action: 'CONSULT', channel: 'GRAPHQL' },
      { entity_id: 'c-subscription', action: 'CONSULT', channel: 'SUBSCRIPTION' },
      { entity_id: 'd-export', action: 'DISCLOSE', channel: 'EXPORT' },
      { entity_id: 'd-mail', action: 'DISCLOSE', channel: 'MAIL' },
    ]);
  });

  it('logs a nominal read through GraphQL as consulted on the GRAPHQL channel', async () => {
    const police = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
    const from = await last();
    const res = await t.gql<{ nominal: { surname: string } }>(
      `query NominalSurname($id: ID!) { nominal(id: $id) { surname } }`,
      { id: f.nominalId },
      { session: police },
    );
    expect(res.data?.nominal.surname).toBe('Whitlock');
    // One row for the request, whose purpose is the operation that showed the data.
    expect(
      await t.dataSource.query(`SELECT purpose, subjects FROM consultation WHERE id > $1 AND actor_user_id = $2`, [
        from,
        p.users.POLICE_MEMBER.userId,
      ]),
    ).toEqual([{ purpose: 'NominalSurname', subjects: [`Nominal:${f.nominalId}`] }]);
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
