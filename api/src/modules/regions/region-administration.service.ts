import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import type { AddRegionAnalystInput, CreateRegionInput, RemoveRegionAnalystInput, UpdateRegionInput } from './region.inputs.js';
import type { AdministeredRegionObject } from './region.objects.js';

/** A region with its panels and analysts, in one statement for any number of regions. */
const REGION_SQL = `SELECT r.id, r.name, r.kind, r.version,
  coalesce((SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'forceName', p.force_name) ORDER BY lower(p.name), p.id)
              FROM region_panel rp JOIN panel p ON p.id = rp.panel_id WHERE rp.region_id = r.id), '[]'::json) AS panels,
  coalesce((SELECT json_agg(json_build_object('userId', u.id, 'name', u.name, 'email', u.email, 'role', m.role) ORDER BY lower(u.name), u.id)
              FROM region_member m JOIN app_user u ON u.id = m.user_id WHERE m.region_id = r.id), '[]'::json) AS analysts
  FROM region r`;

/** At most this many regions in a deployment's list: about ten regional units and a few national ones. */
const REGION_LIST_LIMIT = 200;

/**
 * The system administrator's work on regions: created, renamed, given their panels, and their analysts named. Every
 * change is one transaction with its audit row (a region belongs to no panel). Nothing here reads a panel's records.
 */
