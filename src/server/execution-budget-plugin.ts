import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../graphql/context.js';
import { ExecutionBudget, type ExecutionBudgetOptions } from '../graphql/limits/execution-budget.js';

/**
 * Gives each operation its execution budget (on the context, where the metered resolvers
 * find it) and, when it ran out, answers the request with that one error and no data: the
 * partial answer and the errors of every field cut short would say less.
 */
export function executionBudgetPlugin(options: ExecutionBudgetOptions): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let budget: ExecutionBudget | undefined;
      return {
        async executionDidStart({ contextValue }) {
          budget = contextValue.budget = new ExecutionBudget(options);
          return {
            async executionDidEnd() {
              budget?.release();
            },
          };
        },
        async willSendResponse({ response }) {
          budget?.release();
          const exceeded = budget?.exceeded;
          if (!exceeded || response.body.kind !== 'single') return;
          response.body.singleResult = { errors: [{ message: exceeded.message, extensions: { ...exceeded.extensions } }] };
        },
      };
    },
  };
}
