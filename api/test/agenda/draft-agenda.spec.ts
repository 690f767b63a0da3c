import request from 'supertest';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { AGENDA, createMeeting, createTask, type AgendaShape } from './agenda-fixtures.js';

const BUILD = `mutation($id: ID!) { buildAgenda(meetingId: $id) { meetingVersion items { id title } } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishAgenda(meetingId: $id, version: $v) { status } }`;
const LIVE = `query($id: ID!) { liveMeeting(meetingId: $id) { status currentItem { title } } }`;
const CURRENT = `query($id: ID!) { meeting(id: $id) { status currentItem { title } } }`;
const PROJECTOR = `query($panelId: ID!) { projector(panelId: $panelId) { meeting { id } currentItemTitle } }`;
const MISSING = '00000000-0000-4000-8000-000000000000';

/*
 * A meeting's agenda before it is published is the working draft of those who run the meeting (the chair and
 * coordinator, and the system administrator). Every path that returns agenda items answers anyone else exactly
 * as for a meeting that does not exist.
 */
describe('a draft agenda', () => {
  let t: TestApp;
  let p: PanelFixture;
  let s: Record<'chair' | 'coordinator' | 'admin' | 'police' | 'partner' | 'observer', string>;
  let meetingId: string;
  let version: number;
  let firstItem: { id: string; title: string };

  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    const adminEmail = `admin.${p.panelId}@example.test`;
    await t.dataSource.query(
      `INSERT INTO app_user (email, name, password_hash, is_admin) SELECT $1, 'Admin', password_hash, true FROM app_user WHERE id = $2`,
      [adminEmail, p.users.CHAIR.userId],
    );
    s = {
      chair: await t.signIn(p.users.CHAIR.email, TEST_PASSWORD),
      coordinator: await t.signIn(p.users.COORDINATOR.email, TEST_PASSWORD),
      admin: await t.signIn(adminEmail, TEST_PASSWORD),
      police: await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD),
      partner: await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD),
      observer: await t.signIn(p.users.OBSERVER.email, TEST_PASSWORD),
    };
    await createTask(t.dataSource, p, { dueInDays: 10, title: 'Draft-only seeded task' });
    meetingId = await createMeeting(t.dataSource, p, { daysFromNow: 20 });
    const built = await t.gql<{ buildAgenda: { meetingVersion: number; items: { id: string; title: string }[] } }>(
      BUILD,
      { id: meetingId },
      { session: s.chair },
    );
    expect(built.errors).toBeUndefined();
    version = built.data!.buildAgenda.meetingVersion;
    [firstItem] = built.data!.buildAgenda.items;
  }, 60_000);
  afterAll(() => t.close());

  const members = () => [s.police, s.partner, s.observer];

  it('answers agenda(meetingId) to members exactly as for a missing meeting', async () => {
    for (const session of members()) {
      const draft = await t.gql(AGENDA, { id: meetingId }, { session });
      const missing = await t.gql(AGENDA, { id: MISSING }, { session });
      expect(draft.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(draft.errors?.[0]).toEqual(missing.errors?.[0]);
      expect(draft.data).toEqual(missing.data);
      expect(JSON.stringify(draft)).not.toContain('Draft-only seeded task');
    }
  });

  it('gives the chair and the coordinator the draft with its items, and the administrator with no role there nothing', async () => {
    for (const session of [s.chair, s.coordinator]) {
      const res = await t.gql<{ agenda: AgendaShape }>(AGENDA, { id: meetingId }, { session });
      expect(res.errors).toBeUndefined();
      expect(res.data!.agenda.status).toBe('PLANNED');
      expect(res.data!.agenda.items.map((i) => i.id)).toContain(firstItem.id);
    }
    const admin = await t.gql(AGENDA, { id: meetingId }, { session: s.admin });
    expect(admin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(admin.data).toBeNull();
  });

  it('answers the live meeting and the pack to members as for a missing meeting', async () => {
    for (const session of members()) {
      const live = await t.gql(LIVE, { id: meetingId }, { session });
      expect(live.errors?.[0]).toEqual((await t.gql(LIVE, { id: MISSING }, { session })).errors?.[0]);
      expect(live.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const pack = await request(t.app.getHttpServer()).get(`/meetings/${meetingId}/pack`).set('Cookie', session);
      const missingPack = await request(t.app.getHttpServer()).get(`/meetings/${MISSING}/pack`).set('Cookie', session);
      expect([pack.status, pack.text]).toEqual([404, missingPack.text]);
    }
    expect((await t.gql(LIVE, { id: meetingId }, { session: s.chair })).errors).toBeUndefined();
    expect((await request(t.app.getHttpServer()).get(`/meetings/${meetingId}/pack`).set('Cookie', s.chair)).status).toBe(200);
  });

  it("keeps a draft's current item off the meeting and the projector for members", async () => {
    // Not reachable through the app (a meeting opens only once published), but the rule must hold on its own.
    await t.dataSource.query(`UPDATE meeting SET current_item_id = $2 WHERE id = $1`, [meetingId, firstItem.id]);
    try {
      const partner = await t.gql<{ meeting: { currentItem: unknown } }>(CURRENT, { id: meetingId }, { session: s.partner });
      expect(partner.errors).toBeUndefined();
      expect(partner.data!.meeting.currentItem).toBeNull();
      const chair = await t.gql<{ meeting: { currentItem: { title: string } } }>(CURRENT, { id: meetingId }, { session: s.chair });
      expect(chair.data!.meeting.currentItem.title).toBe(firstItem.title);
      const screen = await t.gql<{ projector: { meeting: { id: string }; currentItemTitle: string | null } }>(
        PROJECTOR,
        { panelId: p.panelId },
        { session: s.chair },
      );
      expect(screen.errors).toBeUndefined();
      expect(screen.data!.projector).toEqual({ meeting: { id: meetingId }, currentItemTitle: null });
    } finally {
      await t.dataSource.query(`UPDATE meeting SET current_item_id = NULL WHERE id = $1`, [meetingId]);
    }
  });

  it('opens the agenda to every member once it is published', async () => {
    const published = await t.gql(PUBLISH, { id: meetingId, v: version }, { session: s.chair });
    expect(published.errors).toBeUndefined();
    for (const session of members()) {
      const res = await t.gql<{ agenda: AgendaShape }>(AGENDA, { id: meetingId }, { session });
      expect(res.errors).toBeUndefined();
      expect(res.data!.agenda.items.map((i) => i.id)).toContain(firstItem.id);
    }
  });

  it('keeps the agenda of a meeting cancelled before publication a draft', async () => {
    const cancelled = await createMeeting(t.dataSource, p, { daysFromNow: 40, status: 'CANCELLED' });
    await t.dataSource.query(
      `INSERT INTO agenda_item (meeting_id, panel_id, position, kind, title, minutes_allocated) VALUES ($1, $2, 1, 'OTHER', 'Never published item', 10)`,
      [cancelled, p.panelId],
    );
    const partner = await t.gql(AGENDA, { id: cancelled }, { session: s.partner });
    expect(partner.errors?.[0]).toEqual((await t.gql(AGENDA, { id: MISSING }, { session: s.partner })).errors?.[0]);
    const chair = await t.gql<{ agenda: AgendaShape }>(AGENDA, { id: cancelled }, { session: s.chair });
    expect(chair.data!.agenda.items.map((i) => i.title)).toEqual(['Never published item']);
  });
});
