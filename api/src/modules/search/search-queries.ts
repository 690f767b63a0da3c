import type { DataSource } from 'typeorm';
import { NominalEntity } from '../nominals/nominal.entity.js';
import { OcgEntity } from '../ocgs/ocg.entity.js';
import { PlaceEntity } from '../places/place.entity.js';
import { VehicleEntity } from '../vehicles/vehicle.entity.js';
import type { SearchTerms } from './search-terms.js';

/*
 * One statement per kind of record. Scores sort exact matches (1) above prefixes (0.8 to 0.99) above
 * likenesses (below 0.8), so a reference or registration typed in full always comes first. The trigram
 * operators (% and <%) and LIKE '%..%' use the GIN trigram indexes; name_codes && uses its GIN index.
 */

export interface Scored<T> {
  row: T;
  score: number;
}

export async function findOcgs(ds: DataSource, panelId: string, t: SearchTerms, limit: number): Promise<Scored<OcgEntity>[]> {
  const { entities, raw } = await ds
    .getRepository(OcgEntity)
    .createQueryBuilder('o')
    .addSelect(
      `CASE
        WHEN upper(o.reference) = ANY(CAST(:refs AS text[])) THEN 1.0
        WHEN lower(o.name) = :lower THEN 0.99
        WHEN upper(o.reference) LIKE :upperLike || '%' THEN 0.9
        WHEN lower(o.name) LIKE :lowerLike || '%' OR lower(o.name) LIKE '% ' || :lowerLike || '%'
          THEN 0.8 + 0.19 * similarity(lower(o.name), :lower)
        ELSE 0.79 * greatest(similarity(lower(o.name), :lower), word_similarity(:lower, lower(o.name)))
      END`,
      'score',
    )
    .where('o.panel_id = :panelId')
    .andWhere(
      `(upper(o.reference) = ANY(CAST(:refs AS text[])) OR upper(o.reference) LIKE :upperLike || '%'
        OR lower(o.name) LIKE '%' || :lowerLike || '%' OR lower(o.name) % :lower OR :lower <% lower(o.name))`,
    )
    .setParameters({ panelId, refs: t.ocgRefs, lower: t.lower, lowerLike: t.lowerLike, upperLike: t.upperLike })
    .orderBy('score', 'DESC')
    .addOrderBy('o.name')
    .limit(limit)
    .getRawAndEntities();
  return entities.map((row, i) => ({ row, score: Number(raw[i].score) }));
}

/**
 * Names are matched only when `canName` (the viewer may receive personal data in this panel); otherwise only
 * the reference can find a nominal, so a search cannot confirm that a named person is known to the panel.
 * A name matches on trigram likeness, or when every word typed sounds like (double metaphone) or begins a
 * word of the names and aliases: "Jon Smyth" finds John Smith, "Jon Sm" does too while it is being typed.
 */
