import { leanRead } from '../../core/database/prepared-query.js';
import { defineLoader, groupBy } from '../../core/graphql/loaders.js';
import type { MeetingObject } from '../meetings/meeting.objects.js';
import type { ThreatOutcomeObject } from './emerging-threat.objects.js';

interface Row {
  threat_id: string;
  outcome: ThreatOutcomeObject['outcome'];
  note: string | null;
  recorded_at: Date;
  meeting: Record<string, unknown>;
}

/**
 * Each threat's outcomes, meeting by meeting, earliest first: its coverage over time, in one statement. A
 * meeting can cover several threats, so its row is read as JSON per outcome rather than as a deduplicated entity.
 */
export const OUTCOMES_BY_THREAT = defineLoader<string, ThreatOutcomeObject[]>('outcomesByThreat', async (ds, threatIds) => {
  const rows = await leanRead<Row>(
    ds,
    `SELECT o.emerging_threat_id AS threat_id, o.outcome, o.note, o.recorded_at, to_jsonb(m) AS meeting
       FROM emerging_threat_outcome o JOIN meeting m ON m.id = o.meeting_id
      WHERE o.emerging_threat_id = ANY(:threatIds)
      ORDER BY m.starts_at, m.id`,
    { threatIds: [...threatIds] },
  );
  return groupBy(threatIds, rows, (r) => r.threat_id).map((list) =>
    list.map((r) => ({ meeting: meetingFromJson(r.meeting), outcome: r.outcome, note: r.note, recordedAt: r.recorded_at })),
  );
});

function meetingFromJson(j: Record<string, unknown>): MeetingObject {
  const date = (v: unknown) => (v ? new Date(v as string) : null);
  return {
    id: j.id as string,
    panelId: j.panel_id as string,
    seriesId: (j.series_id as string) ?? null,
    title: j.title as string,
    startsAt: date(j.starts_at)!,
    endsAt: date(j.ends_at)!,
    mode: j.mode as MeetingObject['mode'],
    teamsUrl: (j.teams_url as string) ?? null,
    location: (j.location as string) ?? null,
    status: j.status as MeetingObject['status'],
    currentItemId: (j.current_item_id as string) ?? null,
    currentItemStartedAt: date(j.current_item_started_at),
    agendaPublishedAt: date(j.agenda_published_at),
    openedAt: date(j.opened_at),
    closedAt: date(j.closed_at),
    createdAt: date(j.created_at)!,
    updatedAt: date(j.updated_at)!,
    version: j.version as number,
  };
}
