import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Company as DomainCompany } from '../../domain/model.js';
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
import { Company } from '../company/company.type.js';
import { CorporateEvent } from '../event/corporate-event.type.js';
import { Guidance } from '../outlook/guidance.type.js';
import { Quote } from '../quote/quote.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { BoardChange } from './board-change.type.js';
import { BoardCompleteness } from './board-completeness.type.js';
import { BoardMember } from './board-member.type.js';
import { Person } from './person.type.js';
import { RoleTenure } from './role-tenure.type.js';
import { ConnectionArgs } from '../pagination/connection.args.js';
import type { Connection } from '../pagination/connection.type.js';
import { paginate } from '../pagination/paginate.js';
import { PersonConnection } from './person-connection.type.js';
import type { Context } from '../context.js';

const AS_OF_DESCRIPTION = 'The date, e.g. "2024-08-12" (default: the day the request is answered, UTC; such answers are cached and ETagged for that day only). Roles without a reported end are taken to continue.';


/** Newest disclosure first; within a disclosure, in the order it states them (the sort is stable). */
const newestFirst = <T extends { disclosure: { date: string } }>(list: T[] | undefined): T[] =>
  [...(list ?? [])].sort((a, b) => b.disclosure.date.localeCompare(a.disclosure.date));

/** Governance and capital-return fields of Company, kept apart from CompanyResolver. */
@Resolver(() => Company)
export class CompanyGovernanceResolver {
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
