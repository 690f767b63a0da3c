import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ConsultedRecord, DataChannel, RequestContext } from '../access/request-context.js';
import { runAsSystem } from '../database/panel-scope.js';
import type { AuditAction, AuditChanges } from './audit-event.entity.js';
import { GroupWriter } from './group-writer.js';

export interface ChangeRecord {
  panelId: string | null;
  entityType: string;
  entityId: string;
  action: AuditAction;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** The records of personal data shown or sent, by kind: `{ Nominal: [id, ...], Place: [...] }`. */
export type Subjects = Record<string, readonly string[]>;

export interface PersonalDataAccess {
  panelId: string;
  subjects: Subjects;
  /** The agency the data was disclosed to; for a consultation, the viewer's own agency. */
  toAgencyId?: string | null;
  /** Why the data left (an export's stated reason, "Agenda pack"); for a screen, the GraphQL operation. */
  purpose?: string | null;
}

/** Fields never written to the audit trail, whatever the entity. */
const NEVER_AUDITED = new Set(['passwordHash', 'tokenHash', 'updatedAt', 'createdAt']);

/**
 * The append-only audit trail of every change, and the s.62 log (DPA 2018) of every consultation or disclosure of
 * personal data, each naming the channel the data left by. Changes are written with the caller's transaction
 * manager, so a change and its audit row commit or roll back together.
 */
@Injectable()
export class AuditService {
  /** Consultations noted by requests, written together while one write is in flight (GroupWriter). */
  private readonly consultations: GroupWriter<LogRow>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.consultations = new GroupWriter((rows) => insertLogRows(this.dataSource.manager, rows));
  }

  recordChange(manager: EntityManager, ctx: RequestContext, change: ChangeRecord): Promise<void> {
    return this.recordChanges(manager, ctx, [change]);
  }

  /**
   * Several changes by one actor (none for scheduled work) in one statement, whatever their number; an update that
   * changed nothing is left out.
   */
  async recordChanges(manager: EntityManager, ctx: Pick<RequestContext, 'viewer'>, changes: readonly ChangeRecord[]): Promise<void> {
    const rows = changes
      .map((change) => ({ change, changed: diff(change.before ?? null, change.after ?? null) }))
      .filter(({ change, changed }) => change.action !== 'UPDATE' || Object.keys(changed).length > 0);
    if (!rows.length) return;
    // Not read back: RETURNING would need the row to be readable under the panels of the work in hand, and a row
    // of the trail is written whatever those are. The database chains it (migration ChainAuditTrail).
    await manager.query(
      `INSERT INTO audit_event (actor_user_id, actor_agency_id, panel_id, entity_type, entity_id, action, changes)
       SELECT $1, $2, r.panel_id, r.entity_type, r.entity_id, r.action, r.changes
         FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::jsonb[]) WITH ORDINALITY AS r(panel_id, entity_type, entity_id, action, changes, n)
        ORDER BY r.n`,
      [
        ctx.viewer?.userId ?? null,
        ctx.viewer?.agencyId ?? null,
        rows.map(({ change }) => change.panelId),
        rows.map(({ change }) => change.entityType),
        rows.map(({ change }) => change.entityId),
        rows.map(({ change }) => change.action),
        rows.map(({ changed }) => (Object.keys(changed).length ? JSON.stringify(changed) : null)),
      ],
    );
  }

  /**
   * The fields changed on a record since a version, read from the audit trail, so that a stale edit can be
   * told what someone else changed. Needs the version among the audited fields of the record's updates: `version`,
   * or the field named by `counter` where `version` means something else (an assessment's edition).
   * `parts` names fields whose new value lists the parts a change touched (the items of the minutes edited):
   * each part is answered as `<name>.<part>`, in place of the field.
   */
  async changedSince(
    manager: EntityManager,
    entityType: string,
    entityId: string,
    version: number,
    { counter = 'version', parts = {} }: { counter?: string; parts?: Record<string, string> } = {},
  ): Promise<string[]> {
    const rows: { changes: AuditChanges }[] = await manager.query(
      `SELECT changes FROM audit_event
        WHERE entity_type = $1 AND entity_id = $2 AND action = 'UPDATE' AND (changes->$4->>1)::int > $3`,
      [entityType, entityId, version, counter],
    );
    const fields = new Set<string>();
    for (const [field, [, after]] of rows.flatMap((r) => Object.entries(r.changes ?? {}))) {
      if (field === counter) continue;
      if (!(field in parts)) fields.add(field);
      else if (Array.isArray(after)) for (const part of after) fields.add(`${parts[field]}.${String(part)}`);
    }
    return [...fields].sort();
  }

