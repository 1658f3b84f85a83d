import { knownOn, knownOnBasis } from '../../domain/time/report-identity.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { KnownOnBasis } from '../time/known-on-basis.enum.js';
import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type {
  BoardChange as DomainBoardChange,
  CorporateEvent as DomainEvent,
  Dividend as DomainDividend,
  Guidance as DomainGuidance,
  Quote as DomainQuote,
  RepurchaseProgress as DomainProgress,
  Role as DomainRole,
} from '../../domain/governance/model.js';
import { Dividend } from '../capital-return/dividend.type.js';
import { RepurchaseProgress } from '../capital-return/repurchase-progress.type.js';
import { CorporateEvent } from '../event/corporate-event.type.js';
import { BoardChange } from '../governance/board-change.type.js';
import { Role } from '../governance/role.type.js';
import { Guidance } from '../outlook/guidance.type.js';
import { Quote } from '../quote/quote.type.js';
import { graphOf, sourceOf, type Context } from '../context.js';
import { RevisionConnection } from '../time/revision-connection.type.js';
import type { Check as DomainCheck, Company, Disclosure as DomainDisclosure, Fact as DomainFact, Footnote as DomainFootnote, SourceDocument as DomainSource, StatementTable as DomainTable, ConvenienceTranslation as DomainTranslation } from '../../domain/model.js';
import type { Definition as DomainDefinition, Revision as DomainRevision } from '../../domain/model.js';
import { Definition } from '../definition/definition.type.js';
import { CheckConnection } from '../check/check-connection.type.js';
import { CheckKind, CheckStatus } from '../check/check-enums.js';
import { CheckSummary } from '../check/check-summary.type.js';
import { TextFactConnection } from '../text-fact/text-fact-connection.type.js';
import type { TextFact as DomainTextFact } from '../../domain/model.js';
import { Company as CompanyType } from '../company/company.type.js';
import { disclosureFacts } from '../../domain/fact-index.js';
import { FactFilterArgs } from '../fact/fact-filter.args.js';
import { FactConnection } from '../fact/fact-connection.type.js';
import { Footnote } from '../footnote/footnote.type.js';
import { ConnectionArgs } from '../pagination/connection.args.js';
import type { Connection } from '../pagination/connection.type.js';
import { paginate } from '../pagination/paginate.js';
import { StatementTable } from '../statement/statement-table.type.js';
import { ConvenienceTranslation } from './convenience-translation.type.js';
import { Disclosure } from './disclosure.type.js';
import { SourceDocument } from './source-document.type.js';
import { assertKnownUnit } from '../validation/known-values.js';

/** Every field of Disclosure that is not plain data: its company, statements, facts, checks, revisions, governance and capital return. */
@Resolver(() => Disclosure)
export class DisclosureResolver {
  @FieldResolver(() => CompanyType, { description: 'The company that published it.' })
  company(@Root() disclosure: DomainDisclosure): Company {
    return disclosure.company;
  }

  @FieldResolver(() => DateScalar, { description: 'The day the disclosure became known, on which `asOf` queries place its reports: its filing date, or, when that is unknown, the latest day it can have been filed (its period of report plus its form\'s SEC deadline, within its accession number\'s year; see `knownOnBasis`).' })
  knownOn(@Root() disclosure: DomainDisclosure): string {
    return knownOn(disclosure);
  }

  @FieldResolver(() => KnownOnBasis, { description: 'Whether `knownOn` is the filing date or, for lack of one, the period of report.' })
  knownOnBasis(@Root() disclosure: DomainDisclosure): KnownOnBasis {
    return KnownOnBasis[knownOnBasis(disclosure)];
  }

