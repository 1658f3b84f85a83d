import { GraphQLError } from 'graphql';
import type { Connection } from './connection.type.js';
import type { ConnectionArgs } from './connection.args.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size.js';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

function badInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
}

/** Cursors are opaque; they encode a position in an immutable list. */
function encodeCursor(index: number): string {
  return Buffer.from(`cursor:${index}`).toString('base64url');
}

function decodeCursor(cursor: string, argumentName: string): number {
  const m = /^cursor:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badInput(`Argument \`${argumentName}\` is not a cursor returned by this API.`, argumentName);
  return Number(m[1]);
}

/**
 * Relay cursor pagination over an in-memory list, as the Relay connection spec defines it:
 * slice by `after`/`before`, then take `first` from the front or `last` from the back.
 * Without either, returns the first DEFAULT_PAGE_SIZE items.
 */
export function paginate<T>(items: readonly T[], args: ConnectionArgs): Connection<T> {
  const { first, last, after, before } = args;
  if (first != null && last != null) throw badInput('Arguments `first` and `last` cannot be combined: pass one of them.', 'first');
  for (const [name, value] of [['first', first], ['last', last]] as const) {
    if (value != null && (value < 1 || value > MAX_PAGE_SIZE)) throw badInput(`Argument \`${name}\` must be between 1 and ${MAX_PAGE_SIZE}; got ${value}.`, name);
  }
  let start = after != null ? decodeCursor(after, 'after') + 1 : 0;
  let end = before != null ? decodeCursor(before, 'before') : items.length;
  start = Math.min(start, items.length);
  end = Math.max(start, Math.min(end, items.length));
  if (last != null) start = Math.max(start, end - last);
  else end = Math.min(end, start + (first ?? DEFAULT_PAGE_SIZE));
  const nodes = items.slice(start, end);
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(start + i), node }));
  return {
    edges,
    nodes,
    totalCount: items.length,
    // As GitHub's API: whether any items lie before or after this page in the whole list.
    pageInfo: {
      hasPreviousPage: start > 0,
      hasNextPage: end < items.length,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
