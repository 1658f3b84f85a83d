import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Check as DomainCheck, Disclosure as DomainDisclosure, Fact as DomainFact } from '../../domain/model.js';
import { Disclosure } from '../disclosure/disclosure.type.js';
import { Fact } from '../fact/fact.type.js';
import { Check } from './check.type.js';

@Resolver(() => Check)
export class CheckResolver {
  @FieldResolver(() => Disclosure, { description: 'The disclosure whose figures are checked.' })
  disclosure(@Root() check: DomainCheck): DomainDisclosure {
    return check.disclosure;
  }

  @FieldResolver(() => Fact, { nullable: true, description: 'The fact the check is about; null when the check failed before finding it.' })
  subject(@Root() check: DomainCheck): DomainFact | null {
    return check.subject;
  }

  @FieldResolver(() => [Fact], { description: 'The facts the expected value is computed from.' })
  inputs(@Root() check: DomainCheck): DomainFact[] {
    return check.inputs;
  }
}
