import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Disclosure as DomainDisclosure } from '../../domain/model.js';
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
import { RepurchaseProgress } from '../capital-return/share-repurchase-program.type.js';
import { Disclosure } from '../disclosure/disclosure.type.js';
import { CorporateEvent } from '../event/corporate-event.type.js';
import { Guidance } from '../outlook/guidance.type.js';
import { Quote } from '../quote/quote.type.js';
import { BoardChange } from './board-change.type.js';
import { Role } from './role.type.js';

/** What a disclosure states of governance and capital return, kept apart from DisclosureResolver. */
@Resolver(() => Disclosure)
export class DisclosureGovernanceResolver {
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
