import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
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

export const complexityPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema }) {
        const cost = getComplexity({
          schema,
          query: document,
          operationName: request.operationName,
          variables: request.variables,
          estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
        });
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