  /**
   * `changedSince` for a panel, agency or membership that the caller administers. A system administrator reads the
   * audit trail only of panels they sit on (migration NarrowAdministratorScope), so this one read, of the names of
   * the fields changed on a record the caller has already found and locked, is made in every panel's scope: a stale
   * edit of another panel's agency or member is told what changed, as a chair's is. Nothing else of the trail shows.
   */
  administeredChangedSince(
    manager: EntityManager,
    entityType: 'Panel' | 'Agency' | 'Membership',
    entityId: string,
    version: number,
  ): Promise<string[]> {
    return runAsSystem(() => this.changedSince(manager, entityType, entityId, version));
  }

  /**
   * Personal data of several records, possibly of several kinds and panels, was shown in one response: one row of
   * the consultation log per panel, committed before this resolves. Concurrent requests' rows share a statement.
   */
  async consultedMany(ctx: RequestContext, records: Iterable<ConsultedRecord>, purpose: string | null = null): Promise<void> {
    const byPanel = new Map<string, Record<string, string[]>>();
    for (const r of records) {
      let subjects = byPanel.get(r.panelId);
      if (!subjects) byPanel.set(r.panelId, (subjects = {}));
      (subjects[r.entityType] ??= []).push(r.entityId);
    }
    const toAgencyId = ctx.viewer?.agencyId ?? null;
    await this.consultations.add(
      logRows(
        ctx,
        'CONSULT',
        [...byPanel].map(([panelId, subjects]) => ({ panelId, subjects, toAgencyId, purpose })),
      ),
    );
  }

  /** A person's data left the system (an export, a pack) for an agency: written with the caller's transaction, if any. */
  async disclosed(ctx: RequestContext, access: PersonalDataAccess, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await insertLogRows(manager, logRows(ctx, 'DISCLOSE', [access]));
  }
}

/** The longest purpose the log keeps; an operation name beyond it is cut, a stated reason is bounded by its input. */
const PURPOSE_MAX = 500;

interface LogRow {
  panel_id: string;
  actor_user_id: string | null;
  actor_agency_id: string | null;
  action: 'CONSULT' | 'DISCLOSE';
  channel: DataChannel;
  disclosed_to_agency_id: string | null;
  purpose: string | null;
  subjects: string[];
}

/** One row of the consultation log per access that names any record. */
function logRows(ctx: RequestContext, action: 'CONSULT' | 'DISCLOSE', accesses: PersonalDataAccess[]): LogRow[] {
  return accesses
    .map((a) => ({
      panel_id: a.panelId,
      actor_user_id: ctx.viewer?.userId ?? null,
      actor_agency_id: ctx.viewer?.agencyId ?? null,
      action,
      channel: channelOf(ctx),
      disclosed_to_agency_id: a.toAgencyId ?? null,
      purpose: a.purpose ? a.purpose.slice(0, PURPOSE_MAX) : null,
      subjects: Object.entries(a.subjects).flatMap(([type, ids]) => [...new Set(ids)].map((id) => `${type}:${id}`)),
    }))
    .filter((r) => r.subjects.length > 0);
}

/**
 * Rows of the consultation log in one statement whose text and parameter are the same for any number of rows and
 * records (a JSON array of the rows), so it is planned once. The database chains each row to its panel's previous
 * one (migration CreateConsultationLog); each row locks its panel's chain until commit, so rows go in panel order
 * and two statements never wait on each other in a cycle.
 */
async function insertLogRows(manager: EntityManager, unordered: LogRow[]): Promise<void> {
  if (!unordered.length) return;
  const rows = [...unordered].sort((a, b) => (a.panel_id < b.panel_id ? -1 : a.panel_id > b.panel_id ? 1 : 0));
  await manager.query(
    `INSERT INTO consultation (panel_id, actor_user_id, actor_agency_id, action, channel, disclosed_to_agency_id, purpose, subjects)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(panel_id uuid, actor_user_id uuid, actor_agency_id uuid, action varchar,
                                                      channel varchar, disclosed_to_agency_id uuid, purpose varchar, subjects text[])`,
    [JSON.stringify(rows)],
  );
}

/** Every consultation and disclosure names the way the data left; a request that names none is a GraphQL answer. */
function channelOf(ctx: RequestContext): DataChannel {
  return ctx.channel ?? 'GRAPHQL';
}

function diff(before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditChanges {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: AuditChanges = {};
  for (const key of keys) {
    if (NEVER_AUDITED.has(key)) continue;
    const a = normalise(before?.[key]);
    const b = normalise(after?.[key]);
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[key] = [a, b];
  }
  return changes;
}

function normalise(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value;
}
