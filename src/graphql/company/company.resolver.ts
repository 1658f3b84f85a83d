import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { AsOfArgs } from '../time/as-of.args.js';
import { RevisionConnection } from '../time/revision-connection.type.js';
import { FiscalCalendar } from '../time/fiscal-calendar.enum.js';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { boardChair, boardMembers, officers, type BoardMemberOn, type TenureOn } from '../../domain/governance/board.js';
import type {
  BoardChange as DomainBoardChange,
  BoardCompleteness as DomainCompleteness,
  CorporateEvent as DomainEvent,
  Dividend as DomainDividend,
  Guidance as DomainGuidance,
  Person as DomainPerson,
  Quote as DomainQuote,
  ShareRepurchaseProgram as DomainProgram,
} from '../../domain/governance/model.js';
import { Dividend } from '../capital-return/dividend.type.js';
import { ShareRepurchaseProgram } from '../capital-return/share-repurchase-program.type.js';
import { CorporateEvent } from '../event/corporate-event.type.js';
import { BoardChange } from '../governance/board-change.type.js';
import { BoardCompleteness } from '../governance/board-completeness.type.js';
import { BoardMember } from '../governance/board-member.type.js';
import { PersonConnection } from '../governance/person-connection.type.js';
import { RoleTenure } from '../governance/role-tenure.type.js';
import { Guidance } from '../outlook/guidance.type.js';
import { Quote } from '../quote/quote.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { Concept } from '../concept/concept.type.js';
import { searchLineItems } from '../../domain/line-item-search.js';
import type { Concept as DomainConcept, Company as DomainCompany, Disclosure, LineItem as DomainLineItem, Listing as DomainListing, Security as DomainSecurity, Fact as DomainFact, Revision as DomainRevision } from '../../domain/model.js';
import { graphOf, sourceOf, type Context } from '../context.js';
import { DisclosureConnection } from '../disclosure/disclosure-connection.type.js';
import { Disclosure as DisclosureType } from '../disclosure/disclosure.type.js';
import { DisclosureListArgs } from '../disclosure/disclosure-list.args.js';
import { OrderDirection } from '../pagination/order-direction.enum.js';
import { LineItemFilterArgs } from '../statement/line-item-filter.args.js';
import { ConnectionArgs } from '../pagination/connection.args.js';
import type { Connection } from '../pagination/connection.type.js';
import { loadPage, paginate } from '../pagination/paginate.js';
import { LineItem } from '../statement/line-item.type.js';
import { CompanyConnection } from './company-connection.type.js';
import { CompanyArgs, CompanyByCikArgs } from './company.args.js';
import { Company } from './company.type.js';
import { sliceRequest } from './slice-selection.js';
import { Listing } from './listing.type.js';
import { Security } from './security.type.js';
import { companyFacts } from '../../domain/fact-index.js';
import { FactConnection } from '../fact/fact-connection.type.js';
import { FactFilterArgs } from '../fact/fact-filter.args.js';
import { provedLatest } from '../../domain/metrics/latest-window.js';
import { latestFigures, margins, metricFigures, type FigureRatio as DomainRatio, type StandardFigure as DomainStandardFigure } from '../../domain/metrics/metrics.js';
import { NotAFlowError, ttmOfConcept, ttmOfMetric, ttmSeriesOfMetric, type TrailingTwelveMonths as DomainTtm } from '../../domain/metrics/ttm.js';
import { metricDefinition } from '../../domain/metrics/vocabulary.js';
import { StandardMetric } from '../metric/metric-enums.js';
import { StandardFigure } from '../metric/standard-figure.type.js';
import { FigureRatio } from '../metric/figure-ratio.type.js';
import { TrailingTwelveMonths } from '../metric/trailing-twelve-months.type.js';
import { SeriesFrequency } from '../time/series-frequency.enum.js';
import { assertKnownForm, assertKnownUnit } from '../validation/known-values.js';

