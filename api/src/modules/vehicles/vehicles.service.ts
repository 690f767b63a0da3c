import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { foldRegistration, isUkRegistration, normaliseRegistration, PERMISSIONS, registrationShapeMessage } from '@sentinel/shared';
import { AccessService, scopeCondition } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { VehicleEntity } from './vehicle.entity.js';
import type { VehicleObject } from './vehicle.object.js';

/** What a new vehicle is recorded with. */
export type NewVehicle = Pick<VehicleEntity, 'panelId' | 'registration'> & { make?: string | null; model?: string | null; colour?: string | null };

/** Vehicles. Their links to groups and nominals are record-links'. */
@Injectable()
export class VehiclesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<VehicleEntity> {
    return this.findVisible(this.dataSource.manager, ctx, id);
  }

  /** Finds the panel's vehicle with this plate, or records it, within the caller's transaction. */
  async findOrCreateIn(m: EntityManager, ctx: RequestContext, input: NewVehicle): Promise<VehicleEntity> {
    this.access.requirePanel(ctx, input.panelId, PERMISSIONS.OCG_WRITE);
    const vrm = normaliseRegistration(input.registration);
    if (!vrm) throw AppError.badInput('registration', 'Enter the registration mark');
    if (!isUkRegistration(input.registration)) throw AppError.badInput('registration', registrationShapeMessage(input.registration));
    const found = await m.getRepository(VehicleEntity).findOneBy({ panelId: input.panelId, vrm });
    if (found) return found;
    const vehicle = await m.getRepository(VehicleEntity).save(
      m.create(VehicleEntity, {
        panelId: input.panelId,
        registration: input.registration.trim().toUpperCase(),
        vrm,
        vrmFolded: foldRegistration(vrm),
        make: input.make?.trim() || null,
        model: input.model?.trim() || null,
        colour: input.colour?.trim() || null,
      }),
    );
    await this.audit.recordChange(m, ctx, {
      panelId: input.panelId,
      entityType: 'Vehicle',
      entityId: vehicle.id,
      action: 'CREATE',
      after: { registration: vehicle.registration, make: vehicle.make, model: vehicle.model, colour: vehicle.colour },
    });
    return vehicle;
  }

  /** A vehicle in a panel the caller can read, or NOT_FOUND exactly as for one that does not exist. */
  async findVisible(m: EntityManager, ctx: RequestContext, id: string): Promise<VehicleEntity> {
    const scope = scopeCondition(this.access.scope(ctx, PERMISSIONS.OCG_READ), 'v.panel_id');
    const v = await m.getRepository(VehicleEntity).createQueryBuilder('v').where('v.id = :id', { id }).andWhere(scope.sql, scope.params).getOne();
    if (!v) throw AppError.notFound('Vehicle');
    return v;
  }
}

export function toVehicleObject(v: VehicleEntity): VehicleObject {
  return {
    id: v.id,
    panelId: v.panelId,
    registration: v.registration,
    vrm: v.vrm,
    make: v.make,
    model: v.model,
    colour: v.colour,
    version: v.version,
  };
}
