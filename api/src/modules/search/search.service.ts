import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OCG_STATUS_LABELS, PERMISSIONS, PLACE_KIND_LABELS, RECORD_KINDS, type RecordKind } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import { knownTermsNear } from '../../core/access/known-names.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { presentNominal } from '../nominals/nominal-presenter.js';
import { toOcgObject } from '../ocgs/ocgs.service.js';
import type { PlaceEntity } from '../places/place.entity.js';
import { maySeePlace, presentPlace, withheldPlaceLabel } from '../places/place-presenter.js';
import { toVehicleObject } from '../vehicles/vehicles.service.js';
import type { NominalEntity } from '../nominals/nominal.entity.js';
import { findNominals, findOcgs, findPlaces, findVehicles } from './search-queries.js';
import type { SearchArgs } from './search.args.js';
import type { SearchHitObject, SearchResultsObject } from './search-hit.object.js';
import { searchTerms } from './search-terms.js';

@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /** At most one statement per kind asked for, whatever the number of records in the panel. */
  async search(ctx: RequestContext, args: SearchArgs): Promise<SearchResultsObject> {
    const viewer = this.access.requirePanel(ctx, args.panelId, PERMISSIONS.RECORD_SEARCH);
    const canName = this.access.holdsInPanel(viewer, args.panelId, PERMISSIONS.PERSONAL_DATA_READ);
    const kinds = new Set<RecordKind>(args.kinds?.length ? args.kinds : RECORD_KINDS);
    const t = searchTerms(args.text);
    const { panelId, limit } = args;
    const ds = this.dataSource;
    const known = canName ? null : await knownTermsNear(ctx, panelId, args.text);

    const [ocgs, nominals, vehicles, places] = await Promise.all([
      kinds.has('OCG') ? findOcgs(ds, panelId, t, known, limit) : [],
      kinds.has('NOMINAL') ? findNominals(ds, panelId, t, canName, limit) : [],
      kinds.has('VEHICLE') ? findVehicles(ds, panelId, t, limit) : [],
      kinds.has('PLACE') ? findPlaces(ds, panelId, t, canName, known, limit) : [],
    ]);

    const ranked: { hit: SearchHitObject; nominal?: NominalEntity; place?: PlaceEntity }[] = [
      ...ocgs.map(({ row, score }) => ({
        hit: { ...hit('OCG', row.id, row.name, `${row.reference} · ${OCG_STATUS_LABELS[row.status]}`, score), ocg: toOcgObject(row) },
      })),
      // Titled after ranking, through presentNominal, so that only the nominals returned are noted as consulted.
      ...nominals.map(({ row, score }) => ({ hit: hit('NOMINAL', row.id, row.reference, null, score), nominal: row })),
      ...vehicles.map(({ row, score }) => ({
        hit: {
          ...hit('VEHICLE', row.id, row.registration, [row.colour, row.make, row.model].filter(Boolean).join(' ') || null, score),
          vehicle: toVehicleObject(row),
        },
      })),
      // Likewise a home address is presented (and noted) only if it is among the hits returned.
      ...places.map(({ row, score }) => ({
        hit: hit('PLACE', row.id, maySeePlace(ctx, this.access, row) ? row.label : withheldPlaceLabel(row.area), placeSubtitle(row), score),
        place: row,
      })),
    ];

    const kept = ranked.sort((a, b) => b.hit.score - a.hit.score || a.hit.title.localeCompare(b.hit.title)).slice(0, limit);
    const hits = kept.map(({ hit: h, nominal: entity, place }) => {
      if (place) return { ...h, place: presentPlace(ctx, this.access, place) };
      if (!entity) return h;
      const nominal = presentNominal(ctx, this.access, entity);
      const aliases = nominal.aliases?.length ? ` · also known as ${nominal.aliases.join(', ')}` : '';
      const subtitle = nominal.personalDataWithheld ? `${entity.reference} · personal details withheld` : `${entity.reference}${aliases}`;
      return { ...h, title: nominal.displayName, subtitle, nominal };
    });
    return { hits, namesSearched: canName };
  }
}

function placeSubtitle(p: PlaceEntity): string {
  return [PLACE_KIND_LABELS[p.kind], p.area, p.highHarm ? 'high harm' : null].filter(Boolean).join(' · ');
}

function hit(kind: RecordKind, id: string, title: string, subtitle: string | null, score: number): SearchHitObject {
  return {
    kind,
    id,
    title,
    subtitle,
    score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000,
    ocg: null,
    nominal: null,
    vehicle: null,
    place: null,
  };
}
