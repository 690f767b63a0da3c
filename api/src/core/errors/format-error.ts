import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
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
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  // Errors about the request itself (parsing, validation, variable coercion) carry no path: they come from
  // graphql-js and Apollo before any resolver ran, and their messages describe only the request.
  if (!formatted.path && typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  // Variable coercion errors ("got invalid value") reach here without Apollo's code when graphql-js is loaded
  // twice (ESM and CommonJS); they still point at the request, not at a failure.
  if (!formatted.path && formatted.locations?.length && (original as { name?: string })?.name === 'GraphQLError') {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
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
