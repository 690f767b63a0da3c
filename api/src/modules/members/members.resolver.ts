import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { toAgencyObject } from '../agencies/agencies.service.js';
import { AgencyObject } from '../agencies/agency.object.js';
import { AddMemberInput, ChangeMemberRoleInput, MembersArgs, SetMemberDisabledInput } from './member.inputs.js';
import { MemberInvitationResultObject, MemberObject, MemberPageObject } from './member.object.js';
import { MembersService } from './members.service.js';

@Resolver(() => MemberObject)
export class MembersResolver {
  constructor(private readonly service: MembersService) {}

  @Query(() => MemberPageObject, { description: "A panel's members, by name" })
  @RequirePermission(PERMISSIONS.MEMBER_READ)
  members(@Context() ctx: RequestContext, @Args() args: MembersArgs): Promise<MemberPageObject> {
    return this.service.list(ctx, args);
  }

  @Query(() => MemberObject)
  @RequirePermission(PERMISSIONS.MEMBER_READ)
  member(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<MemberObject> {
    return this.service.get(ctx, id);
  }

  @Mutation(() => MemberInvitationResultObject, {
    description: 'Creates an account with no password, adds it to the panel and mails it an invitation',
  })
  @RequirePermission(PERMISSIONS.MEMBER_MANAGE)
  addMember(@Context() ctx: RequestContext, @Args('input') input: AddMemberInput): Promise<MemberInvitationResultObject> {
    return this.service.add(ctx, input);
  }

  @Mutation(() => MemberInvitationResultObject, {
    description: 'Mails a new invitation to a member who has not set a password; earlier ones stop working',
  })
  @RequirePermission(PERMISSIONS.MEMBER_MANAGE)
  sendInvitationAgain(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<MemberInvitationResultObject> {
    return this.service.sendInvitationAgain(ctx, id);
  }

  @Mutation(() => MemberObject)
  @RequirePermission(PERMISSIONS.MEMBER_MANAGE)
  changeMemberRole(@Context() ctx: RequestContext, @Args('input') input: ChangeMemberRoleInput): Promise<MemberObject> {
    return this.service.changeRole(ctx, input);
  }

  @Mutation(() => MemberObject, { description: 'Disabling ends all of the person’s sessions at once' })
  @RequirePermission(PERMISSIONS.MEMBER_MANAGE)
  setMemberDisabled(@Context() ctx: RequestContext, @Args('input') input: SetMemberDisabledInput): Promise<MemberObject> {
    return this.service.setDisabled(ctx, input);
  }

  @Subscription(() => MemberObject, { description: 'A member of the panel was added, changed role, or was disabled or enabled' })
  @RequirePermission(PERMISSIONS.MEMBER_READ)
  memberChanged(
    @Context() ctx: RequestContext,
    @Args('panelId', { type: () => ID }, UuidPipe) panelId: string,
  ): AsyncIterableIterator<{ memberChanged: MemberObject }> {
    return this.service.watch(ctx, panelId);
  }

  @ResolveField(() => AgencyObject, { nullable: true })
  async agency(@Context() ctx: RequestContext, @Parent() member: MemberObject): Promise<AgencyObject | null> {
    if (!member.agencyId) return null;
    const agency = await ctx.loaders.agency.load(member.agencyId);
    return agency ? toAgencyObject(agency) : null;
  }
}
