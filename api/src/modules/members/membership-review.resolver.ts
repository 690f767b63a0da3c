import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { ConfirmMemberAccessInput } from './membership-review.inputs.js';
import { MembershipReviewObject } from './membership-review.objects.js';
import { MembershipReviewService } from './membership-review.service.js';

@Resolver(() => MembershipReviewObject)
export class MembershipReviewResolver {
  constructor(private readonly service: MembershipReviewService) {}

  @Query(() => MembershipReviewObject, { nullable: true, description: "The panel's open membership review, if one is open" })
  @RequirePermission(PERMISSIONS.MEMBER_MANAGE)
  membershipReview(
    @Context() ctx: RequestContext,
    @Args('panelId', { type: () => ID }, UuidPipe) panelId: string,
  ): Promise<MembershipReviewObject | null> {
    return this.service.current(ctx, panelId);
  }

  @Mutation(() => MembershipReviewObject, {
    nullable: true,
    description: 'Confirms that members still need access (and so the person confirming); answers the open review, if any',
  })
  @RequirePermission(PERMISSIONS.MEMBER_MANAGE)
  confirmMemberAccess(@Context() ctx: RequestContext, @Args('input') input: ConfirmMemberAccessInput): Promise<MembershipReviewObject | null> {
    return this.service.confirm(ctx, input);
  }
}
