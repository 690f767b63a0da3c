import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../access/request-context.js';
import { RequirePermission } from '../access/require-permission.decorator.js';
import { ChangePasswordInput, SignInInput } from './auth.inputs.js';
import { AuthService } from './auth.service.js';
import { ViewerObject } from './viewer.object.js';

@Resolver(() => ViewerObject)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Query(() => ViewerObject, { description: 'The signed-in person, with their panels and roles' })
  @RequirePermission(PERMISSIONS.SESSION_READ)
  viewer(@Context() ctx: RequestContext): Promise<ViewerObject> {
    return this.auth.viewer(ctx);
  }

  @Mutation(() => ViewerObject, { description: 'Starts a session; the session cookie is set on the response' })
  @RequirePermission(PERMISSIONS.SESSION_CREATE)
  signIn(@Context() ctx: RequestContext, @Args('input') input: SignInInput): Promise<ViewerObject> {
    return this.auth.signIn(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session' })
  @RequirePermission(PERMISSIONS.SESSION_END)
  signOut(@Context() ctx: RequestContext): Promise<boolean> {
    return this.auth.signOut(ctx);
  }

  @Mutation(() => Boolean, { description: "Changes the signed-in person's password and ends their other sessions" })
  @RequirePermission(PERMISSIONS.OWN_PASSWORD_CHANGE)
  changePassword(@Context() ctx: RequestContext, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    return this.auth.changePassword(ctx, input);
  }
}
