import { MEETING_FLOW } from '@sentinel/shared';
import type { RequestContext } from '../../src/core/access/request-context.js';
import { EventsService } from '../../src/core/events/events.service.js';
import { MeetingsService, MEETING_CHANGED } from '../../src/modules/meetings/meetings.service.js';
import { contextOf, createPanel, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The service the agenda, live meeting and minutes build on: its flow, its audit and its live event. */
describe('MeetingsService.transition', () => {
  let t: TestApp;
  let p: PanelFixture;
  let service: MeetingsService;
  let events: EventsService;
  const ctxFor = (role: 'CHAIR' | 'COORDINATOR' | 'PARTNER_MEMBER') => contextOf(t.dataSource, p, role);
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    service = t.app.get(MeetingsService);
    events = t.app.get(EventsService);
  });
  afterAll(() => t.close());

  const newMeeting = async (startsAt = '2027-03-09T10:00:00Z'): Promise<string> => {
    const [m] = await t.dataSource.query(
      `INSERT INTO meeting (panel_id, title, starts_at, ends_at, mode, location) VALUES ($1, 'Panel meeting', $2, $2::timestamptz + interval '2 hours', 'IN_PERSON', 'HQ') RETURNING id`,
      [p.panelId, startsAt],
    );
    return m.id;
  };
  const step = (ctx: RequestContext, id: string, to: (typeof MEETING_FLOW)[number] | 'CANCELLED') =>
    t.dataSource.transaction(async (m) => service.transition(m, ctx, await service.findVisible(m, ctx, id, true), to));

  it('walks the whole flow, stamping, versioning and auditing each step, and announcing each after commit', async () => {
    const id = await newMeeting();
    const heard: { meetingChanged: { status: string; version: number } }[] = [];
    const stream = events.subscribe<{ meetingChanged: { status: string; version: number } }>(MEETING_CHANGED, p.panelId);
    const listening = (async () => {
      for await (const e of stream) {
        heard.push(e);
        if (heard.length === 4) break;
      }
    })();
    const chair = ctxFor('CHAIR');
    for (const to of MEETING_FLOW.slice(1)) await step(chair, id, to);
    await listening;
    expect(heard.map((e) => [e.meetingChanged.status, e.meetingChanged.version])).toEqual([
      ['AGENDA_PUBLISHED', 2],
      ['IN_PROGRESS', 3],
      ['MINUTES_DRAFT', 4],
      ['MINUTES_APPROVED', 5],
    ]);
    const [row] = await t.dataSource.query(`SELECT agenda_published_at, opened_at, closed_at FROM meeting WHERE id = $1`, [id]);
    expect(Object.values(row).every((v) => v instanceof Date)).toBe(true);
    const [audit] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'Meeting' AND entity_id = $1`, [id]);
    expect(audit.n).toBe(4);
  });

  it('refuses steps out of order, approval by anyone but the chair, and cancelling once started', async () => {
    const id = await newMeeting();
    await expect(step(ctxFor('CHAIR'), id, 'IN_PROGRESS')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(step(ctxFor('PARTNER_MEMBER'), id, 'AGENDA_PUBLISHED')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await step(ctxFor('COORDINATOR'), id, 'AGENDA_PUBLISHED');
    await step(ctxFor('COORDINATOR'), id, 'IN_PROGRESS');
    await expect(step(ctxFor('CHAIR'), id, 'CANCELLED')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await step(ctxFor('COORDINATOR'), id, 'MINUTES_DRAFT');
    await expect(step(ctxFor('COORDINATOR'), id, 'MINUTES_APPROVED')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const past = await newMeeting('2026-01-13T10:00:00Z');
    await expect(step(ctxFor('CHAIR'), past, 'CANCELLED')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('announces nothing when the transaction rolls back', async () => {
    const id = await newMeeting();
    const heard: unknown[] = [];
    const stream = events.subscribe<unknown>(MEETING_CHANGED, p.panelId);
    void (async () => {
      for await (const e of stream) heard.push(e);
    })();
    const chair = ctxFor('CHAIR');
    await expect(
      t.dataSource.transaction(async (m) => {
        await service.transition(m, chair, await service.findVisible(m, chair, id, true), 'AGENDA_PUBLISHED');
        throw new Error('the pack could not be built');
      }),
    ).rejects.toThrow('the pack could not be built');
    await new Promise((r) => setTimeout(r, 50));
    expect(heard).toEqual([]);
    const [row] = await t.dataSource.query(`SELECT status, version FROM meeting WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'PLANNED', version: 1 });
    await stream.return?.();
  });
});
