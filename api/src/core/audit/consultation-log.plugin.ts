import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../access/request-context.js';
import type { AuditService } from './audit.service.js';

/**
 * Writes every consultation of personal data noted during a request (see noteConsultation) to the audit trail
 * in one statement, whatever the number of records shown, before the response leaves.
 */
export function consultationLogPlugin(audit: AuditService): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          await writeConsultations(audit, contextValue);
        },
      };
    },
  };
}

/**
 * Writes, and clears, the consultations noted since the last write: those of an HTTP request, of an operation
 * sent over a socket, or of one live event. One statement, named with the context's channel.
 */
export async function writeConsultations(audit: AuditService, ctx: RequestContext): Promise<void> {
  const consulted = ctx.consulted;
  if (!consulted?.size) return;
  ctx.consulted = new Map();
  await audit.consultedMany(ctx, [...consulted.values()]);
}
