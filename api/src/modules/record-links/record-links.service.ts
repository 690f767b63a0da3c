import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import type { CreateNominalInput } from '../nominals/nominal.inputs.js';
import type { NominalEntity } from '../nominals/nominal.entity.js';
import { NominalsService } from '../nominals/nominals.service.js';
import { OcgsService } from '../ocgs/ocgs.service.js';
import type { PlaceEntity } from '../places/place.entity.js';
import { PlacesService } from '../places/places.service.js';
import type { VehicleEntity } from '../vehicles/vehicle.entity.js';
import { VehiclesService } from '../vehicles/vehicles.service.js';
import type { LinkInput, LinkTargetInput, RecordPlaceInput, RecordVehicleInput, SetNominalRoleInput } from './record-link.inputs.js';

type LinkedKind = 'vehicle' | 'place';

/**
 * The links between records of one panel: nominals in groups with their roles, and vehicles and places linked to
 * groups and nominals. Each change is written on the group or nominal's history, in the same transaction as the
 * record it may create.
 */
@Injectable()
export class RecordLinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly ocgs: OcgsService,
    private readonly nominals: NominalsService,
    private readonly vehicles: VehiclesService,
    private readonly places: PlacesService,
  ) {}

  /** Records a nominal and, with a group and role, adds them to it: both or neither. */
  async createNominal(ctx: RequestContext, input: CreateNominalInput): Promise<NominalEntity> {
    if (input.ocgId && !input.role) throw AppError.badInput('role', 'Select the nominal’s role in the group');
    return this.dataSource.transaction(async (m) => {
      const created = await this.nominals.createIn(m, ctx, input);
      if (input.ocgId && input.role) await this.setRoleIn(m, ctx, { ocgId: input.ocgId, nominalId: created.id, role: input.role });
      return created;
    });
  }

  /** Adds a nominal to a group, changes their role in it, or (role null) takes them out of it. */
  async setNominalRole(ctx: RequestContext, input: SetNominalRoleInput): Promise<NominalEntity> {
    return this.dataSource.transaction(async (m) => {
      await this.setRoleIn(m, ctx, input);
      return this.nominals.findVisible(m, ctx, input.nominalId);
    });
  }

  /** Records a vehicle, or finds the one already recorded under the same plate, and links it if asked. */
  async recordVehicle(ctx: RequestContext, input: RecordVehicleInput): Promise<VehicleEntity> {
    return this.dataSource.transaction(async (m) => {
      const vehicle = await this.vehicles.findOrCreateIn(m, ctx, input);
      if (input.ocgId || input.nominalId) await this.setLink(m, ctx, 'vehicle', vehicleRef(vehicle), input, true);
      return vehicle;
    });
  }

  async linkVehicle(ctx: RequestContext, input: LinkInput): Promise<VehicleEntity> {
    return this.dataSource.transaction(async (m) => {
      const vehicle = await this.vehicles.findVisible(m, ctx, input.id);
      await this.setLink(m, ctx, 'vehicle', vehicleRef(vehicle), input, input.linked);
      return vehicle;
    });
  }

  /** Records a place and links it if asked. */
  async recordPlace(ctx: RequestContext, input: RecordPlaceInput): Promise<PlaceEntity> {
    return this.dataSource.transaction(async (m) => {
      const place = await this.places.createIn(m, ctx, input);
      if (input.ocgId || input.nominalId) await this.setLink(m, ctx, 'place', place, input, true);
      return place;
    });
  }

  async linkPlace(ctx: RequestContext, input: LinkInput): Promise<PlaceEntity> {
    return this.dataSource.transaction(async (m) => {
      const place = await this.places.findVisible(m, ctx, input.id);
      await this.setLink(m, ctx, 'place', place, input, input.linked);
      return place;
    });
  }

  private async setRoleIn(m: EntityManager, ctx: RequestContext, input: SetNominalRoleInput): Promise<void> {
    const ocg = await this.ocgs.findVisible(m, ctx, input.ocgId, true);
    this.access.requireInPanel(ctx, ocg.panelId, PERMISSIONS.OCG_WRITE);
    const nominal = await this.nominals.findVisible(m, ctx, input.nominalId);
    if (nominal.panelId !== ocg.panelId) throw AppError.notFound('Nominal');
    const [before]: { role: string }[] = await m.query(`SELECT role FROM ocg_nominal WHERE ocg_id = $1 AND nominal_id = $2`, [ocg.id, nominal.id]);
    if (input.role) {
      await m.query(
        `INSERT INTO ocg_nominal (ocg_id, nominal_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (ocg_id, nominal_id) DO UPDATE SET role = EXCLUDED.role`,
        [ocg.id, nominal.id, input.role],
      );
    } else {
      await m.query(`DELETE FROM ocg_nominal WHERE ocg_id = $1 AND nominal_id = $2`, [ocg.id, nominal.id]);
    }
    // Recorded on the group: its history then shows who joined, changed role or left, by reference.
    const key = `role of ${nominal.reference}`;
    await this.audit.recordChange(m, ctx, {
      panelId: ocg.panelId,
      entityType: 'Ocg',
      entityId: ocg.id,
      action: 'UPDATE',
      before: { [key]: before?.role ?? null },
      after: { [key]: input.role ?? null },
    });
    await m.query(`UPDATE ocg SET updated_at = now() WHERE id = $1`, [ocg.id]);
  }

  /**
   * Links (or unlinks) a vehicle or place to a group or a nominal of the same panel, writing the audit row on
   * the group or nominal so its history shows what was attached. Table names come from this file only.
   */
  private async setLink(
    m: EntityManager,
    ctx: RequestContext,
    kind: LinkedKind,
    record: { id: string; panelId: string; label: string },
    target: LinkTargetInput,
    linked: boolean,
  ): Promise<void> {
    if (Boolean(target.ocgId) === Boolean(target.nominalId)) {
      throw AppError.badInput('ocgId', 'Choose a group or a nominal to link to, not both');
    }
    const owner = target.ocgId ? 'ocg' : 'nominal';
    const ownerId = (target.ocgId ?? target.nominalId) as string;
    const found: { panel_id: string }[] = await m.query(`SELECT panel_id FROM ${owner} WHERE id = $1`, [ownerId]);
    if (!found.length || found[0].panel_id !== record.panelId) throw AppError.notFound(owner === 'ocg' ? 'Group' : 'Nominal');
    this.access.requireInPanel(ctx, record.panelId, PERMISSIONS.OCG_WRITE);
    const table = `${owner}_${kind}`;
    // TypeORM answers an INSERT with its rows and a DELETE with [rows, affected count].
    const changed = linked
      ? (await m.query(`INSERT INTO ${table} (${owner}_id, ${kind}_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`, [ownerId, record.id]))
          .length > 0
      : (await m.query(`DELETE FROM ${table} WHERE ${owner}_id = $1 AND ${kind}_id = $2`, [ownerId, record.id]))[1] > 0;
    if (!changed) return;
    await this.audit.recordChange(m, ctx, {
      panelId: record.panelId,
      entityType: owner === 'ocg' ? 'Ocg' : 'Nominal',
      entityId: ownerId,
      action: 'UPDATE',
      before: { [`${kind} ${record.label}`]: linked ? null : 'linked' },
      after: { [`${kind} ${record.label}`]: linked ? 'linked' : null },
    });
  }
}

const vehicleRef = (v: VehicleEntity) => ({ id: v.id, panelId: v.panelId, label: v.registration });
