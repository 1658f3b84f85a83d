/** A key longer than this is converted and validated every time: large values are rare and would crowd out the rest. */
export const MAX_KEY_CHARS = 2_048;
/** Total bytes of what the memo keeps (see `bytesOf`). */
export const MAX_MEMO_BYTES = 1 << 20;
const ENTRY_OVERHEAD_BYTES = 128;

/**
 * A field's arguments as its resolver receives them (type-graphql's args class instances,
 * converted and validated), remembered by field and raw value: conversion and validation
 * are pure functions of both. A query asking `facts(filter: …)` on every line item repeats
 * one filter a hundred times; converting and validating it each time cost more than the
 * resolvers (`npm run bench:pipeline`).
 *
 * Only values that passed validation are stored, only small keys, and the total is bounded
 * in bytes, least recently used forgotten first: junk arguments cannot grow it. Stored
 * values are frozen, so no resolver can change what the next call receives.
 */
const entries = new Map<string, { values: readonly unknown[]; bytes: number }>();
let memoBytes = 0;

/** Bytes the memo holds now, by the estimate below. */
export function argsMemoBytes(): number {
  return memoBytes;
}

/** The memo key of a field's raw arguments, or null when they are too large to remember. */
export function argsKey(field: string, args: object): string | null {
  const json = JSON.stringify(args);
  return json.length + field.length < MAX_KEY_CHARS ? `${field}\u0000${json}` : null;
}

/** The converted arguments remembered under `key`. */
export function rememberedArgs(key: string): readonly unknown[] | undefined {
  const entry = entries.get(key);
  if (!entry) return undefined;
  // Re-insert: a Map keeps insertion order, so its first key is the least recently used.
  entries.delete(key);
  entries.set(key, entry);
  return entry.values;
}

/** Remembers validated arguments; the estimate counts the key and the values (about the key's size again) as UTF-16. */
export function rememberArgs(key: string, values: unknown[]): void {
  const bytes = key.length * 4 + ENTRY_OVERHEAD_BYTES;
  const old = entries.get(key);
  if (old) memoBytes -= old.bytes;
  entries.delete(key);
  entries.set(key, { values: deepFreeze(values), bytes });
  memoBytes += bytes;
  for (const [oldest, entry] of entries) {
    if (memoBytes <= MAX_MEMO_BYTES) break;
    entries.delete(oldest);
    memoBytes -= entry.bytes;
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
