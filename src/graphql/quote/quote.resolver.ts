import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Disclosure as DomainDisclosure } from '../../domain/model.js';
import type { MetricMention as DomainMention, Person as DomainPerson, Quote as DomainQuote, Role as DomainRole } from '../../domain/governance/model.js';
import { Disclosure } from '../disclosure/disclosure.type.js';
import { Person } from '../governance/person.type.js';
import { Role } from '../governance/role.type.js';
import { MetricMention } from './metric-mention.type.js';
import { Quote } from './quote.type.js';

@Resolver(() => Quote)
export class QuoteResolver {
  @FieldResolver(() => Person, { description: 'Who speaks.' })
  speaker(@Root() quote: DomainQuote): DomainPerson {
    return quote.speaker;
  }

  @FieldResolver(() => [Role], { description: 'The roles the speaker is introduced with.' })
  roles(@Root() quote: DomainQuote): DomainRole[] {
    return quote.roles;
  }

  @FieldResolver(() => String, { description: 'The passages joined with a space.' })
  text(@Root() quote: DomainQuote): string {
    return quote.passages.join(' ');
  }

  @FieldResolver(() => [MetricMention], { description: 'The figures the quote cites.' })
  mentions(@Root() quote: DomainQuote): DomainMention[] {
    return quote.mentions;
  }

  @FieldResolver(() => Disclosure, { description: 'The disclosure that prints the quote.' })
  disclosure(@Root() quote: DomainQuote): DomainDisclosure {
    return quote.disclosure;
  }
}

