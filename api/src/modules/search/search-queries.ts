import type { DataSource } from 'typeorm';
import { leanEntities } from '../../core/database/prepared-query.js';
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

/** How a group is matched and scored on its reference and name, whatever expression gives the name. */
function ocgMatch(name: string): { score: string; where: string } {
  return {
    score: `CASE
        WHEN upper(o.reference) = ANY(CAST(:refs AS text[])) THEN 1.0
        WHEN lower(${name}) = :lower THEN 0.99
        WHEN upper(o.reference) LIKE :upperLike || '%' THEN 0.9
        WHEN lower(${name}) LIKE :lowerLike || '%' OR lower(${name}) LIKE '% ' || :lowerLike || '%'
          THEN 0.8 + 0.19 * similarity(lower(${name}), :lower)
        ELSE 0.79 * greatest(similarity(lower(${name}), :lower), word_similarity(:lower, lower(${name})))
      END`,
    where: `(upper(o.reference) = ANY(CAST(:refs AS text[])) OR upper(o.reference) LIKE :upperLike || '%'
        OR lower(${name}) LIKE '%' || :lowerLike || '%' OR lower(${name}) % :lower OR :lower <% lower(${name}))`,
  };
}

/** How a place is matched and scored on its label, whatever expression gives the label. */
function placeMatch(label: string): { score: string; where: string } {
  return {
    score: `CASE WHEN lower(${label}) = :lower THEN 1.0
            WHEN lower(${label}) LIKE :lowerLike || '%' OR lower(${label}) LIKE '% ' || :lowerLike || '%'
              THEN 0.8 + 0.19 * similarity(lower(${label}), :lower)
            ELSE 0.79 * greatest(similarity(lower(${label}), :lower), word_similarity(:lower, lower(${label}))) END`,
    where: `(lower(${label}) LIKE '%' || :lowerLike || '%' OR lower(${label}) % :lower OR :lower <% lower(${label}))`,
  };
}

/**
 * Matched on the text as written (which the trigram index can narrow), and, when `known` is set (a viewer without
 * cover), also on the text as that viewer reads it, known names taken out (`knownTermsNear`): scored on the latter.
 */
function asRead(match: (text: string) => { score: string; where: string }, column: string, known: string | null) {
  const written = match(column);
  if (!known) return written;
  const read = match(`regexp_replace(${column}, :known, ' ', 'gi')`);
  return { score: read.score, where: `${written.where} AND ${read.where}` };
}

export async function findOcgs(ds: DataSource, panelId: string, t: SearchTerms, known: string | null, limit: number): Promise<Scored<OcgEntity>[]> {
  const match = asRead(ocgMatch, 'o.name', known);
  const rows = await leanEntities(ds, OcgEntity, {
    as: 'o',
    extra: { score: match.score },
    where: `o.panel_id = :panelId AND ${match.where}`,
    params: { panelId, refs: t.ocgRefs, lower: t.lower, lowerLike: t.lowerLike, upperLike: t.upperLike, known, limit },
    rest: 'ORDER BY score DESC, o.name LIMIT :limit',
  });
  return scored(rows);
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
  const rows = await leanEntities(ds, NominalEntity, {
    as: 'n',
    extra: {
      score: `CASE
        WHEN upper(n.reference) = ANY(CAST(:refs AS text[])) THEN 1.0
        WHEN upper(n.reference) LIKE :upperLike || '%' THEN 0.9
        WHEN NOT (${byName}) THEN 0
        WHEN (' ' || n.name_search || ' ') LIKE '% ' || :name || ' %' THEN 0.85 + 0.14 * similarity(n.name_search, :name)
        WHEN (' ' || n.name_search) LIKE '% ' || :name || '%' THEN 0.8 + 0.05 * similarity(n.name_search, :name)
        ELSE 0.79 * greatest(similarity(n.name_search, :name), word_similarity(:name, n.name_search),
                             CASE WHEN ${everyWord} THEN 0.6 ELSE 0 END)
      END`,
    },
    where: `n.panel_id = :panelId AND (upper(n.reference) = ANY(CAST(:refs AS text[])) OR upper(n.reference) LIKE :upperLike || '%' OR (${byName}))`,
    params: { panelId, refs: t.nominalRefs, upperLike: t.upperLike, name: t.name, words: t.nameWords, canName, limit },
    rest: 'ORDER BY score DESC, n.reference LIMIT :limit',
  });
  return scored(rows);
}

/** As typed, and in the folded form that forgives a misread look-alike (0/O, 1/I, 5/S, 8/B...). */
export async function findVehicles(ds: DataSource, panelId: string, t: SearchTerms, limit: number): Promise<Scored<VehicleEntity>[]> {
  if (t.vrm.length < 2) return [];
  const rows = await leanEntities(ds, VehicleEntity, {
    as: 'v',
    extra: {
      score: `CASE WHEN v.vrm = :vrm THEN 1.0
            WHEN v.vrm_folded = :folded THEN 0.95
            WHEN v.vrm LIKE :vrm || '%' THEN 0.8 + 0.19 * length(:vrm)::numeric / length(v.vrm)
            ELSE 0.79 * length(:folded)::numeric / length(v.vrm_folded) END`,
    },
    where: `v.panel_id = :panelId AND v.vrm_folded LIKE :folded || '%'`,
    params: { panelId, vrm: t.vrm, folded: t.vrmFolded, limit },
    rest: 'ORDER BY score DESC, v.vrm LIMIT :limit',
  });
  return scored(rows);
}

/**
 * Home addresses are personal data: without cover they are not searched (a hit would confirm an address), and any
 * other place is matched on its label as that viewer reads it (`known`).
 */
export async function findPlaces(
  ds: DataSource,
  panelId: string,
  t: SearchTerms,
  canName: boolean,
  known: string | null,
  limit: number,
): Promise<Scored<PlaceEntity>[]> {
  const match = asRead(placeMatch, 'p.label', known);
  const rows = await leanEntities(ds, PlaceEntity, {
    as: 'p',
    extra: { score: match.score },
    where: `p.panel_id = :panelId AND ${canName ? 'true' : `p.kind <> 'HOME'`} AND ${match.where}`,
    params: { panelId, lower: t.lower, lowerLike: t.lowerLike, known, limit },
    rest: 'ORDER BY score DESC, p.label LIMIT :limit',
  });
  return scored(rows);
}

/** Each row's score (numeric, so text from pg), taken off the row so that what goes on is the entity alone. */
function scored<T extends object>(rows: (T & { score?: string })[]): Scored<T>[] {
  return rows.map((row) => {
    const score = Number(row.score);
    delete row.score;
    return { row, score };
  });
}
