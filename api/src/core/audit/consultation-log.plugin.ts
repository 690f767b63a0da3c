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
          const consulted = contextValue.consulted;
          if (!consulted?.size) return;
          contextValue.consulted = new Map();
          await audit.consultedMany(contextValue, [...consulted.values()]);
        },
      };
    },
  };
}
