import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { specifiedRules, validate, type DocumentNode, type ExecutionResult, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { AuditService } from '../audit/audit.service.js';
import { consultationLogPlugin } from '../audit/consultation-log.plugin.js';
import { formatError } from '../errors/format-error.js';
import type { ContextFactory, SocketExtra } from './context.factory.js';
import { complexityPlugin, depthLimitRule } from './limits.js';

export function graphqlOptions(contexts: ContextFactory, audit: AuditService, production: boolean): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    validationRules: [depthLimitRule],
    // No HTTP caching of answers (they are personal), so the per-field cache-control bookkeeping is switched off.
    plugins: [ApolloServerPluginCacheControlDisabled(), complexityPlugin, consultationLogPlugin(audit)],
    formatError,
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: (ctx: { extra: unknown }) => contexts.acceptSocket(ctx.extra as SocketExtra),
        // Subscriptions get the same limits and the same error hygiene as queries over HTTP.
        validate: (schema: GraphQLSchema, document: DocumentNode) => validate(schema, document, [...specifiedRules, depthLimitRule]),
        onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
          errors.map((e) => formatError(e.toJSON(), e)),
        onNext: (_ctx: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
          result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : result,
      },
    },
    context: ({ req, res, extra }: { req?: Request; res?: Response; extra?: SocketExtra }) =>
      extra ? contexts.forSocket(extra) : contexts.forHttp(req!, res!),
  } as ApolloDriverConfig;
}
