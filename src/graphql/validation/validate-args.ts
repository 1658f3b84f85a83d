import { validate } from 'class-validator';
import { ArgumentValidationError, type ResolverData } from 'type-graphql';

/** type-graphql's own defaults for class-validator. */
const OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false } as const;

/** Raw argument objects whose converted values are being collected (see `collectConvertedArgs`). */
const collecting = new WeakMap<object, unknown[]>();

/**
 * Collects, in parameter order, the values type-graphql converts a resolver call's raw
 * `args` to, as they pass through `validateArgs`: type-graphql calls it synchronously for
 * each argument parameter before it awaits anything. The caller stops collecting with
 * `stop` once the call has returned; the list is complete when validation succeeded.
 */
export function collectConvertedArgs(args: object): { values: unknown[]; stop: () => void } {
  const values: unknown[] = [];
  collecting.set(args, values);
  return { values, stop: () => collecting.delete(args) };
}

async function validateOne(value: object): Promise<void> {
  // Every field of an ArgsType is optional here when unset: nothing to validate.
  if (Object.values(value).every((v) => v === undefined || v === null)) return;
  const errors = await validate(value, OPTIONS);
  if (errors.length > 0) throw new ArgumentValidationError(errors);
}

/**
 * The class-validator rules type-graphql applies by default (its `validateFn`). Validated
 * values are remembered per field by the direct resolvers (args-memo.ts), so this runs
 * once per new argument value, not once per list item.
 */
export async function validateArgs(argValue: unknown, _type?: unknown, resolverData?: ResolverData): Promise<void> {
  if (resolverData) collecting.get(resolverData.args)?.push(argValue);
  if (argValue === null || typeof argValue !== 'object') return;
  if (Array.isArray(argValue)) {
    for (const item of argValue) if (item !== null && typeof item === 'object') await validateOne(item);
  } else await validateOne(argValue);
}
