import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PERMISSIONS, TACTIC_HEADINGS, type TacticHeading } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { toAgencyObject } from '../agencies/agencies.service.js';
import { OcgObjectiveEntity } from './ocg-objective.entity.js';
import type { CreateObjectiveInput, DeleteObjectiveInput, UpdateObjectiveInput } from './plan.inputs.js';
import { OBJECTIVES_BY_OCG, TACTIC_AGENCIES_BY_PANEL } from './plan.loaders.js';
import type { OcgObjectiveObject, OcgPlanObject } from './plan.object.js';

const AUDITED = ['ocgId', 'strand', 'objective', 'ownerAgencyId', 'tacticHeadings', 'version'] as const;

/** 4P plans: objectives per strand, and the menu-of-tactics headings no objective covers yet. */
@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** The plan of a group the caller can read, or NOT_FOUND as for a group that does not exist. */
  async planOf(ctx: RequestContext, ocgId: string): Promise<OcgPlanObject> {
    const ocg = await this.findVisibleOcg(this.dataSource.manager, ctx, ocgId);
    return this.build(ctx, ocgId, ocg.panel_id);
  }

  /** Builds a plan through the request's loaders, so a list of groups costs two statements in all. */
  async build(ctx: RequestContext, ocgId: string, panelId: string): Promise<OcgPlanObject> {
    const [objectives, agencies] = await Promise.all([
      ctx.loaders.of(OBJECTIVES_BY_OCG).load(ocgId),
      ctx.loaders.of(TACTIC_AGENCIES_BY_PANEL).load(panelId),
    ]);
    const covered = new Set<TacticHeading>(objectives.flatMap((o) => o.tacticHeadings));
    return {
      ocgId,
      objectives: objectives.map(toObjectiveObject),
      coveredHeadings: TACTIC_HEADINGS.filter((h) => covered.has(h)),
      gaps: TACTIC_HEADINGS.filter((h) => !covered.has(h)).map((heading) => ({
        heading,
        agencies: agencies.filter((a) => a.tacticHeadings.includes(heading)).map(toAgencyObject),
      })),
    };
  }

  async create(ctx: RequestContext, input: CreateObjectiveInput): Promise<OcgObjectiveObject> {
    return this.dataSource.transaction(async (m) => {
      const ocg = await this.findVisibleOcg(m, ctx, input.ocgId);
      this.access.requireInPanel(ctx, ocg.panel_id, PERMISSIONS.PLAN_WRITE);
      const values = await this.validated(m, ocg.panel_id, input);
      const created = await m
        .getRepository(OcgObjectiveEntity)
        .save(m.create(OcgObjectiveEntity, { ...values, ocgId: input.ocgId, panelId: ocg.panel_id }));
      await this.audit.recordChange(m, ctx, {
        panelId: ocg.panel_id,
        entityType: 'OcgObjective',
        entityId: created.id,
        action: 'CREATE',
        after: pick(created),
      });
      return toObjectiveObject(created);
    });
  }

  async update(ctx: RequestContext, input: UpdateObjectiveInput): Promise<OcgObjectiveObject> {
    return this.dataSource.transaction(async (m) => {
      const current = await this.findVisibleObjective(m, ctx, input.id, input.version);
      const values = await this.validated(m, current.panelId, input);
      await m
        .createQueryBuilder()
        .update(OcgObjectiveEntity)
        .set({ ...values, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id', { id: current.id })
        .execute();
      const after = await m.getRepository(OcgObjectiveEntity).findOneByOrFail({ id: current.id });
      await this.audit.recordChange(m, ctx, {
        panelId: current.panelId,
        entityType: 'OcgObjective',
        entityId: current.id,
        action: 'UPDATE',
        before: pick(current),
        after: pick(after),
      });
      return toObjectiveObject(after);
    });
  }

  async delete(ctx: RequestContext, input: DeleteObjectiveInput): Promise<string> {
    return this.dataSource.transaction(async (m) => {
      const current = await this.findVisibleObjective(m, ctx, input.id, input.version);
      await m.query(`DELETE FROM ocg_objective WHERE id = $1`, [current.id]);
      await this.audit.recordChange(m, ctx, {
        panelId: current.panelId,
        entityType: 'OcgObjective',
        entityId: current.id,
        action: 'DELETE',
        before: pick(current),
      });
      return current.id;
    });
  }

  private async findVisibleOcg(m: EntityManager, ctx: RequestContext, ocgId: string): Promise<{ panel_id: string }> {
    const scope = this.access.scope(ctx, PERMISSIONS.OCG_READ);
    const [ocg]: { panel_id: string }[] = await m.query(
      `SELECT panel_id FROM ocg WHERE id = $1 AND ${scope.all ? 'TRUE' : 'panel_id = ANY($2)'}`,
      scope.all ? [ocgId] : [ocgId, scope.panelIds],
    );
    if (!ocg) throw AppError.notFound('Group');
    return ocg;
  }

  /** An objective the caller may change, locked for the transaction, at the version they saw. */
  private async findVisibleObjective(m: EntityManager, ctx: RequestContext, id: string, version: number): Promise<OcgObjectiveEntity> {
    const scope = this.access.scope(ctx, PERMISSIONS.OCG_READ);
    const qb = m.getRepository(OcgObjectiveEntity).createQueryBuilder('o').where('o.id = :id', { id }).setLock('pessimistic_write');
    if (!scope.all) qb.andWhere('o.panel_id = ANY(:panelIds)', { panelIds: scope.panelIds });
    const current = await qb.getOne();
    if (!current) throw AppError.notFound('Objective');
    this.access.requireInPanel(ctx, current.panelId, PERMISSIONS.PLAN_WRITE);
    if (current.version !== version) {
      throw AppError.conflict('This objective', await this.audit.changedSince(m, 'OcgObjective', current.id, version), 'OcgObjective');
    }
    return current;
  }

  private async validated(m: EntityManager, panelId: string, input: CreateObjectiveInput | UpdateObjectiveInput) {
    const objective = input.objective.trim();
    if (!objective) throw AppError.badInput('objective', 'Enter the objective');
    const owner: unknown[] = await m.query(`SELECT 1 FROM agency WHERE id = $1 AND panel_id = $2`, [input.ownerAgencyId, panelId]);
    if (!owner.length) throw AppError.badInput('ownerAgencyId', 'Select an agency on this panel');
    return {
      strand: input.strand,
      objective,
      ownerAgencyId: input.ownerAgencyId,
      tacticHeadings: TACTIC_HEADINGS.filter((h) => input.tacticHeadings.includes(h)),
    };
  }
}

function pick(o: OcgObjectiveEntity): Record<string, unknown> {
  return Object.fromEntries(AUDITED.map((k) => [k, o[k]]));
}

export function toObjectiveObject(o: OcgObjectiveEntity): OcgObjectiveObject {
  return {
    id: o.id,
    ocgId: o.ocgId,
    panelId: o.panelId,
    strand: o.strand,
    objective: o.objective,
    ownerAgencyId: o.ownerAgencyId,
    tacticHeadings: o.tacticHeadings,
    updatedAt: o.updatedAt,
    version: o.version,
  };
}
