import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError as ClassValidatorError } from 'class-validator';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';

export const GENERIC_INTERNAL_MESSAGE = 'Internal server error';

export interface InvalidArgument {
  /** Path of the argument, e.g. "first" or "filter.periodFrom". */
  argument: string;
  message: string;
}

/** Flattens class-validator's nested errors into one entry per invalid argument or input field. */
export function invalidArguments(errors: readonly ClassValidatorError[], prefix = ''): InvalidArgument[] {
  const out: InvalidArgument[] = [];
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const constraints = Object.values(e.constraints ?? {});
    if (constraints.length > 0) {
      const got = e.value === undefined ? '' : `; got ${JSON.stringify(e.value)}`;
      out.push({ argument: path, message: `Argument \`${path}\` ${constraints.join(' and ')}${got}.` });
    }
    out.push(...invalidArguments(e.children ?? [], path));
  }
  return out;
}

/**
 * Apollo's formatError: turns type-graphql's generic "Argument Validation Error" into a
 * BAD_USER_INPUT error whose message names each invalid argument, and in production hides
 * the message of every unexpected (INTERNAL_SERVER_ERROR) error, which could leak internals.
 */
export function createFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const invalid = invalidArguments((original.extensions.validationErrors ?? []) as ClassValidatorError[]);
      return {
        message: invalid.map((i) => i.message).join(' ') || 'Invalid argument.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', argumentName: invalid[0]?.argument ?? null, invalidArguments: invalid },
      };
    }
    const code = formatted.extensions?.code;
    if (production && (code === undefined || code === 'INTERNAL_SERVER_ERROR')) {
      return { message: GENERIC_INTERNAL_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return formatted;
  };
}
