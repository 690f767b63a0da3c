import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { changedPastDateProblem, futureDateProblem, londonToday, PERMISSIONS, searchableName } from '@sentinel/shared';
import { AccessService, scopeCondition } from '../../core/access/access.service.js';
import { namedIn } from '../../core/access/known-names.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { leanPage } from '../../core/database/prepared-query.js';
import { AppError } from '../../core/errors/app-error.js';
import { nextReference } from '../panels/references.js';
import { NOMINAL_ORDER, nominalListCondition } from './nominal-filter.js';
import type { CreateNominalInput, NamedNominalsArgs, NominalsArgs, UpdateNominalInput } from './nominal.inputs.js';
import { NominalEntity } from './nominal.entity.js';

const AUDITED = [
  'surname',
  'forenames',
  'aliases',
  'dateOfBirth',
  'isVulnerable',
  'isChild',
  'riskToOfficers',
  'nextReviewOn',
  'gscMarking',
  'version',
] as const;

/** Nominals. Services return entities; `presentNominal` decides what leaves. Their groups are record-links'. */
@Injectable()
export class NominalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  get(ctx: RequestContext, id: string): Promise<NominalEntity> {
    return this.findVisible(this.dataSource.manager, ctx, id);
  }

  /**
   * The panel's nominals a text names (surname, full name or alias, as the mask finds them), for warning its writer
   * that viewers without cover will read it masked. Only for those who may read the names: to anyone else it would
   * tell who the nominals are.
   */
  async namedIn(ctx: RequestContext, args: NamedNominalsArgs): Promise<NominalEntity[]> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.PERSONAL_DATA_READ);
    const rows = await this.dataSource.getRepository(NominalEntity).find({ where: { panelId: args.panelId } });
    const byId = new Map(rows.map((n) => [n.id, n]));
    const terms = rows.flatMap((n) => [
      { kind: 'NAME' as const, term: n.surname, owner: n.id },
      ...(n.forenames ? [{ kind: 'FULL_NAME' as const, term: `${n.forenames} ${n.surname}`, owner: n.id }] : []),
      ...n.aliases.map((a) => ({ kind: 'NAME' as const, term: a, owner: n.id })),
    ]);
    return namedIn(args.text, terms)
      .slice(0, 20)
      .map((id) => byId.get(id)!);
  }

  async list(ctx: RequestContext, args: NominalsArgs): Promise<{ rows: NominalEntity[]; totalCount: number }> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.OCG_READ);
    const where = nominalListCondition(this.access, ctx, args.panelId, args.filter);
    return leanPage(this.dataSource, NominalEntity, {
      as: 'n',
      where: where.sql,
      params: where.params,
      orderBy: NOMINAL_ORDER,
      limit: args.limit,
      offset: args.offset,
    });
  }

  async findVisible(m: EntityManager, ctx: RequestContext, id: string, lock = false): Promise<NominalEntity> {
    const scope = scopeCondition(this.access.scope(ctx, PERMISSIONS.OCG_READ), 'n.panel_id');
    const qb = m.getRepository(NominalEntity).createQueryBuilder('n').where('n.id = :id', { id }).andWhere(scope.sql, scope.params);
    if (lock) qb.setLock('pessimistic_write');
    const nominal = await qb.getOne();
    if (!nominal) throw AppError.notFound('Nominal');
    return nominal;
  }

  /** Records a nominal within the caller's transaction; the reference is the panel's next N number. */
  async createIn(m: EntityManager, ctx: RequestContext, input: CreateNominalInput): Promise<NominalEntity> {
    const viewer = this.access.requirePanel(ctx, input.panelId, PERMISSIONS.OCG_WRITE);
    const reference = await nextReference(m, input.panelId, 'N');
    const created = await m
      .getRepository(NominalEntity)
      .save(m.create(NominalEntity, { ...values(input, null), panelId: input.panelId, reference, createdBy: viewer.userId }));
    await this.audit.recordChange(m, ctx, {
      panelId: input.panelId,
      entityType: 'Nominal',
      entityId: created.id,
      action: 'CREATE',
      after: pick(created),
    });
    return created;
  }

  async update(ctx: RequestContext, input: UpdateNominalInput): Promise<NominalEntity> {
    return this.dataSource.transaction(async (m) => {
      const current = await this.findVisible(m, ctx, input.id, true);
      this.access.requireInPanel(ctx, current.panelId, PERMISSIONS.OCG_WRITE);
      if (current.version !== input.version) {
        throw AppError.conflict('This nominal', await this.audit.changedSince(m, 'Nominal', current.id, input.version), 'Nominal');
      }
      await m
        .createQueryBuilder()
        .update(NominalEntity)
        .set({ ...values(input, current.nextReviewOn), version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id', { id: current.id })
        .execute();
      const after = await m.getRepository(NominalEntity).findOneByOrFail({ id: current.id });
      await this.audit.recordChange(m, ctx, {
        panelId: current.panelId,
        entityType: 'Nominal',
        entityId: current.id,
        action: 'UPDATE',
        before: pick(current),
        after: pick(after),
      });
      return after;
    });
  }
}

/** `previousReviewOn`: an edit may keep a review date that has passed, but never set one. */
function values(input: CreateNominalInput | UpdateNominalInput, previousReviewOn: string | null) {
  const today = londonToday();
  AppError.refuseIf('dateOfBirth', futureDateProblem('Date of birth', input.dateOfBirth, today));
  AppError.refuseIf('nextReviewOn', changedPastDateProblem('Next review date', input.nextReviewOn, previousReviewOn, today));
  const aliases = [...new Set(input.aliases.map((a) => a.trim()).filter(Boolean))];
  return {
    surname: input.surname.trim(),
    forenames: input.forenames.trim(),
    aliases,
    dateOfBirth: input.dateOfBirth || null,
    isVulnerable: input.isVulnerable,
    isChild: input.isChild,
    riskToOfficers: input.riskToOfficers,
    nextReviewOn: input.nextReviewOn || null,
    gscMarking: input.gscMarking,
    nameSearch: searchableName(input.forenames, input.surname, aliases),
  };
}

function pick(n: NominalEntity): Record<string, unknown> {
  return Object.fromEntries(AUDITED.map((k) => [k, n[k]]));
}
