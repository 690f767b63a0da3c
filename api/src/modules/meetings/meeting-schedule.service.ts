import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { isTeamsUrl, PERMISSIONS, type MeetingMode } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import { systemContext, type RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { Loaders } from '../../core/graphql/loaders.js';
import type { MoveMeetingInput, SetMeetingSeriesInput } from './meeting.inputs.js';
import type { MeetingObject, MeetingSeriesObject } from './meeting.objects.js';
import { MeetingSeriesEntity } from './meeting-series.entity.js';
import { MeetingEntity } from './meeting.entity.js';
import { MeetingsService, toMeetingObject } from './meetings.service.js';
import { meetingTitle, occurrences, type Occurrence, type SeriesShape } from './series-rule.js';

/** How many meetings ahead the series keeps generated. */
export const MEETINGS_AHEAD = 6;
/** A kept meeting this close to an occurrence stands for it (series meetings are at least 28 days apart). */
const COVER_MS = 14 * 86_400_000;
const AUDITED = ['title', 'startsAt', 'endsAt', 'mode', 'teamsUrl', 'location', 'status', 'version'] as const;

/** The schedule: the series, the meetings it generates, and moving or cancelling one meeting on its own. */
@Injectable()
export class MeetingScheduleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
  ) {}

  async series(ctx: RequestContext, panelId: string): Promise<MeetingSeriesObject | null> {
    this.access.requirePanel(ctx, panelId, PERMISSIONS.MEETING_READ);
    const series = await this.dataSource.getRepository(MeetingSeriesEntity).findOneBy({ panelId });
    return series ? toSeriesObject(series) : null;
  }

  /**
   * Saves the series and regenerates the next meetings. A planned meeting still exactly as the old series made
   * it is regenerated in place (keeping its id, replies and draft agenda); anything someone moved, cancelled
   * or took further is kept, and the occurrence it stands for is not generated again.
   */
  async setSeries(ctx: RequestContext, input: SetMeetingSeriesInput): Promise<MeetingSeriesObject> {
    this.access.requirePanel(ctx, input.panelId, PERMISSIONS.MEETING_MANAGE);
    const shape: SeriesShape = {
      rule: input.rule
        .trim()
        .replace(/^RRULE:/i, '')
        .toUpperCase(),
      startsOn: input.startsOn,
      startTime: input.startTime,
      durationMinutes: input.durationMinutes,
      firstMode: input.firstMode,
      teamsUrl: input.teamsUrl?.trim() || null,
      location: input.location?.trim() || null,
    };
    const now = new Date();
    const fresh = occurrences(shape, now, MEETINGS_AHEAD);
    if (!fresh.length) throw AppError.badInput('rule', 'The rule gives no meetings after today');
    assertPlace(
      shape.teamsUrl,
      shape.location,
      fresh.map((o) => o.mode),
    );

    return this.dataSource.transaction(async (m) => {
      const old = await m
        .getRepository(MeetingSeriesEntity)
        .createQueryBuilder('s')
        .where('s.panel_id = :panelId', { panelId: input.panelId })
        .setLock('pessimistic_write')
        .getOne();
      const series = old ? await this.updateSeries(m, ctx, old, shape, input.version) : await this.createSeries(m, ctx, input.panelId, shape);
      await this.regenerate(m, ctx, series, old, fresh, now);
      return toSeriesObject(series);
    });
  }

  private async createSeries(m: EntityManager, ctx: RequestContext, panelId: string, shape: SeriesShape): Promise<MeetingSeriesEntity> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO meeting_series (panel_id, rule, starts_on, start_time, duration_minutes, first_mode, teams_url, location)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT ON CONSTRAINT "UQ_meeting_series_panel" DO NOTHING RETURNING id`,
      [panelId, shape.rule, shape.startsOn, shape.startTime, shape.durationMinutes, shape.firstMode, shape.teamsUrl, shape.location],
    );
    // Someone else created the series a moment ago: their schedule stands until this one is made against it.
    if (!rows.length) throw AppError.conflict('The meeting series', [], 'MeetingSeries');
    const series = await m.getRepository(MeetingSeriesEntity).findOneByOrFail({ id: rows[0].id });
    await this.audit.recordChange(m, ctx, {
      panelId,
      entityType: 'MeetingSeries',
      entityId: series.id,
      action: 'CREATE',
      after: { ...shape, version: 1 },
    });
    return series;
  }

  private async updateSeries(
    m: EntityManager,
    ctx: RequestContext,
    old: MeetingSeriesEntity,
    shape: SeriesShape,
    version?: number | null,
  ): Promise<MeetingSeriesEntity> {
    if (!version) throw AppError.badInput('version', 'Send the version of the series you saw when changing it');
    if (old.version !== version)
      throw AppError.conflict('The meeting series', await this.audit.changedSince(m, 'MeetingSeries', old.id, version), 'MeetingSeries');
    await m.query(
      `UPDATE meeting_series SET rule = $2, starts_on = $3, start_time = $4, duration_minutes = $5, first_mode = $6, teams_url = $7, location = $8,
              version = version + 1, updated_at = now() WHERE id = $1`,
      [old.id, shape.rule, shape.startsOn, shape.startTime, shape.durationMinutes, shape.firstMode, shape.teamsUrl, shape.location],
    );
    const after = await m.getRepository(MeetingSeriesEntity).findOneByOrFail({ id: old.id });
    await this.audit.recordChange(m, ctx, {
      panelId: old.panelId,
      entityType: 'MeetingSeries',
      entityId: old.id,
      action: 'UPDATE',
      before: seriesAudit(old),
      after: seriesAudit(after),
    });
    return after;
  }

  /**
   * Keeps every series MEETINGS_AHEAD meetings ahead as meetings pass (run daily by a scheduled job). Meetings
   * someone moved, cancelled or took further stay as they are, as when the series is saved. Answers how many
   * meetings were added.
   */
  async topUp(now: Date): Promise<number> {
    const all: { id: string }[] = await this.dataSource.query(`SELECT id FROM meeting_series ORDER BY id`);
    let added = 0;
    for (const { id } of all) added += await this.topUpSeries(id, now);
    return added;
  }

  async topUpSeries(seriesId: string, now: Date): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const series = await m
        .getRepository(MeetingSeriesEntity)
        .createQueryBuilder('s')
        .where('s.id = :seriesId', { seriesId })
        .setLock('pessimistic_write')
        .getOne();
      if (!series) return 0;
      const ctx = systemContext(new Loaders(this.dataSource, [series.panelId]));
      return this.regenerate(m, ctx, series, series, occurrences(shapeOf(series), now, MEETINGS_AHEAD), now);
    });
  }

  /** Makes the meetings of the series match `fresh`; answers how many it added. */
  private async regenerate(
    m: EntityManager,
    ctx: RequestContext,
    series: MeetingSeriesEntity,
    old: MeetingSeriesEntity | null,
    fresh: Occurrence[],
    now: Date,
  ): Promise<number> {
    const future = await m
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where('m.panel_id = :panelId AND m.starts_at > :now', { panelId: series.panelId, now })
      .andWhere('NOT EXISTS (SELECT 1 FROM task t WHERE t.meeting_id = m.id)')
      .orderBy('m.starts_at')
      .setLock('pessimistic_write')
      .getMany();
    const oldKeys = new Set(old ? occurrences(shapeOf(old), now, MEETINGS_AHEAD * 2).map(occurrenceKey) : []);
    const untouched = future.filter((mt) => old && mt.seriesId === old.id && mt.status === 'PLANNED' && oldKeys.has(occurrenceKey(mt)));
    const kept = await m
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where('m.panel_id = :panelId AND m.starts_at > :since', { panelId: series.panelId, since: new Date(now.getTime() - COVER_MS) })
      .getMany()
      .then((rows) => rows.filter((r) => !untouched.some((u) => u.id === r.id)));
    const wanted = fresh.filter((o) => !kept.some((k) => Math.abs(k.startsAt.getTime() - o.startsAt.getTime()) < COVER_MS));

    let added = 0;
    for (const [i, occurrence] of wanted.entries()) {
      const reuse = untouched[i];
      if (!reuse) {
        added += 1;
        const created = await m
          .getRepository(MeetingEntity)
          .save(m.create(MeetingEntity, { ...placeOf(occurrence), panelId: series.panelId, seriesId: series.id, status: 'PLANNED' }));
        await this.audit.recordChange(m, ctx, {
          panelId: series.panelId,
          entityType: 'Meeting',
          entityId: created.id,
          action: 'CREATE',
          after: meetingAudit(created),
        });
        this.meetings.announce(m, created);
      } else if (occurrenceKey(reuse) !== occurrenceKey(occurrence) || reuse.title !== occurrence.title) {
        await m
          .createQueryBuilder()
          .update(MeetingEntity)
          .set({ ...placeOf(occurrence), version: () => 'version + 1', updatedAt: () => 'now()' })
          .where('id = :id', { id: reuse.id })
          .execute();
        const after = await m.getRepository(MeetingEntity).findOneByOrFail({ id: reuse.id });
        await this.audit.recordChange(m, ctx, {
          panelId: series.panelId,
          entityType: 'Meeting',
          entityId: reuse.id,
          action: 'UPDATE',
          before: meetingAudit(reuse),
          after: meetingAudit(after),
        });
        this.meetings.announce(m, after);
      }
    }
    for (const gone of untouched.slice(wanted.length)) {
      await m.delete(MeetingEntity, { id: gone.id });
      await this.audit.recordChange(m, ctx, {
        panelId: series.panelId,
        entityType: 'Meeting',
        entityId: gone.id,
        action: 'DELETE',
        before: meetingAudit(gone),
      });
    }
    return added;
  }

  /** Moves one meeting (time, mode, link or place) on its own; the series treats it as moved from then on. */
  async move(ctx: RequestContext, input: MoveMeetingInput): Promise<MeetingObject> {
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    if (Number.isNaN(startsAt.getTime())) throw AppError.badInput('startsAt', 'Enter a valid start');
    if (Number.isNaN(endsAt.getTime())) throw AppError.badInput('endsAt', 'Enter a valid end');
    if (endsAt <= startsAt) throw AppError.badInput('endsAt', 'The meeting must end after it starts');
    if (endsAt.getTime() - startsAt.getTime() > 8 * 3_600_000) throw AppError.badInput('endsAt', 'A meeting lasts at most 8 hours');
    if (startsAt <= new Date()) throw AppError.badInput('startsAt', 'Choose a time in the future');
    const teamsUrl = input.mode === 'TEAMS' ? input.teamsUrl?.trim() || null : null;
    const location = input.mode === 'IN_PERSON' ? input.location?.trim() || null : null;
    assertPlace(teamsUrl, location, [input.mode]);

    const meeting = await this.dataSource.transaction(async (m) => {
      const current = await this.meetings.findVisible(m, ctx, input.id, true);
      this.access.requireInPanel(ctx, current.panelId, PERMISSIONS.MEETING_MANAGE);
      await this.meetings.assertVersion(m, current, input.version);
      if (current.status !== 'PLANNED' && current.status !== 'AGENDA_PUBLISHED') {
        throw AppError.badInput('startsAt', 'Only a meeting that has not started and is not cancelled can be moved');
      }
      // A title the series wrote follows the new date; one someone chose is theirs.
      const title = current.title === meetingTitle(current.startsAt) ? meetingTitle(startsAt) : current.title;
      await m
        .createQueryBuilder()
        .update(MeetingEntity)
        .set({ startsAt, endsAt, mode: input.mode, teamsUrl, location, title, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id', { id: current.id })
        .execute();
      const after = await m.getRepository(MeetingEntity).findOneByOrFail({ id: current.id });
      await this.audit.recordChange(m, ctx, {
        panelId: current.panelId,
        entityType: 'Meeting',
        entityId: current.id,
        action: 'UPDATE',
        before: meetingAudit(current),
        after: meetingAudit(after),
      });
      this.meetings.announce(m, after);
      return after;
    });
    return toMeetingObject(meeting);
  }

  async cancel(ctx: RequestContext, id: string, version: number): Promise<MeetingObject> {
    const meeting = await this.dataSource.transaction(async (m) => {
      const current = await this.meetings.findVisible(m, ctx, id, true);
      this.access.requireInPanel(ctx, current.panelId, PERMISSIONS.MEETING_MANAGE);
      await this.meetings.assertVersion(m, current, version);
      return this.meetings.transition(m, ctx, current, 'CANCELLED');
    });
    return toMeetingObject(meeting);
  }
}

/** A Teams meeting needs a Teams link; an in-person one needs a place. */
function assertPlace(teamsUrl: string | null, location: string | null, modes: MeetingMode[]): void {
  if (teamsUrl && !isTeamsUrl(teamsUrl))
    throw AppError.badInput('teamsUrl', 'Enter a Microsoft Teams meeting link (https://teams.microsoft.com/...)');
  if (modes.includes('TEAMS') && !teamsUrl) throw AppError.badInput('teamsUrl', 'Enter the Microsoft Teams link for the Teams meetings');
  if (modes.includes('IN_PERSON') && !location) throw AppError.badInput('location', 'Enter where the in-person meetings are held');
}

function occurrenceKey(o: { startsAt: Date; endsAt: Date; mode: MeetingMode; teamsUrl: string | null; location: string | null }): string {
  return [o.startsAt.toISOString(), o.endsAt.toISOString(), o.mode, o.teamsUrl ?? '', o.location ?? ''].join('|');
}

function placeOf(o: Occurrence) {
  return { title: o.title, startsAt: o.startsAt, endsAt: o.endsAt, mode: o.mode, teamsUrl: o.teamsUrl, location: o.location };
}

function shapeOf(s: MeetingSeriesEntity): SeriesShape {
  return {
    rule: s.rule,
    startsOn: s.startsOn,
    startTime: s.startTime,
    durationMinutes: s.durationMinutes,
    firstMode: s.firstMode,
    teamsUrl: s.teamsUrl,
    location: s.location,
  };
}

function seriesAudit(s: MeetingSeriesEntity): Record<string, unknown> {
  return { ...shapeOf(s), version: s.version };
}

function meetingAudit(mt: MeetingEntity): Record<string, unknown> {
  return Object.fromEntries(AUDITED.map((k) => [k, mt[k]]));
}

function toSeriesObject(s: MeetingSeriesEntity): MeetingSeriesObject {
  return { id: s.id, panelId: s.panelId, ...shapeOf(s), updatedAt: s.updatedAt, version: s.version };
}
