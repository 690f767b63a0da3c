import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { foldName, LIMITS, PERMISSIONS } from '@sentinel/shared';
import type { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { escapeLike } from '../../core/database/escape-like.js';

/** Which nominals the list shows; the nominal export takes the same object, so a file never holds more. */
@InputType()
export class NominalFilter {
  @Field(() => String, { nullable: true, description: 'A reference such as N-0007' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchLength)
  reference?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the nominals of this group' })
  @IsOptional()
  @IsUUID()
  ocgId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the reference, or of a name or alias for viewers who may see names' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchLength)
  search?: string | null;
}

/** The one order of the nominal list and its export. */
export const NOMINAL_ORDER = 'n.reference';

/**
 * A panel's nominals for a filter, as one condition on `nominal n` with named parameters: the list pages
 * through it and the export writes all of it, so the two cannot differ. Names are searched only for a viewer
 * who may see them, or a match would tell a withheld name.
 */
export function nominalListCondition(
  access: AccessService,
  ctx: RequestContext,
  panelId: string,
  filter: NominalFilter | null | undefined,
): { sql: string; params: Record<string, unknown> } {
  const viewer = access.requireViewer(ctx);
  const f = filter ?? {};
  const where = ['n.panel_id = :panelId'];
  const params: Record<string, unknown> = { panelId };
  if (f.reference?.trim()) {
    where.push('n.reference = :reference');
    params.reference = f.reference.trim().toUpperCase();
  }
  if (f.ocgId) {
    where.push('EXISTS (SELECT 1 FROM ocg_nominal x WHERE x.nominal_id = n.id AND x.ocg_id = :ocgId)');
    params.ocgId = f.ocgId;
  }
  const text = f.search?.trim() ?? '';
  if (text) {
    const byName = access.holdsInPanel(viewer, panelId, PERMISSIONS.PERSONAL_DATA_READ) ? foldName(text) : '';
    where.push(`upper(n.reference) LIKE :referenceLike${byName ? ` OR n.name_search LIKE '%' || :name || '%'` : ''}`);
    params.referenceLike = `%${escapeLike(text.toUpperCase())}%`;
    if (byName) params.name = byName;
  }
  return { sql: where.map((w) => `(${w})`).join(' AND '), params };
}
