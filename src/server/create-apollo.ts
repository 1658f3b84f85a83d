import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Context } from '../graphql/context.js';
import { getSchema } from '../graphql/build-schema.js';

/**
 * The Apollo server over the schema. Introspection stays on in production (the data is
 * public); Apollo's defaults give Sandbox's landing page outside production, CSRF
 * prevention, and no stack traces in errors when NODE_ENV=production. The cache-control
 * plugin is off: the schema sets no cache hints, and the plugin wraps every field's
 * resolver to collect them (about a tenth of the time of a large query, `npm run bench`).
 */
export function createApollo(): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema: getSchema(),
    introspection: true,
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
}
