import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { search, type SearchHit } from '../../domain/search-index.js';
import type { Context } from '../context.js';
import type { Connection } from '../pagination/connection.type.js';
import { paginate } from '../pagination/paginate.js';
import { SearchResultConnection } from './search-connection.type.js';
import { SearchArgs } from './search.args.js';

@Resolver()
export class SearchResolver {
  @Query(() => SearchResultConnection, {
    description: 'Line items, footnotes and definitions whose words include every word of `query` ("delinquency", "capital-light"): line items first, in statement order, then footnotes and definitions.',
  })
  search(@Args(() => SearchArgs) { query, ...page }: SearchArgs, @Ctx() { graph }: Context): Connection<SearchHit> {
    return paginate(search(graph, query), page);
  }
}
