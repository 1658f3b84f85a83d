import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { searchIndex, type Searchable } from '../../domain/search/search-index.js';
import type { Context } from '../context.js';
import type { Connection } from '../pagination/connection.type.js';
import { paginate } from '../pagination/paginate.js';
import { SearchResultConnection } from './search-connection.type.js';
import { SearchArgs } from './search.args.js';

@Resolver()
export class SearchResolver {
  @Query(() => SearchResultConnection, {
    description:
      'Line items, definitions and footnotes containing every word of `query` ("delinquency", "capital-light"), best matches first: a word in a line item\'s own label (or the label a definition defines) ranks above one in a heading it is printed under, which ranks above one in a longer text; ties keep graph order (line items in statement order, then definitions, then footnotes). Served from an inverted index built once per graph.',
  })
  search(@Args(() => SearchArgs) { query, types, ticker, ...page }: SearchArgs, @Ctx() { graph }: Context): Connection<Searchable> {
    const company = ticker ? graph.companyByTicker(ticker.trim()) : undefined;
    const scope = { connection: 'Query.search', filter: { query, types, ticker: ticker?.trim().toUpperCase() } };
    if (ticker && !company) return paginate([], page, scope);
    return paginate(searchIndex(graph).search(query, { company, types: types ?? undefined }), page, scope);
  }
}
