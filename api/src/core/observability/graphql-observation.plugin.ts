import type { ApolloServerPlugin } from '@apollo/server';
import { currentRequestTrace, operationLabel } from './request-trace.js';

/** Names the request's GraphQL operation and the codes of its answer's errors, for its log line and metrics. */
export const graphqlObservationPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    const trace = currentRequestTrace();
    if (!trace) return;
    return {
      async didResolveOperation({ operationName, operation }) {
        trace.operation = operationLabel(operationName ?? operation?.name?.value, operation?.operation ?? 'operation');
      },
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
        if (errors?.length) trace.errorCodes = errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
      },
    };
  },
};
