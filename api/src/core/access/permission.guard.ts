import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Permission } from '@sentinel/shared';
import { AppError } from '../errors/app-error.js';
import { AccessService } from './access.service.js';
import type { RequestContext } from './request-context.js';
import { PERMISSION_KEY } from './require-permission.decorator.js';

/**
 * Applied to every resolver. A root field without a named permission is refused (fail closed); one that needs
 * a session gets UNAUTHENTICATED without it; one the caller's roles never grant gets FORBIDDEN. Panel-level
 * checks are made again by the services, in bulk, against the records asked for.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: AccessService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
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
    if (!this.access.holdsAnywhere(ctx.viewer, permission)) throw AppError.forbidden();
    return true;
  }
}
