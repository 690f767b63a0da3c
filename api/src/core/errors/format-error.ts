import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { currentRequestId } from '../observability/request-trace.js';
import { AppError } from './app-error.js';

const logger = new Logger('GraphQL');

/** Codes that Apollo and graphql-js raise for malformed requests: safe to pass on as they are. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // Ours, raised by core/graphql/limits.ts before anything runs.
  'QUERY_TOO_LARGE',
  'DOCUMENT_TOO_LARGE',
  'SUBSCRIPTION_OVER_HTTP',
]);

/** Every error answer carries the request's id, which its log lines carry too: a person reporting it can quote it. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const answer = formatOne(formatted, error);
  const requestId = currentRequestId();
  return requestId ? { ...answer, extensions: { ...answer.extensions, requestId } } : answer;
}

function formatOne(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: {
        code: original.code,
        ...(original.field ? { field: original.field } : {}),
        ...(original.changedFields ? { changedFields: original.changedFields } : {}),
      },
    };
  }
  const code = formatted.extensions?.code;
  // Errors about the request itself (parsing, validation, variable coercion) carry no path: they come from
  // graphql-js and Apollo before any resolver ran, and their messages describe only the request.
  if (!formatted.path && typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    const field = formatted.extensions?.field;
    return { message: formatted.message, locations: formatted.locations, extensions: { code, ...(typeof field === 'string' ? { field } : {}) } };
  }
  // Variable coercion errors ("got invalid value") reach here without Apollo's code when graphql-js is loaded
  // twice (ESM and CommonJS); they still point at the request, not at a failure.
  if (!formatted.path && formatted.locations?.length && (original as { name?: string })?.name === 'GraphQLError') {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
  }
  // An argument graphql-js could not take as sent (an explicit null for a non-null argument that has a default,
  // given through a nullable variable) is refused when its field runs, so it has a path; graphql-js raised it
  // itself (it wraps nothing), and its message describes only the request.
  if (formatted.path && isRequestArgumentError(original)) {
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
  }
  // Never the message of an unexpected error: it may hold SQL or personal data. The name and a database
  // error's code and constraint are enough to find it.
  const e = original as { name?: string; code?: string; constraint?: string };
  logger.error(`Unexpected error ${e?.name ?? 'unknown'}${e?.code ? ` code=${e.code}` : ''}${e?.constraint ? ` constraint=${e.constraint}` : ''}`);
  return {
    message: 'Something went wrong on our side. Try again, and tell the panel coordinator if it keeps happening.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function isRequestArgumentError(error: unknown): boolean {
  const e = error as { name?: string; originalError?: unknown; message?: string };
  return e?.name === 'GraphQLError' && !e.originalError && typeof e.message === 'string' && e.message.startsWith('Argument "');
}
