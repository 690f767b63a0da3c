import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../access/request-context.js';
import { RequirePermission } from '../access/require-permission.decorator.js';
import { AccountLinkInput, RequestPasswordResetInput, SetPasswordByLinkInput } from './account.inputs.js';
import { AccountService } from './account.service.js';
import { ViewerObject } from './viewer.object.js';

@Resolver()
export class AccountResolver {
  constructor(private readonly account: AccountService) {}

  @Query(() => Boolean, {
    description: 'Whether a link from account mail can still be used; false for one unknown, used, expired or of a disabled person alike',
  })
  @RequirePermission(PERMISSIONS.ACCOUNT_RECOVER)
  accountLinkOpen(@Args('input') input: AccountLinkInput): Promise<boolean> {
    return this.account.linkOpen(input);
  }

  @Mutation(() => ViewerObject, { description: 'Sets the password of an invited person with the link from their invitation, and signs them in' })
  @RequirePermission(PERMISSIONS.ACCOUNT_RECOVER)
  acceptInvitation(@Context() ctx: RequestContext, @Args('input') input: SetPasswordByLinkInput): Promise<ViewerObject> {
    return this.account.acceptInvitation(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Sends a reset link to the address if it has an account; the answer is the same either way' })
  @RequirePermission(PERMISSIONS.ACCOUNT_RECOVER)
  requestPasswordReset(@Context() ctx: RequestContext, @Args('input') input: RequestPasswordResetInput): Promise<boolean> {
    return this.account.requestPasswordReset(ctx, input);
  }

  @Mutation(() => ViewerObject, {
    description: 'Sets a new password with the link from a reset mail, ends the other sessions, and signs the person in',
  })
  @RequirePermission(PERMISSIONS.ACCOUNT_RECOVER)
  resetPassword(@Context() ctx: RequestContext, @Args('input') input: SetPasswordByLinkInput): Promise<ViewerObject> {
    return this.account.resetPassword(ctx, input);
  }
}
