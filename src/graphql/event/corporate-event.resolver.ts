import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Company as DomainCompany, Disclosure as DomainDisclosure } from '../../domain/model.js';
import type { CorporateEvent as DomainEvent } from '../../domain/governance/model.js';
import { Company } from '../company/company.type.js';
import { Disclosure } from '../disclosure/disclosure.type.js';
import { CorporateEvent } from './corporate-event.type.js';

@Resolver(() => CorporateEvent)
export class CorporateEventResolver {
  @FieldResolver(() => Company, { description: 'The company holding the event.' })
  company(@Root() event: DomainEvent): DomainCompany {
    return event.company;
  }

  @FieldResolver(() => Disclosure, { description: 'The disclosure that states the event (for an earnings release, the release itself).' })
  disclosure(@Root() event: DomainEvent): DomainDisclosure {
    return event.disclosure;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The start as a UTC instant, ISO 8601, e.g. "2024-08-14T00:30:00Z"; null when no time is printed.' })
  startsAtUtc(@Root() event: DomainEvent): string | null {
    return event.startsAt[0]?.utc ?? null;
  }
}
