import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { LIMITS } from '@sentinel/shared';

export const depthLimitRule = depthLimit(LIMITS.queryDepthMax);

/**
 * A paged field costs its children once per row asked for; every other field costs one. Unpaged lists are
 * small by design (a person's panels, an agency's tactic headings), so they are not multiplied.
 */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  if (typeof args.limit !== 'number') return undefined;
  return 1 + childComplexity * Math.max(1, args.limit);
};

/**
 * The cost of an operation depends only on its document and its number and true/false variables (page sizes,
 * @include and @skip), so it is worked out once per document and such values: Apollo keeps one parsed document per
 * distinct query text.
 */
const costs = new WeakMap<DocumentNode, Map<string, number>>();
const COSTS_PER_DOCUMENT = 50;

function costOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined | null, variables: Record<string, unknown> | undefined): number {
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
    estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
  if (!known) costs.set(document, (known = new Map()));
  if (known.size < COSTS_PER_DOCUMENT) known.set(key, cost);
  return cost;
}

export const complexityPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema }) {
        const cost = costOf(schema, document, request.operationName, request.variables);
        if (cost > LIMITS.queryCostMax) {
          throw new GraphQLError(
            `This query is too expensive (cost ${cost}, most allowed ${LIMITS.queryCostMax}). Ask for fewer fields or smaller pages.`,
            { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
          );
        }
      },
    };
  },
};
