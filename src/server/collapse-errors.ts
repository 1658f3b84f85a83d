import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../graphql/context.js';

/**
 * One error per refused argument, not one per list item. A field inside a list (a line
 * item's `facts(unit: "usd")` under `lineItems`) is resolved, and refused, once per item:
 * 142 line items would give 142 identical errors. Errors with the same message and code
 * whose paths differ only by list indices are reported once, at the first path, with
 * `extensions.occurrences` counting them; each item's field is still null.
 */
export function collapseRepeatedErrors(errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
  if (errors.length < 2) return [...errors];
  const first = new Map<string, { error: GraphQLFormattedError; count: number }>();
  const out: { error: GraphQLFormattedError; count: number }[] = [];
  for (const error of errors) {
    const key = `${error.extensions?.code ?? ''}\u0000${error.message}\u0000${(error.path ?? []).map((p) => (typeof p === 'number' ? '#' : p)).join('.')}`;
    const seen = first.get(key);
    if (seen) seen.count++;
    else {
      const entry = { error, count: 1 };
      first.set(key, entry);
      out.push(entry);
    }
  }
  return out.map(({ error, count }) => (count === 1 ? error : { ...error, extensions: { ...error.extensions, occurrences: count } }));
}

export const collapseErrorsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        if (errors && errors.length > 1) response.body.singleResult.errors = collapseRepeatedErrors(errors);
      },
    };
  },
};
