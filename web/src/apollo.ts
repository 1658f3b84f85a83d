import { ApolloClient, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import generated from './generated/possible-types.js';

/**
 * The explorer's cache, as a frontend on this API should set it up:
 * - possibleTypes come from the schema (GraphQL Code Generator's fragment-matcher), so
 *   fragments on the Node interface and the SearchResult union match the right objects;
 * - every connection is merged page after page by cursor (relayStylePagination), keyed by
 *   the arguments that select a different list;
 * - objects without an `id` (a fact's source, a money amount, a check summary...) belong
 *   to their parent: `merge: true` lets two views select different fields of them without
 *   one overwriting the other (and without Apollo's "cache data may be lost" warning).
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({ possibleTypes: generated.possibleTypes, typePolicies });
}

const mergeable = [
  'FactSource', 'Formula', 'Correction', 'Money', 'CheckSummary', 'PartialDate', 'BoardCompleteness',
  'GuidanceGrowth', 'ConvenienceTranslation', 'SourceDocument', 'ShareRegistrar', 'ZonedTime',
];

/** The cache's type policies (exported for the test of its keys against the schema). */
export const typePolicies: TypePolicies = {
  ...Object.fromEntries(mergeable.map((type) => [type, { merge: true }])),
  Query: {
    fields: {
      companies: relayStylePagination(),
      search: relayStylePagination(['query', 'ticker', 'types']),
      frame: relayStylePagination(['concept', 'period', 'unit', 'orderBy']),
      setAsideFilings: relayStylePagination(),
    },
  },
  // Every argument that changes the answer keys the list (as-of and current facts are
  // different lists); web/test/cache-keys.test.ts checks this against the schema.
  Company: {
    fields: {
      disclosures: relayStylePagination(['filter', 'orderBy']),
      facts: relayStylePagination(['filter', 'asOf']),
      people: relayStylePagination(),
      revisions: relayStylePagination(),
    },
  },
  Concept: {
    fields: {
      facts: relayStylePagination(['filter', 'asOf']),
      textFacts: relayStylePagination(),
    },
  },
  Disclosure: {
    fields: {
      checks: relayStylePagination(['kind', 'status']),
      facts: relayStylePagination(['filter']),
      revisions: relayStylePagination(),
      textFacts: relayStylePagination(),
    },
  },
};

export function createClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: createCache(),
    // The data is immutable while the server runs: answers from the cache are current.
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-first' } },
  });
}
