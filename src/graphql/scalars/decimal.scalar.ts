import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

function parse(value: unknown): string {
  if (typeof value === 'string' && DECIMAL.test(value)) return value;
  throw new GraphQLError(`Decimal must be a string such as "4177890000" or "-8.92"; got ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** Exact decimal numbers as strings, never floats (as Shopify's `Decimal`). */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'An exact decimal number, serialized as a string in full units with no exponent and no thousands separators, e.g. "4177890000", "-213267000", "8.92", "0.413". Never a float.',
  serialize: (value) => parse(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parse(ast.value);
    throw new GraphQLError('Decimal must be a string literal such as "8.92"', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
