import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { CreateOcgInput, OcgsArgs, ScoreOcgInput, UpdateOcgInput } from './ocg.inputs.js';
import { SCORES_BY_OCG } from './ocg.loaders.js';
import { OcgObject, OcgPageObject, OcgScoreObject } from './ocg.object.js';
import { OcgScoringService } from './ocg-scoring.service.js';
import { OcgsService } from './ocgs.service.js';

@Resolver(() => OcgObject)
export class OcgsResolver {
  constructor(
    private readonly service: OcgsService,
    private readonly scoring: OcgScoringService,
  ) {}

  @Query(() => OcgPageObject, { description: "A panel's groups; by default every status but archived, highest score first" })
  @RequirePermission(PERMISSIONS.OCG_READ)
  ocgs(@Context() ctx: RequestContext, @Args() args: OcgsArgs): Promise<OcgPageObject> {
    return this.service.list(ctx, args);
  }

  @Query(() => OcgObject)
  @RequirePermission(PERMISSIONS.OCG_READ)
  ocg(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<OcgObject> {
    return this.service.get(ctx, id);
  }

  @Mutation(() => OcgObject, { description: 'Records a new group; its reference is the panel’s next OCG number' })
  @RequirePermission(PERMISSIONS.OCG_WRITE)
  createOcg(@Context() ctx: RequestContext, @Args('input') input: CreateOcgInput): Promise<OcgObject> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => OcgObject)
  @RequirePermission(PERMISSIONS.OCG_WRITE)
  updateOcg(@Context() ctx: RequestContext, @Args('input') input: UpdateOcgInput): Promise<OcgObject> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => OcgObject, { description: 'Scores the group again; every scoring is kept' })
  @RequirePermission(PERMISSIONS.OCG_WRITE)
  scoreOcg(@Context() ctx: RequestContext, @Args('input') input: ScoreOcgInput): Promise<OcgObject> {
    return this.scoring.score(ctx, input);
  }

  @ResolveField(() => [OcgScoreObject], { description: 'Scores, newest first' })
  async scoreHistory(
    @Context() ctx: RequestContext,
    @Parent() ocg: OcgObject,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
  ): Promise<OcgScoreObject[]> {
    const scores = await ctx.loaders.of(SCORES_BY_OCG).load(ocg.id);
    return scores.slice(0, Math.min(Math.max(limit, 1), 100)).map((s) => ({ ...s, scoredByUserId: s.scoredBy }));
  }

  @ResolveField(() => String, { nullable: true, description: 'The lead responsible officer’s name' })
  async lroName(@Context() ctx: RequestContext, @Parent() ocg: OcgObject): Promise<string | null> {
    return ocg.lroUserId ? ((await ctx.loaders.user.load(ocg.lroUserId))?.name ?? null) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The senior responsible officer’s name' })
  async sroName(@Context() ctx: RequestContext, @Parent() ocg: OcgObject): Promise<string | null> {
    return ocg.sroUserId ? ((await ctx.loaders.user.load(ocg.sroUserId))?.name ?? null) : null;
  }
}