@Injectable()
export class RegionAdministrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext): Promise<AdministeredRegionObject[]> {
    this.access.requireHeld(ctx, PERMISSIONS.REGION_MANAGE);
    return this.dataSource.query(`${REGION_SQL} ORDER BY lower(r.name), r.id LIMIT ${REGION_LIST_LIMIT}`);
  }

  async one(ctx: RequestContext, id: string): Promise<AdministeredRegionObject> {
    this.access.requireHeld(ctx, PERMISSIONS.REGION_MANAGE);
    const region = await this.load(this.dataSource.manager, id);
    if (!region) throw AppError.notFound('Region');
    return region;
  }

  async create(ctx: RequestContext, input: CreateRegionInput): Promise<AdministeredRegionObject> {
    this.access.requireHeld(ctx, PERMISSIONS.REGION_MANAGE);
    return this.dataSource.transaction(async (m) => {
      const name = input.name.trim();
      await this.requireFreeName(m, name, null);
      const panelIds = await this.requirePanels(m, input.panelIds);
      const [region]: { id: string }[] = await m.query(`INSERT INTO region (name, kind) VALUES ($1, $2) RETURNING id`, [name, input.kind]);
      await m.query(`INSERT INTO region_panel (region_id, panel_id) SELECT $1, unnest($2::uuid[])`, [region.id, panelIds]);
      await this.audit.recordChange(m, ctx, {
        panelId: null,
        entityType: 'Region',
        entityId: region.id,
        action: 'CREATE',
        after: { name, kind: input.kind, panelIds },
      });
      return (await this.load(m, region.id))!;
    });
  }

  async update(ctx: RequestContext, input: UpdateRegionInput): Promise<AdministeredRegionObject> {
    this.access.requireHeld(ctx, PERMISSIONS.REGION_MANAGE);
    return this.dataSource.transaction(async (m) => {
      const [current]: { id: string; name: string; kind: string; version: number; panel_ids: string[] }[] = await m.query(
        `SELECT r.id, r.name, r.kind, r.version, coalesce((SELECT array_agg(panel_id ORDER BY panel_id) FROM region_panel WHERE region_id = r.id), '{}') AS panel_ids
           FROM region r WHERE r.id = $1 FOR UPDATE`,
        [input.id],
      );
      if (!current) throw AppError.notFound('Region');
      if (current.version !== input.version) {
        throw AppError.conflict('This region', await this.audit.changedSince(m, 'Region', current.id, input.version), 'Region');
      }
      const name = input.name.trim();
      await this.requireFreeName(m, name, current.id);
      const panelIds = await this.requirePanels(m, input.panelIds);
      await m.query(`UPDATE region SET name = $2, kind = $3, version = version + 1, updated_at = now() WHERE id = $1`, [
        current.id,
        name,
        input.kind,
      ]);
      await m.query(`DELETE FROM region_panel WHERE region_id = $1 AND NOT (panel_id = ANY($2::uuid[]))`, [current.id, panelIds]);
      await m.query(`INSERT INTO region_panel (region_id, panel_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [current.id, panelIds]);
      await this.audit.recordChange(m, ctx, {
        panelId: null,
        entityType: 'Region',
        entityId: current.id,
        action: 'UPDATE',
        before: { name: current.name, kind: current.kind, panelIds: current.panel_ids, version: current.version },
        after: { name, kind: input.kind, panelIds, version: current.version + 1 },
      });
      return (await this.load(m, current.id))!;
    });
  }

  /** An analyst works with a region's figures; their account is found by its email address. */
  async addAnalyst(ctx: RequestContext, input: AddRegionAnalystInput): Promise<AdministeredRegionObject> {
    this.access.requireHeld(ctx, PERMISSIONS.REGION_MANAGE);
    return this.dataSource.transaction(async (m) => {
      const region = await this.lockRegion(m, input.regionId);
      const [user]: { id: string; disabled_at: Date | null }[] = await m.query(`SELECT id, disabled_at FROM app_user WHERE lower(email) = $1`, [
        input.email.trim().toLowerCase(),
      ]);
      if (!user) throw AppError.badInput('email', 'No account has this email address: check it, or add the person to a panel first');
      if (user.disabled_at) throw AppError.badInput('email', 'The account with this email address is disabled: enable it first');
      const added: unknown[] = await m.query(
        `INSERT INTO region_member (region_id, user_id, role) VALUES ($1, $2, 'ANALYST') ON CONFLICT DO NOTHING RETURNING user_id`,
        [region, user.id],
      );
      if (added.length) {
        await this.audit.recordChange(m, ctx, {
          panelId: null,
          entityType: 'RegionMember',
          entityId: user.id,
          action: 'CREATE',
          after: { regionId: region, userId: user.id, role: 'ANALYST' },
        });
      }
      return (await this.load(m, region))!;
    });
  }

  async removeAnalyst(ctx: RequestContext, input: RemoveRegionAnalystInput): Promise<AdministeredRegionObject> {
    this.access.requireHeld(ctx, PERMISSIONS.REGION_MANAGE);
    return this.dataSource.transaction(async (m) => {
      const region = await this.lockRegion(m, input.regionId);
      const removed: unknown[] = await m.query(`DELETE FROM region_member WHERE region_id = $1 AND user_id = $2 RETURNING user_id`, [
        region,
        input.userId,
      ]);
      if (removed.length) {
        await this.audit.recordChange(m, ctx, {
          panelId: null,
          entityType: 'RegionMember',
          entityId: input.userId,
          action: 'DELETE',
          before: { regionId: region, userId: input.userId, role: 'ANALYST' },
        });
      }
      return (await this.load(m, region))!;
    });
  }

  private async lockRegion(m: EntityManager, id: string): Promise<string> {
    const [region]: { id: string }[] = await m.query(`SELECT id FROM region WHERE id = $1 FOR UPDATE`, [id]);
    if (!region) throw AppError.notFound('Region');
    return region.id;
  }

  private async requireFreeName(m: EntityManager, name: string, except: string | null): Promise<void> {
    const taken: unknown[] = await m.query(`SELECT 1 FROM region WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2`, [name, except]);
    if (taken.length) throw AppError.badInput('name', 'A region with this name already exists: choose another name');
  }

  /** Every panel named must exist; the list comes back without repeats. */
  private async requirePanels(m: EntityManager, panelIds: string[]): Promise<string[]> {
    const unique = [...new Set(panelIds)].sort();
    if (!unique.length) return [];
    const [{ n }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM panel WHERE id = ANY($1::uuid[])`, [unique]);
    if (n !== unique.length) throw AppError.badInput('panelIds', 'One of the panels chosen no longer exists: reload the page and choose again');
    return unique;
  }

  private async load(m: EntityManager, id: string): Promise<AdministeredRegionObject | undefined> {
    const [row]: AdministeredRegionObject[] = await m.query(`${REGION_SQL} WHERE r.id = $1`, [id]);
    return row;
  }
}
