import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { AnswerHitCheckInput, HitCheckDetailObject, HitCheckObject } from './hit-check.objects.js';
import { HitChecksService } from './hit-checks.service.js';

@Resolver()
export class HitChecksResolver {
  constructor(private readonly service: HitChecksService) {}

  @Query(() => HitCheckObject, { nullable: true, description: 'The hit/no-hit check of a meeting; null until the chair circulates it' })
  @RequirePermission(PERMISSIONS.MEETING_READ)
  hitCheck(@Context() ctx: RequestContext, @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string): Promise<HitCheckObject | null> {
    return this.service.check(ctx, meetingId);
  }

  @Query(() => [HitCheckDetailObject], { description: 'What the agencies holding something on a subject hold: for those agencies only, and logged' })
  @RequirePermission(PERMISSIONS.HIT_CHECK_ANSWER)
  hitCheckDetails(
    @Context() ctx: RequestContext,
    @Args('subjectId', { type: () => ID }, UuidPipe) subjectId: string,
  ): Promise<HitCheckDetailObject[]> {
    return this.service.details(ctx, subjectId);
  }

  @Mutation(() => HitCheckObject, { description: 'Circulates the published agenda’s groups and their nominals, by reference, to every agency' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  circulateHitCheck(@Context() ctx: RequestContext, @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string): Promise<HitCheckObject> {
    return this.service.circulate(ctx, meetingId);
  }

  @Mutation(() => HitCheckObject, { description: 'Your agency’s answers: hit or no hit for each subject, and what it holds where it does' })
  @RequirePermission(PERMISSIONS.HIT_CHECK_ANSWER)
  answerHitCheck(@Context() ctx: RequestContext, @Args('input') input: AnswerHitCheckInput): Promise<HitCheckObject> {
    return this.service.answer(ctx, input);
  }
}
