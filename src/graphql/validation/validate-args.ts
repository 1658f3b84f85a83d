import { validate } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/** type-graphql's own defaults for class-validator. */
const OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false } as const;
/** A key longer than this is validated every time: large values are rare and would crowd out the rest. */
export const MAX_KEY_CHARS = 2_048;
/** Total bytes of the remembered keys (UTF-16, 2 bytes a character, plus the Map entry). */
export const MAX_MEMO_BYTES = 1 << 20;
const ENTRY_OVERHEAD_BYTES = 64;

/**
 * Argument values known to be valid: validation is a pure function of class and value.
 * Only successes are kept (a refused value gets an error anyway, and its errors would
 * hold the value), only small keys, and the total is bounded in bytes, least recently
 * used evicted first: junk arguments cannot grow it.
 */
const valid = new Map<string, number>();
let memoBytes = 0;

/** Bytes the memo holds now, by the count above (for tests and /health-style reporting). */
export function validationMemoBytes(): number {
  return memoBytes;
}

function remember(key: string): void {
  const bytes = key.length * 2 + ENTRY_OVERHEAD_BYTES;
  valid.set(key, bytes);
  memoBytes += bytes;
  for (const [oldest, size] of valid) {
    if (memoBytes <= MAX_MEMO_BYTES) break;
    valid.delete(oldest);
    memoBytes -= size;
  }
}

async function validateOne(value: object): Promise<void> {
  // Every field of an ArgsType is optional here when unset: nothing to validate.
  if (Object.values(value).every((v) => v === undefined || v === null)) return;
  const json = JSON.stringify(value);
  const key = json.length <= MAX_KEY_CHARS ? `${value.constructor.name}\u0000${json}` : null;
  if (key !== null && valid.has(key)) {
    // Re-insert: Map keeps insertion order, so the first key is the least recently used.
    const bytes = valid.get(key)!;
    valid.delete(key);
    valid.set(key, bytes);
    return;
  }
  const errors = await validate(value, OPTIONS);
  if (errors.length > 0) throw new ArgumentValidationError(errors);
  if (key !== null) remember(key);
}

/**
 * The same class-validator rules type-graphql applies, remembered per argument class and
 * value: a query asking `facts(filter: …)` on every line item repeats one filter a
 * hundred times, and running class-validator for each cost several times the execution
 * itself (`npm run bench`). Only small valid values are remembered, within MAX_MEMO_BYTES.
 */
export async function validateArgs(argValue: unknown): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  if (Array.isArray(argValue)) {
    for (const item of argValue) if (item !== null && typeof item === 'object') await validateOne(item);
  } else await validateOne(argValue);
}
