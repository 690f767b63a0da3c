import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isaStatus, londonToday, PERMISSIONS } from '@sentinel/shared';
import { AccessService, scopeCondition } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { escapeLike } from '../../core/database/escape-like.js';
import { AppError } from '../../core/errors/app-error.js';
import { AgencyEntity } from './agency.entity.js';
import type { AgenciesArgs, CreateAgencyInput, UpdateAgencyInput } from './agency.inputs.js';
import type { AgencyObject, AgencyPageObject } from './agency.object.js';

const AUDITED = ['name', 'kind', 'tacticHeadings', 'isaReference', 'isaSignedOn', 'isaExpiresOn', 'isaCoversPersonalData', 'version'] as const;

@Injectable()
export class AgenciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, args: AgenciesArgs): Promise<AgencyPageObject> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.AGENCY_READ);
    const qb = this.dataSource.getRepository(AgencyEntity).createQueryBuilder('a').where('a.panel_id = :panelId', { panelId: args.panelId });
    if (args.search?.trim()) qb.andWhere('a.name ILIKE :search', { search: `%${escapeLike(args.search.trim())}%` });
    const [rows, totalCount] = await qb.orderBy('lower(a.name)').limit(args.limit).offset(args.offset).getManyAndCount();
    return { nodes: rows.map(toAgencyObject), totalCount };
  }

  async get(ctx: RequestContext, id: string): Promise<AgencyObject> {
    return toAgencyObject(await this.findVisible(ctx, id));
  }

  async create(ctx: RequestContext, input: CreateAgencyInput): Promise<AgencyObject> {
    this.access.requirePanel(ctx, input.panelId, PERMISSIONS.AGENCY_MANAGE);
    const values = normalise(input);
    return this.dataSource.transaction(async (m) => {
      await this.assertNameFree(m.query.bind(m), input.panelId, values.name, null);
      const created = await m.getRepository(AgencyEntity).save(m.create(AgencyEntity, { panelId: input.panelId, ...values }));
      await this.audit.recordChange(m, ctx, {
        panelId: created.panelId,
        entityType: 'Agency',
        entityId: created.id,
        action: 'CREATE',
        after: pick(created),
      });
      return toAgencyObject(created);
    });
  }

  async update(ctx: RequestContext, input: UpdateAgencyInput): Promise<AgencyObject> {
    const current = await this.findVisible(ctx, input.id);
    this.access.requireInPanel(ctx, current.panelId, PERMISSIONS.AGENCY_MANAGE);
    const values = normalise(input);
    return this.dataSource.transaction(async (m) => {
      await this.assertNameFree(m.query.bind(m), current.panelId, values.name, current.id);
      const result = await m
        .createQueryBuilder()
        .update(AgencyEntity)
        .set({ ...values, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id: input.id, version: input.version })
        .execute();
      if (result.affected !== 1) {
        throw AppError.conflict('This agency', await this.audit.administeredChangedSince(m, 'Agency', input.id, input.version), 'Agency');
      }
      const after = await m.getRepository(AgencyEntity).findOneByOrFail({ id: input.id });
      await this.audit.recordChange(m, ctx, {
        panelId: after.panelId,
        entityType: 'Agency',
        entityId: after.id,
        action: 'UPDATE',
        before: pick(current),
        after: pick(after),
      });
      return toAgencyObject(after);
    });
  }

  /** An agency in a panel the caller can read, or NOT_FOUND exactly as for an agency that does not exist. */
  private async findVisible(ctx: RequestContext, id: string): Promise<AgencyEntity> {
    const scope = scopeCondition(this.access.scope(ctx, PERMISSIONS.AGENCY_READ), 'a.panel_id');
    const agency = await this.dataSource
      .getRepository(AgencyEntity)
      .createQueryBuilder('a')
      .where('a.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
    if (!agency) throw AppError.notFound('Agency');
    return agency;
  }

  private async assertNameFree(
    query: (sql: string, params: unknown[]) => Promise<unknown[]>,
    panelId: string,
    name: string,
    exceptId: string | null,
  ): Promise<void> {
    const clash = await query(`SELECT 1 FROM agency WHERE panel_id = $1 AND lower(name) = lower($2) AND ($3::uuid IS NULL OR id <> $3::uuid)`, [
      panelId,
      name,
      exceptId,
    ]);
    if (clash.length) throw AppError.badInput('name', 'An agency with this name is already on the panel');
  }
}

function normalise(input: CreateAgencyInput | UpdateAgencyInput) {
  const signedOn = input.isaSignedOn || null;
  const expiresOn = input.isaExpiresOn || null;
  if (signedOn && expiresOn && expiresOn < signedOn) {
    throw AppError.badInput('isaExpiresOn', 'The agreement must end after the date it was signed');
  }
  return {
    name: input.name.trim(),
    kind: input.kind,
    tacticHeadings: [...new Set(input.tacticHeadings)].sort(),
    isaReference: input.isaReference?.trim() || null,
    isaSignedOn: signedOn,
    isaExpiresOn: expiresOn,
    isaCoversPersonalData: input.isaCoversPersonalData,
  };
}

function pick(a: AgencyEntity): Record<string, unknown> {
  return Object.fromEntries(AUDITED.map((k) => [k, a[k]]));
}

export function toAgencyObject(a: AgencyEntity): AgencyObject {
  const status = isaStatus(a.isaExpiresOn, londonToday());
  return {
    id: a.id,
    panelId: a.panelId,
    name: a.name,
    kind: a.kind,
    tacticHeadings: a.tacticHeadings,
    version: a.version,
    updatedAt: a.updatedAt,
    isa: {
      reference: a.isaReference,
      signedOn: a.isaSignedOn,
      expiresOn: a.isaExpiresOn,
      coversPersonalData: a.isaCoversPersonalData,
      status,
      allowsPersonalData: a.isaCoversPersonalData && (status === 'VALID' || status === 'EXPIRING'),
    },
  };
}
