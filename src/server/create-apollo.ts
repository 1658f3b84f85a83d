import { ApolloServer } from '@apollo/server';
import type { Context } from '../graphql/context.js';
import { getSchema } from '../graphql/build-schema.js';

/**
 * The Apollo server over the schema. Introspection stays on in production (the data is
 * public); Apollo's defaults give Sandbox's landing page outside production, CSRF
 * prevention, and no stack traces in errors when NODE_ENV=production.
 */
export function createApollo(): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema: getSchema(),
    introspection: true,
  });
}
