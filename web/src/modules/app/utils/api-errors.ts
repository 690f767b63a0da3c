import { CombinedGraphQLErrors } from '@apollo/client';
import type { ErrorCode } from '@sentinel/shared';
import { NETWORK_MESSAGE } from './network-message';

export type ApiError = { code: ErrorCode | 'NETWORK'; message: string; field?: string; changedFields?: string[] };

// Apollo Client 4 wraps GraphQL errors in CombinedGraphQLErrors; anything else is a transport failure.
export function apiErrors(error: unknown): ApiError[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => {
      const code = (e.extensions?.code as ErrorCode | undefined) ?? 'INTERNAL_SERVER_ERROR';
      const field = typeof e.extensions?.field === 'string' ? e.extensions.field : undefined;
      const changed = e.extensions?.changedFields;
      const changedFields = Array.isArray(changed) ? changed.filter((f): f is string => typeof f === 'string') : undefined;
      return { code, message: e.message, field, ...(changedFields ? { changedFields } : {}) };
    });
  }
  return [{ code: 'NETWORK', message: NETWORK_MESSAGE }];
}

export function hasErrorCode(error: unknown, code: ApiError['code']): boolean {
  return apiErrors(error).some((e) => e.code === code);
}
