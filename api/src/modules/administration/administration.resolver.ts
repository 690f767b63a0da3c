import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { AdministeredPanelsArgs, AdminUsersArgs, CreatePanelInput, SetPanelDisabledInput } from './administration.inputs.js';
import { AdministeredPanelObject, AdministeredPanelPageObject, AdminUserPageObject } from './administration.objects.js';
import { AdministrationService } from './administration.service.js';

@Resolver()
export class AdministrationResolver {
  constructor(private readonly service: AdministrationService) {}

  @Query(() => AdministeredPanelPageObject, { description: 'Every panel of the deployment, for the system administrator (enabled first, by name)' })
  @RequirePermission(PERMISSIONS.PANEL_MANAGE)
  administeredPanels(@Context() ctx: RequestContext, @Args() args: AdministeredPanelsArgs): Promise<AdministeredPanelPageObject> {
    return this.service.panels(ctx, args);
  }

  @Mutation(() => AdministeredPanelObject, { description: "Creates a panel with its chair's police unit, and invites its first chair" })
  @RequirePermission(PERMISSIONS.PANEL_MANAGE)
  createPanel(@Context() ctx: RequestContext, @Args('input') input: CreatePanelInput): Promise<AdministeredPanelObject> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => AdministeredPanelObject, { description: 'A disabled panel keeps its records; no one acts in it until it is enabled' })
  @RequirePermission(PERMISSIONS.PANEL_MANAGE)
  setPanelDisabled(@Context() ctx: RequestContext, @Args('input') input: SetPanelDisabledInput): Promise<AdministeredPanelObject> {
    return this.service.setDisabled(ctx, input);
  }

  @Query(() => AdminUserPageObject, { description: 'Every account across panels, for the system administrator, by name' })
  @RequirePermission(PERMISSIONS.USER_READ_ALL)
  adminUsers(@Context() ctx: RequestContext, @Args() args: AdminUsersArgs): Promise<AdminUserPageObject> {
    return this.service.users(ctx, args);
  }
}
