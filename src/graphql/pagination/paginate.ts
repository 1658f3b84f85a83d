import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Connection } from './connection.type.js';
import type { ConnectionArgs } from './connection.args.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size.js';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

function badInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
}

/**
 * The list a page is taken from: the connection field, the object that owns it and its
 * filters. A cursor names its list, so a cursor of another list (another connection,
 * another owner, other filters) is refused rather than read as a position in this one.
 */
export interface ListScope {
  /** The connection field, e.g. "Company.facts". */
  connection: string;
  /** The global identity of the object the field is on (none for a root field). */
  owner?: string;
  /** The arguments that select the list (filters, order, search terms); not the page arguments. */
  filter?: unknown;
}

/** JSON with sorted keys and without null or undefined entries: equal filters give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== null && v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function scopeTag(scope: ListScope): string {
  return createHash('sha256').update(canonical([scope.connection, scope.owner ?? null, scope.filter ?? null])).digest('base64url').slice(0, 16);
}

/** Cursors are opaque: a position in an immutable list, and the tag of that list. */
function encodeCursor(tag: string, index: number): string {
  return Buffer.from(`${tag}:${index}`).toString('base64url');
}

function decodeCursor(cursor: string, tag: string, argumentName: string): number {
  const m = /^([A-Za-z0-9_-]{16}):(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badInput(`Argument \`${argumentName}\` is not a cursor returned by this API.`, argumentName);
  if (m[1] !== tag) {
    throw badInput(`Argument \`${argumentName}\` is a cursor of another list (another connection, object or filter): pass a cursor this list returned.`, argumentName);
  }
  return Number(m[2]);
}

/**
 * Relay cursor pagination over an in-memory list, as the Relay connection spec defines it:
 * slice by `after`/`before`, then take `first` from the front or `last` from the back.
 * Without either, returns the first DEFAULT_PAGE_SIZE items. Cursors are bound to `scope`.
 */
export function paginate<T>(items: readonly T[], args: ConnectionArgs, scope: ListScope): Connection<T> {
  const { start, end, tag } = pageWindow(items.length, args, scope);
  return connectionOf(items.slice(start, end), start, end, items.length, tag);
}

/**
 * `paginate` over a list of `total` items of which only the page is loaded (`load(start, end)`
 * gives the items at those positions, or the first of them only: the page is then cut short
 * and the next one starts after it): the same window, cursors and counts.
 */
export async function paginateLoaded<T>(total: number, args: ConnectionArgs, scope: ListScope, load: (start: number, end: number) => Promise<T[]>): Promise<Connection<T>> {
  const { start, end, tag } = pageWindow(total, args, scope);
  const nodes = end > start ? await load(start, end) : [];
  return connectionOf(nodes, start, start + nodes.length, total, tag);
}

/** Which positions of a list of `total` items the page arguments select. */
function pageWindow(total: number, args: ConnectionArgs, scope: ListScope): { start: number; end: number; tag: string } {
  const { first, last, after, before } = args;
  const tag = scopeTag(scope);
  if (first != null && last != null) throw badInput('Arguments `first` and `last` cannot be combined: pass one of them.', 'first');
  for (const [name, value] of [['first', first], ['last', last]] as const) {
    if (value != null && (value < 1 || value > MAX_PAGE_SIZE)) throw badInput(`Argument \`${name}\` must be between 1 and ${MAX_PAGE_SIZE}; got ${value}.`, name);
  }
  let start = after != null ? decodeCursor(after, tag, 'after') + 1 : 0;
  let end = before != null ? decodeCursor(before, tag, 'before') : total;
  start = Math.min(start, total);
  end = Math.max(start, Math.min(end, total));
  if (last != null) start = Math.max(start, end - last);
  else end = Math.min(end, start + (first ?? DEFAULT_PAGE_SIZE));
  return { start, end, tag };
}

function connectionOf<T>(nodes: T[], start: number, end: number, total: number, tag: string): Connection<T> {
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(tag, start + i), node }));
  return {
    edges,
    nodes,
    totalCount: total,
    // As GitHub's API: whether any items lie before or after this page in the whole list.
    pageInfo: {
      hasPreviousPage: start > 0,
      hasNextPage: end < total,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A page whose items are loaded only now (the store's companies): the same cursors and counts, each node replaced by what `load` gives, loaded together. */
export async function loadPage<R, T>(page: Connection<R>, load: (ref: R) => Promise<T>): Promise<Connection<T>> {
  const nodes = await Promise.all(page.nodes.map(load));
  return { ...page, nodes, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })) };
}
