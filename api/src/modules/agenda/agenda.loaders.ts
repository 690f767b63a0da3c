import type DataLoader from 'dataloader';
import { londonToday, type AgendaRecordKind, type MeetingStatus, type SeedReason } from '@sentinel/shared';
import type { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { leanEntities, leanRead } from '../../core/database/prepared-query.js';
import { defineLoader, groupBy } from '../../core/graphql/loaders.js';
import { itemAudience, readsAgenda, seesItem } from '../meetings/meeting-access.js';
import { visibleReferrals } from '../referrals/referral-access.js';
import { meetingTasks } from '../tasks/task-access.js';
import { TaskEntity } from '../tasks/task.entity.js';
import type { AgendaItemObject, AgendaRecordObject } from './agenda.objects.js';
import { timedItems, type ItemRow } from './agenda.service.js';

interface RecordRow {
  agenda_item_id: string;
  record_kind: AgendaRecordKind;
  record_id: string;
  reason: SeedReason | null;
  reference: string | null;
  title: string;
  status: string;
  due_on: string | null;
  agency_id: string | null;
  tier: string | null;
  score: number | null;
}

const KIND_ORDER = `CASE r.record_kind WHEN 'TASK' THEN 0 WHEN 'OCG' THEN 1 WHEN 'REFERRAL' THEN 2 ELSE 3 END`;

/*
 * Loaders here filter by the viewer's own visibility (the meeting channels' task rule, the referrals rule, the
 * agenda item rule), so they are built per request around its context; `ctx.loaders.of` keeps one per name, and
 * a request has one viewer.
 */

/** The records each agenda item covers, in one statement for any number of items, as small summaries. */
export function recordsByItem(access: AccessService, ctx: RequestContext): DataLoader<string, AgendaRecordObject[]> {
  const tasks = meetingTasks(access, ctx, itemAudience(access, ctx), 't');
  const referrals = visibleReferrals(access, ctx, 'rf');
  return ctx.loaders.of(
    defineLoader<string, AgendaRecordObject[]>('agendaRecordsByItem', async (ds, itemIds) => {
      const rows = await leanRead<RecordRow>(
        ds,
        `SELECT r.agenda_item_id, r.record_kind, r.record_id, r.reason,
                COALESCE(t.reference, o.reference, rf.reference) AS reference,
                COALESCE(t.title, o.name, left(rf.summary, 120), et.title) AS title,
                COALESCE(t.status, o.status, rf.status, et.status) AS status,
                to_char(t.due_on, 'YYYY-MM-DD') AS due_on, t.agency_id, o.tier, o.score_total AS score
           FROM agenda_item_record r
           LEFT JOIN task t ON r.record_kind = 'TASK' AND t.id = r.record_id
           LEFT JOIN ocg o ON r.record_kind = 'OCG' AND o.id = r.record_id
           LEFT JOIN referral rf ON r.record_kind = 'REFERRAL' AND rf.id = r.record_id
           LEFT JOIN emerging_threat et ON r.record_kind = 'EMERGING_THREAT' AND et.id = r.record_id
          WHERE r.agenda_item_id = ANY(:itemIds)
            AND (r.record_kind <> 'TASK' OR (t.id IS NOT NULL AND ${tasks.sql}))
            AND (r.record_kind <> 'REFERRAL' OR (rf.id IS NOT NULL AND ${referrals.sql}))
            AND (r.record_kind <> 'OCG' OR o.id IS NOT NULL)
            AND (r.record_kind <> 'EMERGING_THREAT' OR et.id IS NOT NULL)
          ORDER BY r.agenda_item_id, ${KIND_ORDER}, r.position, reference NULLS LAST`,
        { itemIds: [...itemIds], ...tasks.params, ...referrals.params },
      );
      const today = londonToday();
      return groupBy(
        itemIds,
        rows.map((r) => toRecord(r, today)),
        (r) => r.itemId,
      ).map((list) => list.map(({ itemId: _, ...rest }) => rest as AgendaRecordObject));
    }),
  );
}

function toRecord(r: RecordRow, today: string): AgendaRecordObject & { itemId: string } {
  const base = {
    itemId: r.agenda_item_id,
    kind: r.record_kind,
    recordId: r.record_id,
    reference: r.reference,
    title: r.title,
    status: r.status,
    reason: r.reason,
  };
  if (r.record_kind === 'TASK') {
    const open = ['OPEN', 'IN_PROGRESS', 'BLOCKED'].includes(r.status);
    return { ...base, dueOn: r.due_on, isOverdue: open && r.due_on !== null && r.due_on < today, agencyId: r.agency_id } as never;
  }
  if (r.record_kind === 'OCG') return { ...base, tier: r.tier, score: r.score } as never;
  return base as never;
}

/** Tasks raised at each item, through the meeting channels' task rule (a partner sees its agency's). */
export function tasksByItem(access: AccessService, ctx: RequestContext): DataLoader<string, TaskEntity[]> {
  const visible = meetingTasks(access, ctx, itemAudience(access, ctx), 't');
  return ctx.loaders.of(
    defineLoader<string, TaskEntity[]>('agendaTasksByItem', async (ds, itemIds) => {
      const rows = await leanEntities(ds, TaskEntity, {
        as: 't',
        where: `t.agenda_item_id = ANY(:itemIds) AND (${visible.sql})`,
        params: { ...visible.params, itemIds: [...itemIds] },
        rest: 'ORDER BY t.reference',
      });
      return groupBy(itemIds, rows, (t) => t.agendaItemId as string);
    }),
  );
}

/**
 * The item each meeting is on, timed, for `Meeting.currentItem`: one statement for any number of meetings.
 * Draft agendas and restricted items are dropped here with the same rule as everywhere (meeting-access.ts).
 */
export function currentItemByMeeting(access: AccessService, ctx: RequestContext): DataLoader<string, AgendaItemObject | null> {
  const audience = itemAudience(access, ctx);
  return ctx.loaders.of(
    defineLoader<string, AgendaItemObject | null>('agendaCurrentItemByMeeting', async (ds, meetingIds) => {
      type Row = ItemRow & { starts_at: Date; ends_at: Date; current_item_id: string; status: MeetingStatus; agenda_published_at: Date | null };
      const rows = await leanRead<Row>(
        ds,
        `SELECT ai.id, ai.meeting_id, ai.position, ai.minutes_allocated, TRUE AS visible, ai.panel_id, ai.kind, ai.title,
                ai.presenter_user_id, ai.presenter_agency_id, COALESCE(u.name, ag.name) AS presenter_name, ai.restricted_to,
                ai.notes, ai.decisions, ai.started_at, ai.ended_at, ai.version, mt.starts_at, mt.ends_at, mt.current_item_id,
                mt.status, mt.agenda_published_at
           FROM meeting mt JOIN agenda_item ai ON ai.meeting_id = mt.id
           LEFT JOIN app_user u ON u.id = ai.presenter_user_id
           LEFT JOIN agency ag ON ag.id = ai.presenter_agency_id
          WHERE mt.id = ANY(:meetingIds) AND mt.current_item_id IS NOT NULL
          ORDER BY ai.meeting_id, ai.position, ai.id`,
        { meetingIds: [...meetingIds] },
      );
      return groupBy(meetingIds, rows, (r) => r.meeting_id).map((list) => {
        if (!list.length) return null;
        const [first] = list;
        if (!readsAgenda(audience, { panelId: first.panel_id as string, status: first.status, agendaPublishedAt: first.agenda_published_at }))
          return null;
        const current = timedItems(list, { startsAt: first.starts_at, endsAt: first.ends_at }).items.find((i) => i.id === first.current_item_id);
        return current && seesItem(audience, { panelId: current.panelId, restrictedTo: current.restrictedToIds }) ? current : null;
      });
    }),
  );
}