  @FieldResolver(() => RevisionConnection, { description: 'Figures this disclosure restated: each a figure an earlier disclosure reported with another value, with both values and the difference.' })
  revisions(@Root() disclosure: DomainDisclosure, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Connection<DomainRevision> {
    return paginate(graphOf(ctx, disclosure.company).timeline.revisionsBy(disclosure), args, { connection: 'Disclosure.revisions', owner: disclosure.id });
  }

  @FieldResolver(() => SourceDocument, { description: 'The source text the data was curated from.' })
  source(@Root() disclosure: DomainDisclosure): DomainSource {
    return disclosure.source;
  }

  @FieldResolver(() => ConvenienceTranslation, { nullable: true, description: 'The rate of the disclosure\'s convenience translations; null when it makes none.' })
  convenienceTranslation(@Root() disclosure: DomainDisclosure): DomainTranslation | null {
    return disclosure.convenienceTranslation;
  }

  @FieldResolver(() => [StatementTable], { description: 'The financial tables the disclosure prints, as curated.' })
  statements(@Root() disclosure: DomainDisclosure): DomainTable[] {
    return disclosure.tables;
  }

  @FieldResolver(() => FactConnection, {
    nullable: true,
    description: 'The facts the disclosure states, in curation order (table by table, row by row, column by column). Null only with an error (a refused argument), which then leaves the disclosure\'s other fields answered.',
  })
  facts(@Root() disclosure: DomainDisclosure, @Args(() => FactFilterArgs) { filter }: FactFilterArgs, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Connection<DomainFact> {
    assertKnownUnit(sourceOf(ctx).known(), filter?.unit, 'filter.unit');
    return paginate(disclosureFacts(disclosure).query(filter ?? {}), args, { connection: 'Disclosure.facts', owner: disclosure.id, filter });
  }

  @FieldResolver(() => [Footnote], { description: 'The numbered notes of the disclosure, in order.' })
  footnotes(@Root() disclosure: DomainDisclosure): DomainFootnote[] {
    return disclosure.footnotes;
  }

  @FieldResolver(() => [Definition], { description: 'What the disclosure defines: measures defined by its footnotes and sections, with their formulas.' })
  definitions(@Root() disclosure: DomainDisclosure): DomainDefinition[] {
    return disclosure.definitions;
  }

  @FieldResolver(() => TextFactConnection, { description: 'For a filing: its non-numeric facts (text blocks of its notes and policies, cover text), in document order; empty for a curated release.' })
  textFacts(@Root() disclosure: DomainDisclosure, @Args(() => ConnectionArgs) args: ConnectionArgs): Connection<DomainTextFact> {
    return paginate(disclosure.textFacts, args, { connection: 'Disclosure.textFacts', owner: disclosure.id, filter: {} });
  }

  @FieldResolver(() => CheckSummary, { description: 'How many of the disclosure\'s checks pass and fail.' })
  checkSummary(@Root() disclosure: DomainDisclosure): CheckSummary {
    const failed = disclosure.checks.filter((c) => c.status === 'FAIL').length;
    const notEvaluated = disclosure.checks.filter((c) => c.status === 'NOT_EVALUATED').length;
    return { total: disclosure.checks.length, passed: disclosure.checks.length - failed - notEvaluated, failed, notEvaluated };
  }

  @FieldResolver(() => CheckConnection, { description: 'The checks run on the disclosure\'s figures at load, failures first.' })
  checks(
    @Root() disclosure: DomainDisclosure,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('status', () => CheckStatus, { nullable: true, description: 'Only checks with this outcome.' }) status?: CheckStatus | null,
    @Arg('kind', () => CheckKind, { nullable: true, description: 'Only checks of this kind.' }) kind?: CheckKind | null,
  ): Connection<DomainCheck> {
    const ordered = [...disclosure.checks].sort((a, b) => (a.status === b.status ? 0 : a.status === 'FAIL' ? -1 : 1));
    return paginate(
      ordered.filter((c) => (!status || c.status === status) && (!kind || c.kind === kind)),
      args,
      { connection: 'Disclosure.checks', owner: disclosure.id, filter: { status, kind } },
    );
  }

  // Governance and capital return: what the disclosure states of roles, the board, dividends, buybacks, outlook, events and quotes.

  @FieldResolver(() => [Role], { description: 'Roles the disclosure states (held, started or ended), at the company and elsewhere.' })
  roles(@Root() disclosure: DomainDisclosure): DomainRole[] {
    return disclosure.governance?.roles ?? [];
  }

  @FieldResolver(() => [BoardChange], { description: 'Board changes the disclosure announces.' })
  boardChanges(@Root() disclosure: DomainDisclosure): DomainBoardChange[] {
    return disclosure.governance?.boardChanges ?? [];
  }

  @FieldResolver(() => [Dividend], { description: 'Dividends the disclosure declares.' })
  dividends(@Root() disclosure: DomainDisclosure): DomainDividend[] {
    return disclosure.governance?.dividends ?? [];
  }

  @FieldResolver(() => [RepurchaseProgress], { description: 'Share repurchase progress the disclosure reports (each links to its program).' })
  repurchaseProgress(@Root() disclosure: DomainDisclosure): DomainProgress[] {
    return disclosure.governance?.repurchaseProgress ?? [];
  }

  @FieldResolver(() => [Guidance], { description: 'Guidance the disclosure gives (its business outlook).' })
  guidance(@Root() disclosure: DomainDisclosure): DomainGuidance[] {
    return disclosure.governance?.guidance ?? [];
  }

  @FieldResolver(() => [CorporateEvent], { description: 'Events the disclosure is or announces.' })
  events(@Root() disclosure: DomainDisclosure): DomainEvent[] {
    return disclosure.governance?.events ?? [];
  }

  @FieldResolver(() => [Quote], { description: 'Management commentary the disclosure prints.' })
  quotes(@Root() disclosure: DomainDisclosure): DomainQuote[] {
    return disclosure.governance?.quotes ?? [];
  }
}