const AS_OF_DESCRIPTION = 'The date, e.g. "2024-08-12" (default: the day the request is answered, UTC; such answers are cached and ETagged for that day only). Roles without a reported end are taken to continue.';

/** Newest disclosure first; within a disclosure, in the order it states them (the sort is stable). */
const newestFirst = <T extends { disclosure: { date: string } }>(list: T[] | undefined): T[] =>
  [...(list ?? [])].sort((a, b) => b.disclosure.date.localeCompare(a.disclosure.date));

/** Every field of Company that is not plain data: queries for companies, their concepts, line items, facts, revisions, governance and capital return. */
@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => Company, {
    nullable: true,
    description: 'The company listed under a ticker on any exchange ("QFIN", "3660"), case-insensitive, as of a date (default: the current listing); null when none is. A ticker within two edits of known ones ("APPL") is answered null with a `NOT_FOUND` error whose `extensions.didYouMean` lists the nearest tickers (["AAPL"]).',
  })
  async company(@Args(() => CompanyArgs) { ticker, asOf }: CompanyArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<DomainCompany | null> {
    const wanted = ticker.trim().replace(/\s+/g, ' ');
    const source = sourceOf(ctx);
    // A selection reading only some concepts' facts may be answered from a slice of the company (slice-selection.ts).
    const company = await source.companyByTicker(wanted, asOf ?? undefined, sliceRequest(info) ?? undefined);
    if (company) return company;
    const near = source.nearestTickers(wanted);
    if (near.length > 0) throw new GraphQLError(`No company is listed under ticker "${wanted.toUpperCase()}". Did you mean ${near.map((t) => `"${t}"`).join(' or ')}?`, { extensions: { code: 'NOT_FOUND', argumentName: 'ticker', didYouMean: near } });
    return null;
  }

  @Query(() => [Company], {
    description: 'Companies a short query names by ticker or by a distinctive word of their name ("aapl", "apple", "qifu"), as `search` narrows a query to a company: exact matches first, then words within a typo or two ("appel"); at most 10. For pickers, such as the explorer\'s comparison.',
  })
  async companyMatches(@Arg('query', () => String, { description: 'A ticker or words of a company\'s name, e.g. "apple" or "QFIN" (at most 100 characters).' }) query: string, @Ctx() ctx: Context): Promise<DomainCompany[]> {
    if (query.length > 100) throw new GraphQLError('`query` is longer than 100 characters', { extensions: { code: 'BAD_USER_INPUT', argumentName: 'query' } });
    return sourceOf(ctx).matchCompanies(query, 10);
  }

  @Query(() => Company, { nullable: true, description: 'The company with this SEC Central Index Key (a filing\'s `dei:EntityCentralIndexKey`), including one whose filings name no ticker; null when none has it.' })
  async companyByCik(@Args(() => CompanyByCikArgs) { cik }: CompanyByCikArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<DomainCompany | null> {
    return (await sourceOf(ctx).companyByCik(cik.padStart(10, '0'), sliceRequest(info) ?? undefined)) ?? null;
  }

  @Query(() => CompanyConnection, { description: 'Every company in the graph, by name.' })
  async companies(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Connection<DomainCompany>> {
    const source = sourceOf(ctx);
    // A page of the list of every company; only the page's companies are loaded.
    return loadPage(paginate(source.companyRefs(), args, { connection: 'Query.companies' }), (ref) => source.company(ref));
  }

  @FieldResolver(() => Concept, { nullable: true, description: 'The company\'s concept with this qualified name ("us-gaap:Revenues", "aapl:…", "qfin:NetIncome"), or the curated concept mapped to this `us-gaap` name; null when the company reports none.' })
  concept(
    @Root() company: DomainCompany,
    @Arg('name', () => String, { description: 'Qualified name, e.g. "us-gaap:Revenues".' }) name: string,
    @Ctx() ctx: Context,
  ): DomainConcept | null {
    return graphOf(ctx, company).concept(company, name.trim()) ?? null;
  }

  @FieldResolver(() => [Concept], { description: 'Every concept the company reports or its statements print, in order of first use. A company\'s taxonomy is bounded (a few thousand concepts), so this is a plain list.' })
  concepts(@Root() company: DomainCompany): DomainConcept[] {
    return company.concepts;
  }

  @FieldResolver(() => String, { description: 'Month and day the fiscal year ends, as MM-DD, e.g. "12-31".' })
  fiscalYearEnd(@Root() company: DomainCompany): string {
    const { month, day } = company.fiscalYearEnd;
    return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }

  @FieldResolver(() => FiscalCalendar, { description: 'Whether fiscal years end on a fixed date or on a weekday near it (52/53-week years).' })
  fiscalCalendar(@Root() company: DomainCompany): FiscalCalendar {
    return company.fiscalYearEnd.weekBased ? FiscalCalendar.WEEKS_52_53 : FiscalCalendar.FIXED_DATE;
  }

  @FieldResolver(() => [Listing], { description: 'Where the company\'s securities trade.' })
  listings(@Root() company: DomainCompany): DomainListing[] {
    return company.listings;
  }

  @FieldResolver(() => [Security], { description: 'Classes of securities the company has issued.' })
  securities(@Root() company: DomainCompany): DomainSecurity[] {
    return company.securities;
  }

  @FieldResolver(() => DisclosureConnection, {
    nullable: true,
    description: 'The company\'s disclosures, ordered by date then slug, newest first unless `orderBy` says otherwise. Null only with an error (a refused argument), which then leaves the company\'s other fields answered.',
  })
  disclosures(@Root() company: DomainCompany, @Args(() => DisclosureListArgs) { filter, orderBy }: DisclosureListArgs, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Connection<Disclosure> {
    assertKnownForm(sourceOf(ctx).known(), filter?.form, 'filter.form');
    let list = company.disclosures; // newest first
    if (orderBy?.direction === OrderDirection.ASC) list = [...list].reverse();
    if (filter) {
      const { dateFrom, dateTo, kind, form } = filter;
      list = list.filter((d) => (!dateFrom || d.date >= dateFrom) && (!dateTo || d.date <= dateTo) && (!kind || d.kind === kind) && (!form || d.form === form));
    }
    return paginate(list, args, { connection: 'Company.disclosures', owner: company.id, filter: { filter, orderBy } });
  }

  @FieldResolver(() => DisclosureType, { nullable: true, description: 'One of the company\'s disclosures, however old, by its slug (as in `Disclosure.slug`) or its SEC accession number ("0000320193-25-000057", dashes optional); null when the company has none such. Give exactly one of the two.' })
  disclosure(
    @Root() company: DomainCompany,
    @Arg('slug', () => String, { nullable: true, description: 'The disclosure\'s slug, e.g. "10-q-2025-03-29".' }) slug?: string | null,
    @Arg('accessionNumber', () => String, { nullable: true, description: 'The SEC accession number, with or without dashes.' }) accessionNumber?: string | null,
  ): Disclosure | null {
    if ((slug == null) === (accessionNumber == null)) throw new GraphQLError('Give exactly one of `slug` and `accessionNumber`.', { extensions: { code: 'BAD_USER_INPUT', argumentName: slug == null ? 'slug' : 'accessionNumber' } });
    if (slug != null) return company.disclosures.find((d) => d.slug === slug) ?? null;
    const digits = accessionNumber!.replace(/-/g, '');
    return company.disclosures.find((d) => d.accessionNumber !== null && d.accessionNumber.replace(/-/g, '') === digits) ?? null;
  }

  @FieldResolver(() => [LineItem], {
    description: 'Every line item of the company in one list: statement rows and metrics, in statement order then printed order. A company\'s chart of line items is bounded, so this is a plain list.',
  })
  lineItems(@Root() company: DomainCompany, @Args(() => LineItemFilterArgs) { statement, search }: LineItemFilterArgs): DomainLineItem[] {
    const items = statement ? company.lineItems.filter((item) => item.statement === statement) : company.lineItems;
    return search ? searchLineItems(company, search, items) : items;
  }

  @FieldResolver(() => FactConnection, {
    nullable: true,
    description:
      'Every fact of the company across its disclosures, paginated: ordered by line item (statement order, then printed order), then as the source prints them. Filter by period, fiscal period, unit, origin, convenience translation, statement or dimensions. Null only with an error (a refused argument), which then leaves the company\'s other fields answered.',
  })
  facts(
    @Root() company: DomainCompany,
    @Args(() => FactFilterArgs) { filter }: FactFilterArgs,
    @Args(() => AsOfArgs) { asOf }: AsOfArgs,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Connection<DomainFact> {
    assertKnownUnit(sourceOf(ctx).known(), filter?.unit, 'filter.unit');
    const facts = companyFacts(company).query(filter ?? {});
    return paginate(asOf ? graphOf(ctx, company).timeline.asOf(facts, asOf) : facts, args, { connection: 'Company.facts', owner: company.id, filter: { filter, asOf } });
  }

  @FieldResolver(() => RevisionConnection, {
    description: 'Figures a later disclosure reported with another value (old value, new value, both disclosures, the difference), figure by figure: what each filing restated, without comparing thousands of facts by hand.',
  })
  revisions(@Root() company: DomainCompany, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Connection<DomainRevision> {
    return paginate(graphOf(ctx, company).timeline.revisions(company), args, { connection: 'Company.revisions', owner: company.id });
  }

  @FieldResolver(() => [StandardFigure], {
    description:
      'A standard metric for each fiscal quarter or year, oldest first: per period the concept the company reported most recently (ties: the vocabulary\'s order), totals only, its latest report (as known on `asOf`); computed metrics with their inputs. Currencies as reported, never converted.',
  })
  metric(
    @Root() company: DomainCompany,
    @Arg('metric', () => StandardMetric, { description: 'The standard metric.' }) metric: StandardMetric,
    @Arg('frequency', () => SeriesFrequency, { description: 'Quarters or years.' }) frequency: SeriesFrequency,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'As known on this date: only reports filed by then (default: everything known).' }) asOf: string | null,
    @Arg('unit', () => String, { nullable: true, description: 'Only figures in this unit, e.g. "USD" (default: every unit reported).' }) unit: string | null,
    @Ctx() ctx: Context,
  ): DomainStandardFigure[] {
    const wanted = unit?.trim() || null;
    assertKnownUnit(sourceOf(ctx).known(), wanted, 'unit');
    return metricFigures(graphOf(ctx, company), company, metric, frequency, asOf ?? null, wanted);
  }

  @FieldResolver(() => [StandardFigure], {
    description: 'The latest figure of each standard metric, in the vocabulary\'s order: its latest fiscal quarter (a balance: the latest quarter-end), or its latest fiscal year where no quarter is known; one per currency where several end on the same date; metrics without a figure left out. What the explorer\'s company page opens on.',
  })
  latestMetrics(
    @Root() company: DomainCompany,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'As known on this date: only reports filed by then (default: everything known).' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): DomainStandardFigure[] {
    const graph = graphOf(ctx, company);
    // A window of the company's facts (a concept slice for this field alone) holds its proved answer.
    return provedLatest(graph, company, asOf ?? null) ?? latestFigures(graph, company, asOf ?? null);
  }

  @FieldResolver(() => [FigureRatio], { description: 'A money metric as a fraction of revenue of the same fiscal period and currency (gross, operating, net, free-cash-flow margin), oldest first, with both inputs.' })
  margin(
    @Root() company: DomainCompany,
    @Arg('metric', () => StandardMetric, { description: 'The numerator, e.g. GROSS_PROFIT.' }) metric: StandardMetric,
    @Arg('frequency', () => SeriesFrequency, { description: 'Quarters or years.' }) frequency: SeriesFrequency,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'As known on this date (default: everything known).' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): DomainRatio[] {
    const graph = graphOf(ctx, company);
    const definition = metricDefinition(metric);
    if (definition.measure !== 'MONEY' || definition.nature !== 'FLOW') throw new GraphQLError(`${definition.label} is not a money flow: a margin is a money flow ÷ revenue`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'metric' } });
    return margins(graph, company, metric, frequency, asOf ?? null);
  }

  @FieldResolver(() => TrailingTwelveMonths, {
    nullable: true,
    description:
      'Trailing twelve months of a flow as known on `asOf`: the four latest fiscal quarters filed by then, each at its latest value filed by then (derived where not reported), with the quarters and the rule; flagged stale when the last quarter ended long before. Give `concept` or `metric`. A balance has none (BAD_USER_INPUT); null when four consecutive quarters are not known by then.',
  })
  ttm(
    @Root() company: DomainCompany,
    @Arg('concept', () => String, { nullable: true, description: 'A flow concept, e.g. "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax".' }) concept: string | null,
    @Arg('metric', () => StandardMetric, { nullable: true, description: 'A money-flow standard metric, e.g. REVENUE (each quarter by the metric\'s rules).' }) metric: StandardMetric | null,
    @Arg('asOf', () => DateScalar, { description: 'As known on this date, e.g. "2025-06-30".' }) asOf: string,
    @Ctx() ctx: Context,
  ): DomainTtm | null {
    const graph = graphOf(ctx, company);
    const badInput = (message: string, argumentName: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
    if ((concept == null) === (metric == null)) throw badInput('give exactly one of `concept` and `metric`', concept == null ? 'concept' : 'metric');
    try {
      if (metric != null) return ttmOfMetric(graph, company, metric, asOf);
      const found = graph.concept(company, concept!.trim());
      if (!found) return null;
      return ttmOfConcept(graph, company, found, asOf);
    } catch (e) {
      if (e instanceof NotAFlowError) throw badInput(e.message, metric != null ? 'metric' : 'concept');
      throw e;
    }
  }

  @FieldResolver(() => [StandardFigure], {
    description:
      'Several standard metrics at once, for comparisons and exports: for each metric in the order given, its figure of each fiscal quarter or year, oldest first, by the same rules as `metric` (each figure names its `metric`). Currencies as reported, never converted.',
  })
  metrics(
    @Root() company: DomainCompany,
    @Arg('metrics', () => [StandardMetric], { description: 'The standard metrics, e.g. [REVENUE, NET_INCOME] (each once; at most the whole vocabulary).' }) metrics: StandardMetric[],
    @Arg('frequency', () => SeriesFrequency, { description: 'Quarters or years.' }) frequency: SeriesFrequency,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'As known on this date: only reports filed by then (default: everything known).' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): DomainStandardFigure[] {
    const graph = graphOf(ctx, company);
    return [...new Set(metrics)].flatMap((metric) => metricFigures(graph, company, metric, frequency, asOf ?? null));
  }

  @FieldResolver(() => [TrailingTwelveMonths], {
    nullable: true,
    description:
      'Money-flow metrics\' trailing twelve months at the end of every fiscal quarter where four consecutive quarters are known: for each metric in the order given, one rolling window per quarter and currency, oldest first, each the sum of its four quarters (by the metric\'s rules, at their latest values as known on `asOf`, derived where not reported), listed in `quarters`. Each window\'s `asOf` is that date (default: today); each is judged stale on its own date: the end of the quarter that followed it (the newest: on `asOf`, as `ttm` judges it), so a window is `isStale` only where more than 183 days passed without a newer quarter. A balance, per-share amount or share count has none (null, with BAD_USER_INPUT naming it: nullable so that the error stays in this field).',
  })
  ttmSeries(
    @Root() company: DomainCompany,
    @Arg('metrics', () => [StandardMetric], { description: 'Money-flow standard metrics, e.g. [REVENUE, FREE_CASH_FLOW] (each once).' }) metrics: StandardMetric[],
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'As known on this date: only reports filed by then (default: everything known, stamped with today\'s date).' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): DomainTtm[] | null {
    const graph = graphOf(ctx, company);
    const { today } = ctx;
    try {
      return [...new Set(metrics)].flatMap((metric) => ttmSeriesOfMetric(graph, company, metric, asOf ?? null, asOf ?? today));
    } catch (e) {
      if (e instanceof NotAFlowError) throw new GraphQLError(e.message, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'metrics' } });
      throw e;
    }
  }

  // Governance and capital return: what the disclosures say about the board, officers, dividends, buybacks, outlook, events and quotes.

  @FieldResolver(() => PersonConnection, { description: 'People the company\'s disclosures name (directors, officers), past and present, in the order first named.' })
  people(@Root() company: DomainCompany, @Args(() => ConnectionArgs) args: ConnectionArgs): Connection<DomainPerson> {
    return paginate([...(company.governance?.people.values() ?? [])], args, { connection: 'Company.people', owner: company.id });
  }

  @FieldResolver(() => [BoardMember], {
    description:
      'The board of directors on a date, as far as the disclosures tell: everyone whose directorship or chair is HELD or POSSIBLY_HELD then (see RoleStatus). The board known from disclosures may be incomplete: see `boardCompleteness`.',
  })
  boardMembers(@Root() company: DomainCompany, @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | null | undefined, @Ctx() { today }: Context): BoardMemberOn[] {
    return boardMembers(company, asOf ?? today);
  }

  @FieldResolver(() => BoardMember, { nullable: true, description: 'Who chairs the board on a date (its `status` is that of the chair role); null when no chair is known then.' })
  boardChair(@Root() company: DomainCompany, @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | null | undefined, @Ctx() { today }: Context): BoardMemberOn | null {
    return boardChair(company, asOf ?? today);
  }

  @FieldResolver(() => [RoleTenure], { description: 'The company\'s officers on a date (chief executive, financial, risk officers...), held or possibly held then.' })
  officers(@Root() company: DomainCompany, @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | null | undefined, @Ctx() { today }: Context): TenureOn[] {
    return officers(company, asOf ?? today);
  }

  @FieldResolver(() => BoardCompleteness, { nullable: true, description: 'Whether the board known from the disclosures is the whole board; null when no disclosure says anything about the board.' })
  boardCompleteness(@Root() company: DomainCompany): DomainCompleteness | null {
    return company.governance?.boardCompleteness ?? null;
  }

  @FieldResolver(() => [BoardChange], { description: 'Changes to the board the disclosures announce, newest first.' })
  boardChanges(@Root() company: DomainCompany): DomainBoardChange[] {
    return newestFirst(company.governance?.boardChanges);
  }

  @FieldResolver(() => [Dividend], { description: 'Dividends the disclosures declare, newest first.' })
  dividends(@Root() company: DomainCompany): DomainDividend[] {
    return newestFirst(company.governance?.dividends);
  }

  @FieldResolver(() => [ShareRepurchaseProgram], { description: 'Share repurchase programs, newest approval first.' })
  shareRepurchasePrograms(@Root() company: DomainCompany): DomainProgram[] {
    return [...(company.governance?.repurchasePrograms.values() ?? [])].sort((a, b) => b.approvalDate.localeCompare(a.approvalDate));
  }

  @FieldResolver(() => [Guidance], { description: 'Guidance the disclosures give, newest disclosure first.' })
  guidance(@Root() company: DomainCompany): DomainGuidance[] {
    return newestFirst(company.governance?.guidance);
  }

  @FieldResolver(() => [CorporateEvent], { description: 'Earnings releases, calls and other events, newest disclosure first.' })
  events(@Root() company: DomainCompany): DomainEvent[] {
    return newestFirst(company.governance?.events);
  }

  @FieldResolver(() => [Quote], { description: 'Management commentary, newest disclosure first.' })
  quotes(@Root() company: DomainCompany): DomainQuote[] {
    return newestFirst(company.governance?.quotes);
  }
}
