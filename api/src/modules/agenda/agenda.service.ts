import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { agendaTimings, type AgendaItemKind } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AppError } from '../../core/errors/app-error.js';
import { agendaView, itemAudience, readsAgenda, seesItem, visibleItems, type AgendaView } from '../meetings/meeting-access.js';
import type { MeetingEntity } from '../meetings/meeting.entity.js';
import { AgendaItemEntity } from '../meetings/agenda-item.entity.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import type { AgendaItemObject, AgendaObject } from './agenda.objects.js';

export interface ItemRow {
  id: string;
  meeting_id: string;
  position: number;
  minutes_allocated: number;
  visible: boolean;
  panel_id: string | null;
  kind: AgendaItemKind;
  title: string;
  presenter_user_id: string | null;
  presenter_agency_id: string | null;
  presenter_name: string | null;
  restricted_to: string[];
  notes: string | null;
  decisions: string | null;
  started_at: Date | null;
  ended_at: Date | null;
  version: number;
}

/**
 * One place in the running order, as this viewer sees it: an item they may see, or the slot of one withheld
 * from them (its number, minutes and real time only), so the items after it keep their real times and numbers.
 */
export interface AgendaSlot {
  number: number;
  item: AgendaItemObject | null;
  minutes: number;
  startsAt: Date;
  endsAt: Date;
  overruns: boolean;
}

export interface LoadedAgenda {
  items: AgendaItemObject[];
  /** Every item in order, those withheld from the viewer as bare slots. */
  slots: AgendaSlot[];
  totalMinutes: number;
  slotMinutes: number;
}

/** Reading the agenda: the meeting, then every item in one statement whatever its length. */
@Injectable()
export class AgendaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly meetings: MeetingsService,
  ) {}

  async agenda(ctx: RequestContext, meetingId: string): Promise<AgendaObject> {
    return this.present(this.dataSource.manager, await this.meetings.findAgenda(this.dataSource.manager, ctx, meetingId));
  }

  /** The agenda of a meeting already found, as the viewer sees it (NOT_FOUND while it is a draft they may not read). */
  async agendaOf(m: EntityManager, ctx: RequestContext, meeting: MeetingEntity): Promise<AgendaObject> {
    return this.present(m, agendaView(meeting, itemAudience(this.access, ctx)));
  }

  private async present(m: EntityManager, view: AgendaView): Promise<AgendaObject> {
    const { meeting } = view;
    const loaded = await this.load(m, view);
    return {
      meetingId: meeting.id,
      panelId: meeting.panelId,
      meetingTitle: meeting.title,
      startsAt: meeting.startsAt,
      status: meeting.status,
      meetingVersion: meeting.version,
      items: loaded.items,
      totalMinutes: loaded.totalMinutes,
      slotMinutes: loaded.slotMinutes,
      overrunsBy: Math.max(0, loaded.totalMinutes - loaded.slotMinutes),
    };
  }

  /**
   * The one reader of a meeting's items, for the agenda, the live meeting and the pack. Timings count every
   * item, hidden ones too, because the meeting runs them all: an item a viewer may not see still takes its
   * minutes. Only visible items' details leave the database.
   */
  async load(m: EntityManager, view: AgendaView): Promise<LoadedAgenda> {
    const visible = visibleItems(view.audience, 'ai');
    const [sql, params] = this.dataSource.driver.escapeQueryWithParameters(
      `WITH all_items AS (
         SELECT ai.id, ai.meeting_id, ai.position, ai.minutes_allocated, ${visible.sql} AS visible
           FROM agenda_item ai WHERE ai.meeting_id = :meetingId)
       SELECT a.id, a.meeting_id, a.position, a.minutes_allocated, a.visible, d.panel_id, d.kind, d.title,
              d.presenter_user_id, d.presenter_agency_id, COALESCE(u.name, ag.name) AS presenter_name,
              d.restricted_to, d.notes, d.decisions, d.started_at, d.ended_at, d.version
         FROM all_items a
         LEFT JOIN agenda_item d ON a.visible AND d.id = a.id
         LEFT JOIN app_user u ON u.id = d.presenter_user_id
         LEFT JOIN agency ag ON ag.id = d.presenter_agency_id
        ORDER BY a.position, a.id`,
      { meetingId: view.meeting.id, ...visible.params },
    );
    return timedItems(await m.query(sql, params), view.meeting);
  }

  /** One item as the viewer sees it on the agenda (timed), or NOT_FOUND. */
  async itemOf(m: EntityManager, ctx: RequestContext, meeting: MeetingEntity, itemId: string): Promise<AgendaItemObject> {
    const item = (await this.load(m, agendaView(meeting, itemAudience(this.access, ctx)))).items.find((i) => i.id === itemId);
    if (!item) throw AppError.notFound('Agenda item');
    return item;
  }

  /**
   * An item of a meeting the viewer reads, that they may see, with its meeting; NOT_FOUND otherwise, exactly as
   * for an item that does not exist. Locks both when changing the item.
   */
  async findItem(m: EntityManager, ctx: RequestContext, itemId: string, lock = false): Promise<{ item: AgendaItemEntity; meeting: MeetingEntity }> {
    const item = await m.getRepository(AgendaItemEntity).findOneBy({ id: itemId });
    if (!item) throw AppError.notFound('Agenda item');
    let meeting: MeetingEntity;
    try {
      meeting = await this.meetings.findVisible(m, ctx, item.meetingId, lock);
    } catch {
      throw AppError.notFound('Agenda item');
    }
    const audience = itemAudience(this.access, ctx);
    if (!readsAgenda(audience, meeting) || !seesItem(audience, item)) throw AppError.notFound('Agenda item');
    if (!lock) return { item, meeting };
    const locked = await m
      .getRepository(AgendaItemEntity)
      .createQueryBuilder('ai')
      .where('ai.id = :id', { id: itemId })
      .setLock('pessimistic_write')
      .getOne();
    if (!locked) throw AppError.notFound('Agenda item');
    return { item: locked, meeting };
  }
}

/** Items in agenda order, timed from the meeting's start; rows not visible count for time but are dropped. */
export function timedItems(rows: ItemRow[], meeting: { startsAt: Date; endsAt: Date }): LoadedAgenda {
  const slotMinutes = Math.round((meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60000);
  const timings = agendaTimings(
    rows.map((r) => r.minutes_allocated),
    slotMinutes,
  );
  const at = (offset: number) => new Date(meeting.startsAt.getTime() + offset * 60000);
  const slots = rows.map((r, i) => ({
    number: i + 1,
    item: r.visible ? toItem(r, timings[i], at) : null,
    minutes: r.minutes_allocated,
    startsAt: at(timings[i].start),
    endsAt: at(timings[i].end),
    overruns: timings[i].overruns,
  }));
  const items = slots.flatMap((s) => (s.item ? [s.item] : []));
  return { items, slots, totalMinutes: rows.reduce((s, r) => s + r.minutes_allocated, 0), slotMinutes };
}

function toItem(r: ItemRow, timing: { start: number; end: number; overruns: boolean }, at: (offset: number) => Date): AgendaItemObject {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    panelId: r.panel_id as string,
    position: r.position,
    kind: r.kind,
    title: r.title,
    presenterUserId: r.presenter_user_id,
    presenterAgencyId: r.presenter_agency_id,
    presenterName: r.presenter_name,
    minutesAllocated: r.minutes_allocated,
    predictedStart: at(timing.start),
    predictedEnd: at(timing.end),
    overruns: timing.overruns,
    restrictedToIds: r.restricted_to,
    notes: r.notes,
    decisions: r.decisions,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    version: r.version,
  };
}
