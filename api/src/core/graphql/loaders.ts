import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { AgencyEntity } from '../../modules/agencies/agency.entity.js';
import { UserEntity } from '../../modules/members/user.entity.js';
import { NominalEntity } from '../../modules/nominals/nominal.entity.js';
import { OcgEntity } from '../../modules/ocgs/ocg.entity.js';
import { PanelEntity } from '../../modules/panels/panel.entity.js';
import { leanEntities, leanRead } from '../database/prepared-query.js';

export interface LoaderDefinition<K, V> {
  name: string;
  batch: (dataSource: DataSource, keys: readonly K[]) => Promise<V[]>;
}

/** Declares a module's own batch loader, kept beside the resolvers that use it. */
export function defineLoader<K, V>(name: string, batch: LoaderDefinition<K, V>['batch']): LoaderDefinition<K, V> {
  return { name, batch };
}

/**
 * Per-request batch loaders: every relation the API exposes is resolved through one of these, so a list of
 * any length costs one statement per relation. Loaders do not check access; the parent record was already
 * found within the caller's scope.
 */
export class Loaders {
  private readonly defined = new Map<string, DataLoader<unknown, unknown>>();
  private agenciesOfPanels: Promise<Map<string, AgencyEntity>> | null = null;
  // Each made on first use: a live event's answer renews the loaders for every subscriber, and most use none.
  private panelLoader?: DataLoader<string, PanelEntity | null>;
  private agencyLoader?: DataLoader<string, AgencyEntity | null>;
  private userLoader?: DataLoader<string, UserEntity | null>;
  private memberCountLoader?: DataLoader<string, number>;
  private ocgLoader?: DataLoader<string, OcgEntity | null>;
  private nominalLoader?: DataLoader<string, NominalEntity | null>;

  /** `panelIds`: the viewer's panels, whose agencies most answers refer to. */
  constructor(
    private readonly dataSource: DataSource,
    private readonly panelIds: readonly string[] = [],
  ) {}

  get panel(): DataLoader<string, PanelEntity | null> {
    return (this.panelLoader ??= byId(this.dataSource, PanelEntity));
  }

  /**
   * A panel has a few dozen agencies, asked for from many parts of one answer at different moments: the viewer's
   * panels' agencies are read once per request (one shared promise, however the asks interleave), so the number of
   * statements never depends on which resolver asks first. Others are read by id.
   */
  get agency(): DataLoader<string, AgencyEntity | null> {
    return (this.agencyLoader ??= new DataLoader(async (ids) => {
      const known = await this.panelAgencies();
      const missing = ids.filter((id) => !known.has(id));
      if (missing.length) {
        for (const row of await leanEntities(this.dataSource, AgencyEntity, { where: 'e.id = ANY(:ids)', params: { ids: missing } }))
          known.set(row.id, row);
      }
      return ids.map((id) => known.get(id) ?? null);
    }));
  }

  get user(): DataLoader<string, UserEntity | null> {
    return (this.userLoader ??= byId(this.dataSource, UserEntity));
  }

  get ocg(): DataLoader<string, OcgEntity | null> {
    return (this.ocgLoader ??= byId(this.dataSource, OcgEntity));
  }

  get nominal(): DataLoader<string, NominalEntity | null> {
    return (this.nominalLoader ??= byId(this.dataSource, NominalEntity));
  }

  get memberCountByAgency(): DataLoader<string, number> {
    return (this.memberCountLoader ??= new DataLoader(async (agencyIds) => {
      const rows = await leanRead<{ agency_id: string; n: number }>(
        this.dataSource,
        `SELECT u.agency_id, count(*)::int AS n FROM app_user u
          WHERE u.agency_id = ANY(:agencyIds) AND u.disabled_at IS NULL GROUP BY u.agency_id`,
        { agencyIds },
      );
      const counts = new Map(rows.map((r) => [r.agency_id, r.n]));
      return agencyIds.map((id) => counts.get(id) ?? 0);
    }));
  }

  private panelAgencies(): Promise<Map<string, AgencyEntity>> {
    this.agenciesOfPanels ??= (
      this.panelIds.length
        ? leanEntities(this.dataSource, AgencyEntity, { where: 'e.panel_id = ANY(:panelIds)', params: { panelIds: [...this.panelIds] } })
        : Promise.resolve([])
    ).then((rows) => new Map(rows.map((r) => [r.id, r])));
    return this.agenciesOfPanels;
  }

  /** A module's own loader (see defineLoader), made once per request. */
  of<K, V>(definition: LoaderDefinition<K, V>): DataLoader<K, V> {
    let loader = this.defined.get(definition.name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => definition.batch(this.dataSource, keys));
      this.defined.set(definition.name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** A loader of rows by id. */
export function byId<T extends ObjectLiteral & { id: string }>(dataSource: DataSource, entity: EntityTarget<T>): DataLoader<string, T | null> {
  return new DataLoader((ids) => rowsById(dataSource, entity, ids));
}

/** Declares a module's loader of its own rows by id, for rows the shared loaders above do not cover. */
export function defineByIdLoader<T extends ObjectLiteral & { id: string }>(
  name: string,
  entity: EntityTarget<T>,
): LoaderDefinition<string, T | null> {
  return defineLoader(name, (dataSource, ids) => rowsById(dataSource, entity, ids));
}

/** Rows by id in the order asked for, null for an id with none: one prepared statement for any number of ids. */
async function rowsById<T extends ObjectLiteral & { id: string }>(dataSource: DataSource, entity: EntityTarget<T>, ids: readonly string[]) {
  const rows = await leanEntities(dataSource, entity, { where: 'e.id = ANY(:ids)', params: { ids: [...ids] } });
  const found = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => found.get(id) ?? null);
}

/** Groups rows by a key, in the order of the keys asked for (an empty list for a key with none). */
export function groupBy<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}
