import type { EntityManager } from 'typeorm';
import type { AgendaItemKind, EmergingThreatOutcome, MeetingMode } from '@sentinel/shared';
import type { MeetingEntity } from '../meetings/meeting.entity.js';
import { sanitizeRichText } from '../agenda/rich-text.js';
import { registerAttendance, type MinutesAttendanceContent } from '../meetings/minutes-attendance.js';

export interface MinutesTask {
  taskId: string;
  reference: string;
  title: string;
  agencyId: string;
  agencyName: string;
}

export interface MinutesThreatOutcome {
  emergingThreatId: string;
  title: string;
  outcome: EmergingThreatOutcome;
  note: string | null;
}

export interface MinutesItem {
  itemId: string;
  position: number;
  kind: AgendaItemKind;
  title: string;
  /** Kept from the agenda so the minutes are filtered per agency exactly as the agenda was. */
  restrictedTo: string[];
  notes: string | null;
  decisions: string | null;
  tasks: MinutesTask[];
  threatOutcomes: MinutesThreatOutcome[];
}

export type { MinutesApology, MinutesAttendee } from '../meetings/minutes-attendance.js';

/**
 * What a minutes version says, stored as jsonb. Names are copied in when drafted so that an approved version
 * keeps saying what was agreed even after an agency or a person is renamed.
 */
export interface MinutesContent {
  meeting: { title: string; startsAt: string; endsAt: string; mode: MeetingMode; location: string | null };
  items: MinutesItem[];
  /** Tasks raised at the meeting but not against one item. */
  otherTasks: MinutesTask[];
  /** Outcomes for threats that no agenda item covered. */
  otherThreatOutcomes: MinutesThreatOutcome[];
  attendance: MinutesAttendanceContent;
}

interface ItemRow {
  id: string;
  position: number;
  kind: AgendaItemKind;
  title: string;
  restricted_to: string[];
  notes: string | null;
  decisions: string | null;
}

/**
 * The first draft, from what was recorded live: four statements whatever the size of the meeting. Rich text is
 * sanitised again on the way in, so the minutes never depend on how carefully the live notes were written.
 */
export async function buildMinutesContent(m: EntityManager, meeting: MeetingEntity): Promise<MinutesContent> {
  const items: ItemRow[] = await m.query(
    `SELECT id, position, kind, title, restricted_to, notes, decisions FROM agenda_item WHERE meeting_id = $1 ORDER BY position, id`,
    [meeting.id],
  );
  const tasks: (MinutesTask & { agendaItemId: string | null })[] = await m.query(
    `SELECT t.id AS "taskId", t.reference, t.title, t.agency_id AS "agencyId", a.name AS "agencyName", t.agenda_item_id AS "agendaItemId"
       FROM task t JOIN agency a ON a.id = t.agency_id
      WHERE t.meeting_id = $1 ORDER BY t.reference`,
    [meeting.id],
  );
  const outcomes: (MinutesThreatOutcome & { itemId: string | null })[] = await m.query(
    `SELECT o.emerging_threat_id AS "emergingThreatId", et.title, o.outcome, o.note,
            (SELECT r.agenda_item_id FROM agenda_item_record r JOIN agenda_item ai ON ai.id = r.agenda_item_id
              WHERE r.record_kind = 'EMERGING_THREAT' AND r.record_id = o.emerging_threat_id AND ai.meeting_id = o.meeting_id
              ORDER BY ai.position LIMIT 1) AS "itemId"
       FROM emerging_threat_outcome o JOIN emerging_threat et ON et.id = o.emerging_threat_id
      WHERE o.meeting_id = $1 ORDER BY et.title`,
    [meeting.id],
  );
  const attendance = await registerAttendance(m, meeting.id);
  const itemIds = new Set(items.map((i) => i.id));
  const strip = <T extends object>(row: T, key: keyof T) => {
    const copy = { ...row };
    delete copy[key];
    return copy;
  };
  return {
    meeting: {
      title: meeting.title,
      startsAt: meeting.startsAt.toISOString(),
      endsAt: meeting.endsAt.toISOString(),
      mode: meeting.mode,
      location: meeting.location,
    },
    items: items.map((i) => ({
      itemId: i.id,
      position: i.position,
      kind: i.kind,
      title: i.title,
      restrictedTo: i.restricted_to,
      notes: sanitizeRichText(i.notes),
      decisions: sanitizeRichText(i.decisions),
      tasks: tasks.filter((t) => t.agendaItemId === i.id).map((t) => strip(t, 'agendaItemId')),
      threatOutcomes: outcomes.filter((o) => o.itemId === i.id).map((o) => strip(o, 'itemId')),
    })),
    otherTasks: tasks.filter((t) => !t.agendaItemId || !itemIds.has(t.agendaItemId)).map((t) => strip(t, 'agendaItemId')),
    otherThreatOutcomes: outcomes.filter((o) => !o.itemId || !itemIds.has(o.itemId)).map((o) => strip(o, 'itemId')),
    attendance,
  };
}

/** The rules a minutes reader is shown the content by: the agenda item rule and the task rule. */
export interface MinutesReader {
  seesItem(restrictedTo: readonly string[]): boolean;
  seesTask(task: MinutesTask): boolean;
}

/**
 * The content as one reader may see it, the one way minutes leave the API (screen, pack, PDF, Word): items they
 * may not see taken out with everything under them, and of the tasks left only those the task rule lets them see.
 */
export function visibleContent(content: MinutesContent, reader: MinutesReader): MinutesContent {
  const tasks = (list: MinutesTask[] | undefined) => (list ?? []).filter((t) => reader.seesTask(t));
  return {
    ...content,
    items: content.items.filter((i) => reader.seesItem(i.restrictedTo)).map((i) => ({ ...i, tasks: tasks(i.tasks) })),
    otherTasks: tasks(content.otherTasks),
  };
}

export interface ItemEdit {
  itemId: string;
  notes?: string | null;
  decisions?: string | null;
}

/**
 * The content with notes and decisions replaced for the items named (sanitised); an item that is not in these
 * minutes is named back so the caller can say which one.
 */
export function applyItemEdits(content: MinutesContent, edits: readonly ItemEdit[]): { content: MinutesContent; unknown: string[] } {
  const byId = new Map(edits.map((e) => [e.itemId, e]));
  const known = new Set(content.items.map((i) => i.itemId));
  const unknown = edits.map((e) => e.itemId).filter((id) => !known.has(id));
  const items = content.items.map((i) => {
    const edit = byId.get(i.itemId);
    if (!edit) return i;
    return {
      ...i,
      notes: edit.notes === undefined ? i.notes : sanitizeRichText(edit.notes),
      decisions: edit.decisions === undefined ? i.decisions : sanitizeRichText(edit.decisions),
    };
  });
  return { content: { ...content, items }, unknown };
}
