import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { DataChannel, RequestContext } from '../access/request-context.js';
import type { AuditAction, AuditChanges } from './audit-event.entity.js';

export interface ChangeRecord {
  panelId: string | null;
  entityType: string;
  entityId: string;
  action: Extract<AuditAction, 'CREATE' | 'UPDATE' | 'DELETE' | 'SIGN_IN' | 'SIGN_OUT'>;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface PersonalDataAccess {
  panelId: string;
  entityType: string;
  entityIds: string[];
  /** The agency the data was disclosed to; for a consultation, the viewer's own agency. */
  toAgencyId?: string | null;
  reason?: string;
}

/** Fields never written to the audit trail, whatever the entity. */
const NEVER_AUDITED = new Set(['passwordHash', 'tokenHash', 'updatedAt', 'createdAt']);

/**
 * The append-only record of every change and of every consultation or disclosure of personal data
 * (DPA 2018 s.62), each consultation or disclosure naming the channel the data left by. Changes are written
 * with the caller's transaction manager, so a change and its audit row commit or roll back together.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async recordChange(manager: EntityManager, ctx: RequestContext, change: ChangeRecord): Promise<void> {
    const changes = diff(change.before ?? null, change.after ?? null);
    if (change.action === 'UPDATE' && Object.keys(changes).length === 0) return;
    await append(manager, [
      {
        actorUserId: ctx.viewer?.userId ?? null,
        actorAgencyId: ctx.viewer?.agencyId ?? null,
        panelId: change.panelId,
        entityType: change.entityType,
        entityId: change.entityId,
        action: change.action,
        changes: Object.keys(changes).length ? changes : null,
      },
    ]);
  }

  /**
   * The fields changed on a record since a version, read from the audit trail, so that a stale edit can be
   * told what someone else changed. Needs `version` among the audited fields of the record's updates.
   */
  async changedSince(manager: EntityManager, entityType: string, entityId: string, version: number): Promise<string[]> {
    const rows: { field: string }[] = await manager.query(
      `SELECT DISTINCT jsonb_object_keys(changes) AS field FROM audit_event
        WHERE entity_type = $1 AND entity_id = $2 AND action = 'UPDATE' AND (changes->'version'->>1)::int > $3`,
      [entityType, entityId, version],
    );
    return rows
      .map((r) => r.field)
      .filter((f) => f !== 'version')
      .sort();
  }

  /** Personal data of several records, possibly of several kinds, was shown in one response. */
  async consultedMany(ctx: RequestContext, records: { panelId: string; entityType: string; entityId: string }[]): Promise<void> {
    if (!records.length) return;
    await append(
      this.dataSource.manager,
      records.map((r) => ({
        actorUserId: ctx.viewer?.userId ?? null,
        actorAgencyId: ctx.viewer?.agencyId ?? null,
        panelId: r.panelId,
        entityType: r.entityType,
        entityId: r.entityId,
        action: 'CONSULT' as const,
        disclosedToAgencyId: ctx.viewer?.agencyId ?? null,
        channel: channelOf(ctx),
      })),
    );
  }

  /** A person's data was looked at on screen. */
  consulted(ctx: RequestContext, access: PersonalDataAccess, manager?: EntityManager): Promise<void> {
    return this.accessed('CONSULT', ctx, { ...access, toAgencyId: access.toAgencyId ?? ctx.viewer?.agencyId ?? null }, manager);
  }

  /** A person's data left the system (an export, a pack) for an agency. */
  disclosed(ctx: RequestContext, access: PersonalDataAccess, manager?: EntityManager): Promise<void> {
    return this.accessed('DISCLOSE', ctx, access, manager);
  }

  private async accessed(
    action: 'CONSULT' | 'DISCLOSE',
    ctx: RequestContext,
    access: PersonalDataAccess,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (access.entityIds.length === 0) return;
    await append(
      manager,
      access.entityIds.map((entityId) => ({
        actorUserId: ctx.viewer?.userId ?? null,
        actorAgencyId: ctx.viewer?.agencyId ?? null,
        panelId: access.panelId,
        entityType: access.entityType,
        entityId,
        action,
        disclosedToAgencyId: access.toAgencyId ?? null,
        reason: access.reason ?? null,
        channel: channelOf(ctx),
      })),
    );
  }
}

interface AuditRow {
  actorUserId: string | null;
  actorAgencyId: string | null;
  panelId: string | null;
  entityType: string;
  entityId: string;
  action: AuditAction;
  changes?: AuditChanges | null;
  disclosedToAgencyId?: string | null;
  reason?: string | null;
  channel?: DataChannel | null;
}

/**
 * One INSERT from arrays, whatever the number of rows: the statement's text and its ten parameters are the same
 * for one row or a whole export, so it is planned once and never meets PostgreSQL's limit on bind parameters.
 * Not read back: RETURNING would need the rows to be readable under the panels of the work in hand, and a row
 * of the trail is written whatever those are.
 * Each row locks its chain's head until commit (migration ChainAuditTrail): rows go in chain order (no panel
 * first, then by panel id), so two statements spanning the same panels take the locks in the same order.
 */
async function append(manager: EntityManager, unordered: AuditRow[]): Promise<void> {
  const rows = unordered.length > 1 ? [...unordered].sort(byChain) : unordered;
  const column = <K extends keyof AuditRow>(key: K) => rows.map((r) => r[key] ?? null);
  await manager.query(
    `INSERT INTO audit_event (actor_user_id, actor_agency_id, panel_id, entity_type, entity_id, action, changes,
                              disclosed_to_agency_id, reason, channel)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::varchar[], $5::varchar[], $6::varchar[], $7::jsonb[],
                          $8::uuid[], $9::varchar[], $10::varchar[])`,
    [
      column('actorUserId'),
      column('actorAgencyId'),
      column('panelId'),
      column('entityType'),
      column('entityId'),
      column('action'),
      rows.map((r) => (r.changes ? JSON.stringify(r.changes) : null)),
      column('disclosedToAgencyId'),
      column('reason'),
      column('channel'),
    ],
  );
}

function byChain(a: AuditRow, b: AuditRow): number {
  if (a.panelId === b.panelId) return 0;
  if (a.panelId === null) return -1;
  if (b.panelId === null) return 1;
  return a.panelId < b.panelId ? -1 : 1;
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
