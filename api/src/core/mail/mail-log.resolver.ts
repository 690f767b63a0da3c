import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../access/request-context.js';
import { RequirePermission } from '../access/require-permission.decorator.js';
import { MailLogService } from './mail-log.service.js';
import { MailMessageObject, MailMessagePageObject, PanelMailArgs } from './mail-log.objects.js';

@Resolver(() => MailMessageObject)
export class MailLogResolver {
  constructor(private readonly log: MailLogService) {}

  @Query(() => MailMessagePageObject, { description: 'The mail Sentinel sent, or could not send, to the panel’s members, newest first' })
  @RequirePermission(PERMISSIONS.AUDIT_READ)
  panelMail(@Context() ctx: RequestContext, @Args() args: PanelMailArgs): Promise<MailMessagePageObject> {
    return this.log.list(ctx, args);
  }
}
