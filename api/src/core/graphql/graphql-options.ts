import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { formatError } from '../errors/format-error.js';
import type { ContextFactory, SocketExtra } from './context.factory.js';
import { complexityPlugin, depthLimitRule } from './limits.js';

export function graphqlOptions(contexts: ContextFactory, production: boolean): ApolloDriverConfig {
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
    plugins: [complexityPlugin],
    formatError,
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: (ctx: { extra: unknown }) => contexts.acceptSocket(ctx.extra as SocketExtra),
      },
    },
    context: ({ req, res, extra }: { req?: Request; res?: Response; extra?: SocketExtra }) =>
      extra ? contexts.forSocket(extra) : contexts.forHttp(req!, res!),
  } as ApolloDriverConfig;
}
