import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError as ClassValidatorError } from 'class-validator';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { SourceError } from '../../domain/graph-source.js';

export const GENERIC_INTERNAL_MESSAGE = 'Internal server error';

export interface InvalidArgument {
  /** Path of the argument, e.g. "first" or "filter.periodFrom". */
  argument: string;
  message: string;
}

/** Longest echo of a refused value in an error: a client that sent megabytes is not sent them back. */
const ECHO_CHARS = 200;

function echo(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length <= ECHO_CHARS ? text : `${text.slice(0, ECHO_CHARS)}… (${text.length} characters)`;
}

/** Flattens class-validator's nested errors into one entry per invalid argument or input field. */
export function invalidArguments(errors: readonly ClassValidatorError[], prefix = ''): InvalidArgument[] {
  const out: InvalidArgument[] = [];
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const constraints = Object.values(e.constraints ?? {});
    if (constraints.length > 0) {
      const got = e.value === undefined ? '' : `; got ${echo(e.value)}`;
      out.push({ argument: path, message: `Argument \`${path}\` ${constraints.join(' and ')}${got}.` });
    }
    out.push(...invalidArguments(e.children ?? [], path));
  }
  return out;
}

/** What a client must send to pass CSRF prevention, in the words of the README. */
export const CSRF_MESSAGE =
  'This GET (or non-JSON POST) was refused by Cross-Site Request Forgery (CSRF) prevention: a browser could send it from any site without asking. ' +
  'Send the header `apollo-require-preflight: true` (or `content-type: application/json`, or `x-apollo-operation-name: <name>`), ' +
  'e.g. curl -H \'apollo-require-preflight: true\' \'http://localhost:4000/graphql?query=%7B__typename%7D\'.';

/**
 * Apollo's own request errors that it leaves without a code (so INTERNAL_SERVER_ERROR, masked in
 * production) although the client is at fault: the HTTP status (400) stays, the code says why.
 */
const CLIENT_ERRORS: Record<string, { code: string; message?: string }> = {
  'provided sha does not match query': {
    code: 'PERSISTED_QUERY_HASH_MISMATCH',
    message: 'The persisted query hash (extensions.persistedQuery.sha256Hash) is not the SHA-256 of the query sent with it.',
  },
  'Unsupported persisted query version': { code: 'BAD_REQUEST', message: 'Unsupported persisted query version: send extensions.persistedQuery.version 1.' },
};

/**
 * Apollo's formatError: turns type-graphql's generic "Argument Validation Error" into a
 * BAD_USER_INPUT error whose message names each invalid argument, gives Apollo's request
 * errors a code and a message that says what to send (CLIENT_ERRORS, CSRF), and in production hides
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
    // The store lost, or a read it does not serve: said plainly, in production too.
    if (original instanceof SourceError) return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: original.code } };
    const clientError = CLIENT_ERRORS[formatted.message];
    if (clientError && (formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR') === 'INTERNAL_SERVER_ERROR') {
      return { message: clientError.message ?? formatted.message, extensions: { code: clientError.code } };
    }
    if (formatted.extensions?.code === 'BAD_REQUEST' && formatted.message.startsWith('This operation has been blocked as a potential Cross-Site Request Forgery')) {
      return { message: CSRF_MESSAGE, extensions: { code: 'BAD_REQUEST' } };
    }
    const code = formatted.extensions?.code;
    if (production && (code === undefined || code === 'INTERNAL_SERVER_ERROR')) {
      return { message: GENERIC_INTERNAL_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return formatted;
  };
}