export async function findNominals(
  ds: DataSource,
  panelId: string,
  t: SearchTerms,
  canName: boolean,
  limit: number,
): Promise<Scored<NominalEntity>[]> {
  const everyWord = `NOT EXISTS (SELECT 1 FROM unnest(CAST(:words AS text[])) w
      WHERE NOT (ARRAY[dmetaphone(w), dmetaphone_alt(w)] && n.name_codes OR (' ' || n.name_search) LIKE '% ' || w || '%'))`;
  const anyCode = `n.name_codes && (SELECT array_agg(c) FROM unnest(CAST(:words AS text[])) w,
      LATERAL (VALUES (dmetaphone(w)), (dmetaphone_alt(w))) AS v(c) WHERE c <> '')`;
  const byName = `CAST(:canName AS boolean) AND :name <> '' AND (
      n.name_search LIKE '%' || :name || '%' OR n.name_search % :name OR :name <% n.name_search
      OR ((${anyCode}) AND ${everyWord}))`;
  const { entities, raw } = await ds
    .getRepository(NominalEntity)
    .createQueryBuilder('n')
    .addSelect(
      `CASE
        WHEN upper(n.reference) = ANY(CAST(:refs AS text[])) THEN 1.0
        WHEN upper(n.reference) LIKE :upperLike || '%' THEN 0.9
        WHEN NOT (${byName}) THEN 0
        WHEN (' ' || n.name_search || ' ') LIKE '% ' || :name || ' %' THEN 0.85 + 0.14 * similarity(n.name_search, :name)
        WHEN (' ' || n.name_search) LIKE '% ' || :name || '%' THEN 0.8 + 0.05 * similarity(n.name_search, :name)
        ELSE 0.79 * greatest(similarity(n.name_search, :name), word_similarity(:name, n.name_search),
                             CASE WHEN ${everyWord} THEN 0.6 ELSE 0 END)
      END`,
      'score',
    )
    .where('n.panel_id = :panelId')
    .andWhere(`(upper(n.reference) = ANY(CAST(:refs AS text[])) OR upper(n.reference) LIKE :upperLike || '%' OR (${byName}))`)
    .setParameters({ panelId, refs: t.nominalRefs, upperLike: t.upperLike, name: t.name, words: t.nameWords, canName })
    .orderBy('score', 'DESC')
    .addOrderBy('n.reference')
    .limit(limit)
    .getRawAndEntities();
  return entities.map((row, i) => ({ row, score: Number(raw[i].score) }));
}

/** As typed, and in the folded form that forgives a misread look-alike (0/O, 1/I, 5/S, 8/B...). */
export async function findVehicles(ds: DataSource, panelId: string, t: SearchTerms, limit: number): Promise<Scored<VehicleEntity>[]> {
  if (t.vrm.length < 2) return [];
  const { entities, raw } = await ds
    .getRepository(VehicleEntity)
    .createQueryBuilder('v')
    .addSelect(
      `CASE WHEN v.vrm = :vrm THEN 1.0
            WHEN v.vrm_folded = :folded THEN 0.95
            WHEN v.vrm LIKE :vrm || '%' THEN 0.8 + 0.19 * length(:vrm)::numeric / length(v.vrm)
            ELSE 0.79 * length(:folded)::numeric / length(v.vrm_folded) END`,
      'score',
    )
    .where('v.panel_id = :panelId')
    .andWhere(`v.vrm_folded LIKE :folded || '%'`)
    .setParameters({ panelId, vrm: t.vrm, folded: t.vrmFolded })
    .orderBy('score', 'DESC')
    .addOrderBy('v.vrm')
    .limit(limit)
    .getRawAndEntities();
  return entities.map((row, i) => ({ row, score: Number(raw[i].score) }));
}

/** Home addresses are personal data: without cover they are not searched (a hit would confirm an address). */
export async function findPlaces(ds: DataSource, panelId: string, t: SearchTerms, canName: boolean, limit: number): Promise<Scored<PlaceEntity>[]> {
  const { entities, raw } = await ds
    .getRepository(PlaceEntity)
    .createQueryBuilder('p')
    .addSelect(
      `CASE WHEN lower(p.label) = :lower THEN 1.0
            WHEN lower(p.label) LIKE :lowerLike || '%' OR lower(p.label) LIKE '% ' || :lowerLike || '%'
              THEN 0.8 + 0.19 * similarity(lower(p.label), :lower)
            ELSE 0.79 * greatest(similarity(lower(p.label), :lower), word_similarity(:lower, lower(p.label))) END`,
      'score',
    )
    .where('p.panel_id = :panelId')
    .andWhere(canName ? 'true' : `p.kind <> 'HOME'`)
    .andWhere(`(lower(p.label) LIKE '%' || :lowerLike || '%' OR lower(p.label) % :lower OR :lower <% lower(p.label))`)
    .setParameters({ panelId, lower: t.lower, lowerLike: t.lowerLike })
    .orderBy('score', 'DESC')
    .addOrderBy('p.label')
    .limit(limit)
    .getRawAndEntities();
  return entities.map((row, i) => ({ row, score: Number(raw[i].score) }));
}
