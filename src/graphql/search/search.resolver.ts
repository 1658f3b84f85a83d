import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { Graph } from '../../domain/graph.js';
import { searchIndex, type Searchable } from '../../domain/search/search-index.js';
import { sourceOf, type Context } from '../context.js';
import type { Connection } from '../pagination/connection.type.js';
import type { Company as DomainCompany } from '../../domain/model.js';

import { paginate, paginateLoaded } from '../pagination/paginate.js';
import { SearchResultConnection } from './search-connection.type.js';
import { rowObjectOf, servedFromRows, type RowObject } from './search-row.js';
import { SearchArgs } from './search.args.js';

/** A page of hits and how the query was read (`SearchResultConnection`). */
type SearchAnswer = Connection<Searchable | RowObject> & { didYouMean: string | null; company: DomainCompany | null };

@Resolver()
export class SearchResolver {
  @Query(() => SearchResultConnection, {
    description:
      'Line items, definitions and footnotes containing every word of `query` ("delinquency", "capital-light", "apple net sales"), best matches first: a word in a line item\'s own label (or the label a definition defines) ranks above one in a heading it is printed under, which ranks above one in a longer text; then statement rows and key metrics before definitions, before note and detail rows, before footnotes; then the label closest to the query; then graph order. A ticker or a company\'s name in the query narrows it to that company (`company`); XBRL scaffolding (tables, axes, members, line-item containers, headings, text blocks) is never a result. When the words as typed find nothing, typos are corrected (words, tickers, company names) and the answer says how (`didYouMean`). Served from a MiniSearch index of labels and texts (never of facts), built once per graph; across every company of a store too large for one graph in memory, from PostgreSQL\'s full-text search over the same words, ranked by the same rules.',
  })
  async search(@Args(() => SearchArgs) { query, types, ticker, ...page }: SearchArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<SearchAnswer> {
    const source = sourceOf(ctx);
    const company = ticker ? await source.companyByTicker(ticker.trim()) : undefined;
    const scope = { connection: 'Query.search', filter: { query, types, ticker: ticker?.trim().toUpperCase() } };
    if (ticker && !company) return { ...paginate([], page, scope), didYouMean: null, company: null };
    // One index per graph: the whole graph's, or (serving from the store) the graph of the company the ticker or the query names.
    const scoped = company ? source.graphOf(company) : (source.whole ?? (await source.searchScope(query, types ?? undefined)));
    if (!(scoped instanceof Graph)) {
      // Across every company of a large store (its full-text search): only the page's hits are loaded, or, when the request reads only what
      // their rows keep (the explorer's search view), served from their rows without loading any company's graph.
      const fromRows = servedFromRows(info);
      const load = async (start: number, end: number) => (await scoped.hits(start, end, fromRows)).map((hit) => ('kind' in hit && hit.kind === 'search-row' ? rowObjectOf(hit, info.schema) : (hit as Searchable)));
      return { ...(await paginateLoaded(scoped.total, page, scope, load)), didYouMean: scoped.didYouMean, company: null };
    }
    const { hits, ...reading } = searchIndex(scoped).search(query, { company, types: types ?? undefined });
    return { ...paginate(hits, page, scope), ...reading };
  }
}
