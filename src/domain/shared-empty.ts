/**
 * One frozen empty array shared by every entity whose list is usually empty (a fact's
 * footnotes, a line item's notes, a concept's text facts): thousands of per-entity `[]`
 * cost 32 B each. Adding to such a list goes through `appended`, which replaces the shared
 * array on the first item; a stray `push` on it throws (strict mode) rather than adding to all.
 */
const EMPTY: readonly never[] = Object.freeze([]);

/** The shared empty list, typed as the list it stands for. */
export function emptyList<T>(): T[] {
  return EMPTY as unknown as T[];
}

/** The list with `item` added: the same array when it is the entity's own, a new one in place of the shared empty list. */
export function appended<T>(list: T[], item: T): T[] {
  if (list === (EMPTY as unknown as T[])) return [item];
  list.push(item);
  return list;
}
