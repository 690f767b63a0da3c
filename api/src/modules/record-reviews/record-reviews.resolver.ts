import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { noteConsultation } from '../../core/audit/consultation.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import {
  RecordReviewDueObject,
  RecordReviewDuePageObject,
  RecordReviewObject,
  RecordReviewPageObject,
  RecordReviewsArgs,
  ReviewRecordInput,
} from './record-review.objects.js';
import { RecordReviewsService } from './record-reviews.service.js';

@Resolver()
export class RecordReviewsResolver {
  constructor(private readonly service: RecordReviewsService) {}

  @Query(() => RecordReviewDuePageObject, {
    description: 'The groups and nominals whose review date has come: every one for the chair and coordinator, their own for a lead officer',
  })
  @RequirePermission(PERMISSIONS.RECORD_REVIEW)
  recordReviewsDue(@Context() ctx: RequestContext, @Args() args: RecordReviewsArgs): Promise<RecordReviewDuePageObject> {
    return this.service.due(ctx, args);
  }

  @Query(() => RecordReviewDueObject, {
    nullable: true,
    description: 'One record of the review queue, for its decision; null when it is not due, or not yours to review',
  })
  @RequirePermission(PERMISSIONS.RECORD_REVIEW)
  recordReviewDue(
    @Context() ctx: RequestContext,
    @Args('panelId', { type: () => ID }, UuidPipe) panelId: string,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<RecordReviewDueObject | null> {
    return this.service.dueOne(ctx, panelId, id);
  }

  @Query(() => RecordReviewPageObject, { description: 'The panel’s review decisions, newest first; a disposal’s is its erasure record' })
  @RequirePermission(PERMISSIONS.RECORD_REVIEW)
  recordReviews(@Context() ctx: RequestContext, @Args() args: RecordReviewsArgs): Promise<RecordReviewPageObject> {
    return this.service.decisions(ctx, args);
  }

  @Mutation(() => RecordReviewObject, {
    description: 'Records a review decision and applies it: retained to a new date, archived, or the nominal’s personal data erased',
  })
  @RequirePermission(PERMISSIONS.RECORD_REVIEW)
  reviewRecord(@Context() ctx: RequestContext, @Args('input') input: ReviewRecordInput): Promise<RecordReviewObject> {
    return this.service.decide(ctx, input);
  }
}

@Resolver(() => RecordReviewDueObject)
export class RecordReviewDueResolver {
  @ResolveField(() => String, { description: 'The group’s name, or the nominal’s forenames and surname (each nominal’s shown is logged)' })
  name(@Context() ctx: RequestContext, @Parent() row: RecordReviewDueObject): string {
    if (row.kind === 'NOMINAL') noteConsultation(ctx, row.panelId, 'Nominal', row.id);
    return row.name;
  }

  @ResolveField(() => [String], { description: 'The lead officers: of the group, or of the groups the nominal is in' })
  async leadOfficers(@Context() ctx: RequestContext, @Parent() row: RecordReviewDueObject): Promise<string[]> {
    const users = await ctx.loaders.user.loadMany(row.leadOfficerIds);
    return users
      .map((u) => (u && !(u instanceof Error) ? u.name : null))
      .filter((n): n is string => Boolean(n))
      .sort();
  }
}
