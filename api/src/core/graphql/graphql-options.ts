import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { LIMITS } from '@sentinel/shared';
import { execute, type ExecutionArgs, type ExecutionResult, type GraphQLError } from 'graphql';
import type { RequestContext } from '../access/request-context.js';
import type { AuditService } from '../audit/audit.service.js';
import { panelScopePlugin } from '../database/panel-scope.plugin.js';
import { executeInPanelScope, subscribeInPanelScope } from '../database/scoped-graphql.js';
import { consultationLogPlugin, operationNameOf, writeConsultations } from '../audit/consultation-log.plugin.js';
import { formatError } from '../errors/format-error.js';
import type { PanelReadCache } from '../database/panel-read-cache.js';
import type { ContextFactory, SocketExtra } from './context.factory.js';
import { maskFreeTextFields } from './free-text-fields.js';
import { graphqlObservationPlugin } from '../observability/graphql-observation.plugin.js';
import { keptAnswersPlugin } from './kept-answers.js';
import { depthLimitRule, documentTooLarge, requestLimitsPlugin, validateOverSocket } from './limits.js';
import { subscribeLive, type LiveSubscriptionDeps } from './live-subscription.js';

export function graphqlOptions(contexts: ContextFactory, audit: AuditService, kept: PanelReadCache, production: boolean): ApolloDriverConfig {
  const live: LiveSubscriptionDeps = { sockets: contexts.sockets, audit, renew: (ctx) => contexts.renew(ctx), execute };
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
    // Free text is read with the panel's known names masked by viewers without cover (free-text-fields.ts).
    transformSchema: maskFreeTextFields,
    // No HTTP caching of answers (they are personal), so the per-field cache-control bookkeeping is switched off.
    // The kept answers' plugin before the consultation log's: a kept answer's personal data is logged for this read.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      graphqlObservationPlugin,
      panelScopePlugin,
      requestLimitsPlugin,
      keptAnswersPlugin(kept),
      consultationLogPlugin(audit),
    ],
    formatError,
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: (ctx: { extra: unknown }) => contexts.acceptSocket(ctx.extra as SocketExtra),
        // The socket's own context object, not a copy of it: the socket's session checks replace its viewer.
        context: (ctx: { extra: unknown }) => contexts.forSocket(ctx.extra as SocketExtra),
        subscribe: subscribeInPanelScope((args: ExecutionArgs) => subscribeLive(args, live)),
        // A query or mutation sent over the socket logs the personal data it shows, as over HTTP.
        execute: executeInPanelScope(async (args: ExecutionArgs) => {
          const result = await execute(args);
          await writeConsultations(audit, args.contextValue as RequestContext, operationNameOf(args));
          return result;
        }),
        // Operations over the socket get the same limits and the same error hygiene as queries over HTTP.
        onSubscribe: (_ctx: unknown, _id: string, payload: { query?: unknown }) =>
          typeof payload.query === 'string' && payload.query.length > LIMITS.documentLengthMax ? [documentTooLarge(payload.query.length)] : undefined,
        validate: validateOverSocket,
        onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e)),
        onNext: (_ctx: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
          result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : result,
      },
    },
    context: ({ req, res }: { req: Request; res: Response }) => contexts.forHttp(req, res),
  } as ApolloDriverConfig;
}
