import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { AgencyEntity } from '../../modules/agencies/agency.entity.js';
import { UserEntity } from '../../modules/members/user.entity.js';
import { NominalEntity } from '../../modules/nominals/nominal.entity.js';
import { OcgEntity } from '../../modules/ocgs/ocg.entity.js';
import { PanelEntity } from '../../modules/panels/panel.entity.js';

/**
 * Per-request batch loaders: every relation the API exposes is resolved through one of these, so a list of
 * any length costs one statement per relation. Loaders do not check access; the parent record was already
 * found within the caller's scope.
 */
export class Loaders {
  readonly panel: DataLoader<string, PanelEntity | null>;
  readonly agency: DataLoader<string, AgencyEntity | null>;
  readonly user: DataLoader<string, UserEntity | null>;
  readonly memberCountByAgency: DataLoader<string, number>;
  readonly ocg: DataLoader<string, OcgEntity | null>;
  readonly nominal: DataLoader<string, NominalEntity | null>;

  constructor(dataSource: DataSource) {
    this.panel = byId(dataSource, PanelEntity);
    this.agency = byId(dataSource, AgencyEntity);
    this.user = byId(dataSource, UserEntity);
    this.ocg = byId(dataSource, OcgEntity);
    this.nominal = byId(dataSource, NominalEntity);
    this.memberCountByAgency = new DataLoader(async (agencyIds) => {
      const rows: { agency_id: string; n: number }[] = await dataSource.query(
        `SELECT u.agency_id, count(*)::int AS n FROM app_user u
          WHERE u.agency_id = ANY($1) AND u.disabled_at IS NULL GROUP BY u.agency_id`,
        [agencyIds],
      );
      const counts = new Map(rows.map((r) => [r.agency_id, r.n]));
      return agencyIds.map((id) => counts.get(id) ?? 0);
    });
  }
}

/** A loader of rows by id; `byId(dataSource, Entity)` is the one way to add another. */
export function byId<T extends ObjectLiteral & { id: string }>(dataSource: DataSource, entity: EntityTarget<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
