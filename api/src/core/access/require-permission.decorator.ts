import { applyDecorators, SetMetadata } from '@nestjs/common';
import { Extensions } from '@nestjs/graphql';
import type { Permission } from '@sentinel/shared';

export const PERMISSION_KEY = 'sentinel:permission';

/**
 * Names the permission a root field needs. The guard refuses any root field without one, and the permission
 * is also published in the field's schema extensions so a test can walk the schema and find any that lack it.
 */
export function RequirePermission(permission: Permission): MethodDecorator {
  return applyDecorators(SetMetadata(PERMISSION_KEY, permission), Extensions({ permission }));
}
