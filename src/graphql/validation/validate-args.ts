import { validate, type ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/** type-graphql's own defaults for class-validator. */
const OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false } as const;
const MAX_ENTRIES = 10_000;

/** Outcomes of validating an argument value: validation is a pure function of class and value. */
const outcomes = new Map<string, ValidationError[]>();

async function validateOne(value: object): Promise<void> {
  // Every field of an ArgsType is optional here when unset: nothing to validate.
  if (Object.values(value).every((v) => v === undefined || v === null)) return;
  const key = `${value.constructor.name}\u0000${JSON.stringify(value)}`;
  let errors = outcomes.get(key);
  if (!errors) {
    errors = await validate(value, OPTIONS);
    if (outcomes.size >= MAX_ENTRIES) outcomes.delete(outcomes.keys().next().value!);
    outcomes.set(key, errors);
  }
  if (errors.length > 0) throw new ArgumentValidationError(errors);
}

/**
 * The same class-validator rules type-graphql applies, remembered per argument class and
 * value: a query asking `facts(filter: …)` on every line item repeats one filter a
 * hundred times, and running class-validator for each cost several times the execution
 * itself (`npm run bench`). Bounded; a value is validated once per process.
 */
export async function validateArgs(argValue: unknown): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  if (Array.isArray(argValue)) {
    for (const item of argValue) if (item !== null && typeof item === 'object') await validateOne(item);
  } else await validateOne(argValue);
}
