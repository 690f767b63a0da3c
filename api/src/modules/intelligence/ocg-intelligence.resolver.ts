import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AppError } from '../../core/errors/app-error.js';
import { OcgObject } from '../ocgs/ocg.object.js';
import { RECENT_INTELLIGENCE_BY_OCG } from './intelligence.loaders.js';
import { IntelligenceEntryObject } from './intelligence.object.js';
import { handlingViewer } from './intelligence.service.js';

const LIMIT_MAX = 50;

/** Adds the latest intelligence to the Ocg type, filtered per entry by handling code. */
@Resolver(() => OcgObject)
export class OcgIntelligenceResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => [IntelligenceEntryObject], {
    nullable: true,
    description: `The latest intelligence about the group that you may see, newest first (at most ${LIMIT_MAX}). Null when your role, or your agency's information-sharing agreement, does not allow reading intelligence.`,
  })
  async intelligence(
    @Context() ctx: RequestContext,
    @Parent() ocg: OcgObject,
    @Args('limit', { type: () => Int, defaultValue: 10 }) limit: number,
  ): Promise<IntelligenceEntryObject[] | null> {
    if (limit < 1 || limit > LIMIT_MAX) throw AppError.badInput('limit', `Ask for 1 to ${LIMIT_MAX} entries`);
    const viewer = this.access.requireViewer(ctx);
    if (!this.access.holdsInPanel(viewer, ocg.panelId, PERMISSIONS.INTELLIGENCE_READ)) return null;
    return ctx.loaders.of(RECENT_INTELLIGENCE_BY_OCG).load({ ocgId: ocg.id, panelId: ocg.panelId, limit, viewer: handlingViewer(viewer) });
  }
}
