import { getMetadataStorage } from 'type-graphql';
import { BoundedMemo } from '../bounded-memo.js';

/** A key longer than this is converted and validated every time: large values are rare and would crowd out the rest. */
export const MAX_KEY_CHARS = 2_048;
/** Total bytes of what the memo keeps: each key and its values (about the key's size again), as UTF-16, plus the entry. */
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
 * in bytes: junk arguments cannot grow it. Stored values are frozen, so no resolver can
 * change what the next call receives.
 */
const memo = new BoundedMemo<string, readonly unknown[]>(MAX_MEMO_BYTES);

/** Bytes the memo holds now, by the estimate above. */
export function argsMemoBytes(): number {
  return memo.bytes;
}

/** The memo key of a field's raw arguments, or null when they are too large to remember. */
export function argsKey(field: string, args: object): string | null {
  const json = JSON.stringify(args);
  return json.length + field.length < MAX_KEY_CHARS ? `${field}\u0000${json}` : null;
}

/** The converted arguments remembered under `key`. */
export function rememberedArgs(key: string): readonly unknown[] | undefined {
  return memo.get(key);
}

/** Remembers validated arguments. */
export function rememberArgs(key: string, values: unknown[]): void {
  memo.set(key, frozenCopy(values), key.length * 4 + ENTRY_OVERHEAD_BYTES);
}

let argumentClasses: Set<unknown> | undefined;

/**
 * A frozen copy of converted arguments. type-graphql's conversion deletes the unset
 * properties of each args or input instance, which leaves V8 a slow dictionary object
 * (spreading a filter cost 0.6 µs instead of 0.04); each is copied into a new instance
 * of its class with the same properties, in the same order. Other objects are frozen in place.
 */
function frozenCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  const prototype = Object.getPrototypeOf(value);
  argumentClasses ??= new Set([...getMetadataStorage().argumentTypes, ...getMetadataStorage().inputTypes].map((t) => t.target.prototype));
  if (!argumentClasses.has(prototype)) {
    const record = value as Record<string, unknown>;
    for (const [name, inner] of Object.entries(record)) record[name] = frozenCopy(inner);
    return Object.freeze(value);
  }
  const copy = Object.create(prototype) as Record<string, unknown>;
  for (const [name, inner] of Object.entries(value)) copy[name] = frozenCopy(inner);
  return Object.freeze(copy) as T;
}
