import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { searchIndex, type Searchable } from '../../domain/search/search-index.js';
import type { Context } from '../context.js';
import { ConnectionArgs } from '../pagination/connection.args.js';
import type { Connection } from '../pagination/connection.type.js';
import { paginate } from '../pagination/paginate.js';
import { SearchResultConnection } from './search-result-connection.type.js';
import { SearchArgs } from './search.args.js';

@Resolver()
export class SearchResolver {
  @Query(() => SearchResultConnection, {
    description:
      'Finds line items, definitions and footnotes by words, best matches first: a word in a line item\'s label (or the label a definition defines) ranks above a word in a longer text. "delinquency" finds the delinquency rates, their notes and definitions; "capital-light" finds the capital-light volumes, balances and fees. Served from an index built once, not by scanning. An unknown ticker gives an empty list.',
  })
  search(@Args(() => SearchArgs) { query, types, ticker }: SearchArgs, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { graph }: Context): Connection<Searchable> {
    const company = ticker ? graph.companyByTicker(ticker.trim()) : undefined;
    if (ticker && !company) return paginate([], args);
    return paginate(searchIndex(graph).search(query, { company, types: types ?? undefined }), args);
  }
}
