import type { ApolloServerPlugin } from '@apollo/server';
import type { Viewer } from '../access/request-context.js';
import { attachScopeContext } from './panel-scope.js';

/**
 * Apollo hands each operation a copy of the request's context, and sign-in and sign-out change the viewer on that
 * copy: the request's panel scope follows the copy from the operation's start.
 */
export const panelScopePlugin: ApolloServerPlugin<{ viewer: Viewer | null }> = {
  async requestDidStart({ contextValue }) {
    attachScopeContext(contextValue);
  },
};
