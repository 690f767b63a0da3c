import type { ApolloServerPlugin } from '@apollo/server';
import {
  getVariableValues,
  Kind,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { LIMITS } from '@sentinel/shared';
import { checkShape, fieldWeight, requestError } from './query-shape.js';

export const depthLimitRule = depthLimit(LIMITS.queryDepthMax);

/**
 * A field costs its FIELD_COST weight, or one. A paged field costs its children once per row asked for; unpaged
 * lists are small by design (a person's panels, an agency's tactic headings), so they are not multiplied.
 */
const estimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const own = Math.max(1, fieldWeight(field));
  return own + childComplexity * (typeof args.limit === 'number' ? Math.max(1, args.limit) : 1);
};

/**
 * The cost of an operation depends only on its document and its number and true/false variables (page sizes,
 * @include and @skip), so it is worked out once per document and such values: Apollo keeps one parsed document per
 * distinct query text.
 */
const costs = new WeakMap<DocumentNode, Map<string, number>>();
const COSTS_PER_DOCUMENT = 50;

function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined | null,
  variables: Record<string, unknown> | undefined,
): number {
  const numbers = Object.entries(variables ?? {}).filter(([, v]) => typeof v === 'number' || typeof v === 'boolean');
  const key = `${operationName ?? ''}?${numbers.map(([k, v]) => `${k}=${v}`).join('&')}`;
  let known = costs.get(document);
  const cached = known?.get(key);
  if (cached !== undefined) return cached;
  const cost = getComplexity({
    schema,
    query: document,
    operationName: operationName ?? undefined,
    variables,
    estimators: [estimator],
    maxQueryNodes: LIMITS.queryNodesMax * 4,
  });
  if (!known) costs.set(document, (known = new Map()));
  if (known.size < COSTS_PER_DOCUMENT) known.set(key, cost);
  return cost;
}

/** A document longer than any the app sends is refused before it is parsed. */
export function documentTooLarge(length: number): GraphQLError {
  return requestError(
    'DOCUMENT_TOO_LARGE',
    `This request's GraphQL document is ${length} characters long; at most ${LIMITS.documentLengthMax} are allowed. Send a shorter query.`,
  );
}

/** A variable the operation cannot use, named as the field at fault: the same answer as any other bad input. */
function variableProblem(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): GraphQLError | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  const error = coerced.errors?.[0];
  if (!error) return null;
  const node = error.nodes?.[0];
  const variable = node?.kind === Kind.VARIABLE_DEFINITION ? node.variable.name.value : undefined;
  // Inside an input object, graphql-js names the path ("at \"input.email\""): that is the field to fix.
  const path = /at "([^"]+)"/.exec(error.message)?.[1];
  return requestError('BAD_USER_INPUT', error.message, path ?? variable);
}

/**
 * Every check an operation passes before it runs, over HTTP: a subscription belongs on the WebSocket; the shape of
 * the operation; its variables; its cost. Each refusal is an HTTP 400 with its own code, and nothing ran.
 */
export function operationProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): GraphQLError | null {
  if (operation.operation === 'subscription') {
    return requestError(
      'SUBSCRIPTION_OVER_HTTP',
      'Subscriptions are served over the WebSocket at /graphql, not over HTTP. Open a WebSocket to subscribe.',
    );
  }
  const shape = checkShape(schema, document, operation);
  if (shape) return shape;
  const variable = variableProblem(schema, operation, variables);
  if (variable) return variable;
  let cost: number;
  try {
    cost = costOf(schema, document, operation.name?.value, variables);
  } catch (e) {
    // Working out the cost reads every argument: one it cannot take as sent (an explicit null for a non-null
    // argument with a default) is bad input, found here before anything runs.
    const message = (e as Error)?.message ?? '';
    if (message.startsWith('Argument "')) return requestError('BAD_USER_INPUT', message, /^Argument "([^"]+)"/.exec(message)?.[1]);
    // getComplexity gives up past its own node bound; the shape check has refused such documents already.
    return requestError('QUERY_TOO_LARGE', 'This request asks for too many fields. Ask for fewer fields, or split it into smaller requests.');
  }
  if (cost > LIMITS.queryCostMax) {
    return requestError(
      'BAD_USER_INPUT',
      `This query is too expensive (cost ${cost}, most allowed ${LIMITS.queryCostMax}). Ask for fewer fields or smaller pages.`,
    );
  }
  return null;
}

export const requestLimitsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema, operation }) {
        // No operation (none named, or several without a name) is answered by Apollo itself.
        if (!operation) return;
        const problem = operationProblem(schema, document, operation, request.variables);
        if (problem) throw problem;
      },
    };
  },
};

/**
 * Over the WebSocket, queries and subscriptions meet the same rules, less the variables and cost, which graphql-ws
 * checks as it runs them.
 */
export function validateOverSocket(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
  const errors = validate(schema, document, [...specifiedRules, depthLimitRule]);
  if (errors.length) return errors;
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const shape = checkShape(schema, document, d);
    if (shape) return [shape];
  }
  return [];
}
