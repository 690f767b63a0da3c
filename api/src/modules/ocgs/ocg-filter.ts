import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CRIME_TYPES, LIMITS, OCG_STATUSES, TEXT_LIMITS, type CrimeType, type OcgStatus } from '@sentinel/shared';
import { CrimeTypeEnum, OcgStatusEnum } from '../../core/graphql/enums.js';
import { escapeLike } from '../../core/database/escape-like.js';

export const AREA_MAX = TEXT_LIMITS.ocgArea;

/** What the group list shows; its export takes the same object, so a file never holds more than the list. */
@InputType()
export class OcgFilter {
  @Field(() => [OcgStatusEnum], { nullable: true, description: 'Default: every status but archived' })
  @IsOptional()
  @ArrayMaxSize(OCG_STATUSES.length)
  @IsIn(OCG_STATUSES as unknown as string[], { each: true })
  statuses?: OcgStatus[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  tier?: string | null;

  @Field(() => CrimeTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(CRIME_TYPES as unknown as string[])
  crimeType?: CrimeType | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(AREA_MAX)
  area?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  lroUserId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or reference' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchLength)
  search?: string | null;
}

export const OcgSortEnum = { SCORE: 'SCORE', REFERENCE: 'REFERENCE', NAME: 'NAME', RECENTLY_UPDATED: 'RECENTLY_UPDATED' } as const;
export type OcgSort = keyof typeof OcgSortEnum;
registerEnumType(OcgSortEnum, { name: 'OcgSort', description: 'SCORE: highest first, unscored last' });

/** ORDER BY for each sort, on `ocg o`; every one ends on the unique reference, so pages never overlap. */
export const OCG_SORTS: Record<OcgSort, string> = {
  SCORE: 'o.score_total DESC NULLS LAST, o.reference',
  REFERENCE: 'o.reference',
  NAME: 'lower(o.name), o.reference',
  RECENTLY_UPDATED: 'o.updated_at DESC, o.reference',
};

/**
 * A panel's groups for a filter, as one condition on `ocg o` with named parameters: the list pages through
 * it and the export writes all of it, so the two cannot differ. Archived groups only when asked for.
 */
export function ocgListCondition(
  panelId: string,
  filter: OcgFilter | null | undefined,
  known: string | null = null,
): { sql: string; params: Record<string, unknown> } {
  const f = filter ?? {};
  const where = ['o.panel_id = :panelId'];
  const params: Record<string, unknown> = { panelId };
  if (f.statuses?.length) {
    where.push('o.status = ANY(:statuses)');
    params.statuses = f.statuses;
  } else {
    where.push(`o.status <> 'ARCHIVED'`);
  }
  if (f.tier) {
    where.push('o.tier = :tier');
    params.tier = f.tier;
  }
  if (f.crimeType) {
    where.push(':crimeType = ANY(o.crime_types)');
    params.crimeType = f.crimeType;
  }
  if (f.area) {
    where.push('o.areas @> ARRAY[:area]::text[]');
    params.area = f.area;
  }
  if (f.lroUserId) {
    where.push('o.lro_user_id = :lro');
    params.lro = f.lroUserId;
  }
  if (f.search?.trim()) {
    // Matched on the name as the viewer reads it too (`known`: a viewer without cover), never on a name withheld.
    where.push(`(o.name ILIKE :q${known ? ` AND regexp_replace(o.name, :known, ' ', 'gi') ILIKE :q` : ''}) OR o.reference ILIKE :q`);
    params.q = `%${escapeLike(f.search.trim())}%`;
    params.known = known;
  }
  return { sql: where.map((w) => `(${w})`).join(' AND '), params };
}
