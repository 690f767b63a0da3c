import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { LIMITS } from '@sentinel/shared';

export const depthLimitRule = depthLimit(LIMITS.queryDepthMax);

/** A list field costs its children times the page size asked for (or the largest page when unbounded). */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  const typeName = String(field.type);
  if (!typeName.includes('[')) return undefined;
  const size = typeof args.limit === 'number' ? args.limit : LIMITS.pageSizeMax;
  return 1 + childComplexity * Math.max(1, size);
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
            { extensions: { code: 'BAD_USER_INPUT' } },
          );
        }
      },
    };
  },
};
