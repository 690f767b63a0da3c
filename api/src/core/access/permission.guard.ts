import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import type { Permission } from '@sentinel/shared';
import { AppError } from '../errors/app-error.js';
import { AccessService } from './access.service.js';
import type { RequestContext } from './request-context.js';
import { PERMISSION_KEY } from './require-permission.decorator.js';
import { requireSecondFactor } from './second-factor-gate.js';

/**
 * Applied to every resolver. A root field without a named permission is refused (fail closed); one that needs
 * a session gets UNAUTHENTICATED without it; until the session has its second factor, anything but completing the
 * sign-in gets SECOND_FACTOR_REQUIRED; one the caller's roles never grant gets FORBIDDEN. Being a guard, it runs
 * before any pipe, so no argument is looked at first (but the panel a system administrator names, below).
 * Panel-level checks are made again by the services, in bulk, against the records asked for.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: AccessService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<{ parentType: { name: string } }>();
    const isRoot = ['Query', 'Mutation', 'Subscription'].includes(info.parentType.name);
    const permission = this.reflector.get<Permission | undefined>(PERMISSION_KEY, context.getHandler());
    if (!permission) {
      if (isRoot) throw AppError.forbidden();
      return true;
    }
    const ctx = gql.getContext<RequestContext>();
    if (this.access.isAnonymousPermission(permission)) return true;
    if (!ctx.viewer) throw AppError.unauthenticated();
    requireSecondFactor(ctx.viewer, permission);
    if (!this.access.holdsAnywhere(ctx.viewer, permission)) throw AppError.forbidden();
    if (isRoot && ctx.viewer.isAdmin) await this.requireNamedPanel(gql.getArgs());
    return true;
  }

  /**
   * A member's panels are known from their memberships; a system administrator passes every panel check, so a
   * panel they name is looked for here, once, and one that does not exist is NOT_FOUND as it is for anyone else
   * (rather than a record written against nothing). A panel id that is not a UUID is left for the pipes to refuse.
   */
  private async requireNamedPanel(args: Record<string, unknown>): Promise<void> {
    const input = args.input as Record<string, unknown> | null | undefined;
    const panelId = args.panelId ?? input?.panelId;
    if (typeof panelId !== 'string' || !isUUID(panelId)) return;
    const [found] = await this.dataSource.query(`SELECT 1 FROM panel WHERE id = $1`, [panelId]);
    if (!found) throw AppError.notFound('Panel');
  }
}
