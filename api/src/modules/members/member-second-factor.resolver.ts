import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { ResetMemberSecondFactorInput } from './member-second-factor.input.js';
import { MemberSecondFactorService } from './member-second-factor.service.js';

@Resolver()
export class MemberSecondFactorResolver {
  constructor(private readonly service: MemberSecondFactorService) {}

  @Mutation(() => Boolean, {
    description: "Deletes a member's authenticator app and recovery codes and ends their sessions: they set up a new app at their next sign-in",
  })
  @RequirePermission(PERMISSIONS.SECOND_FACTOR_RESET)
  resetMemberSecondFactor(@Context() ctx: RequestContext, @Args('input') input: ResetMemberSecondFactorInput): Promise<boolean> {
    return this.service.reset(ctx, input);
  }
}
