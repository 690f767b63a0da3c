import type { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST, type ExecutionArgs } from 'graphql';
import type { RequestContext } from '../access/request-context.js';
import type { AuditService } from './audit.service.js';

/**
 * Writes every consultation of personal data noted during a request (see noteConsultation) to the consultation
 * log in one statement, whatever the number of records shown, before the response leaves.
 */
export function consultationLogPlugin(audit: AuditService): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName }) {
          await writeConsultations(audit, contextValue, operationName);
        },
      };
    },
  };
}

/**
 * Writes, and clears, the consultations noted since the last write: those of an HTTP request, of an operation
 * sent over a socket, or of one live event. One row per panel, named with the context's channel and, as its
 * purpose, the operation that showed the data (the screen's query).
 */
export async function writeConsultations(audit: AuditService, ctx: RequestContext, operationName?: string | null): Promise<void> {
  const consulted = ctx.consulted;
  if (!consulted?.size) return;
  ctx.consulted = new Map();
  await audit.consultedMany(ctx, consulted.values(), operationName ?? null);
}

/** The name of the operation an execution runs, for the log's purpose. */
export function operationNameOf(args: Pick<ExecutionArgs, 'document' | 'operationName'>): string | null {
  return getOperationAST(args.document, args.operationName)?.name?.value ?? null;
}
