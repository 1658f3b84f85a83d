import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parse(value: unknown): string {
  if (typeof value === 'string' && ISO_DATE.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().startsWith(value)) return value;
  }
  throw new GraphQLError(`Date must be an ISO 8601 calendar date such as "2024-06-30"; got ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** A calendar date with no time or zone, kept as its ISO string so no time zone can shift it. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'An ISO 8601 calendar date, e.g. "2024-06-30".',
  serialize: (value) => parse(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return parse(ast.value);
    throw new GraphQLError('Date must be a string literal such as "2024-06-30"', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
