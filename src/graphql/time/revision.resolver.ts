import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Fact as DomainFact, Revision as DomainRevision } from '../../domain/model.js';
import { Fact } from '../fact/fact.type.js';
import { Revision } from './revision.type.js';

@Resolver(() => Revision)
export class RevisionResolver {
  @FieldResolver(() => Fact, { description: 'The report before the revision, from the earlier disclosure.' })
  previous(@Root() revision: DomainRevision): DomainFact {
    return revision.previous;
  }

  @FieldResolver(() => Fact, { description: 'The revised report, from the later disclosure.' })
  revised(@Root() revision: DomainRevision): DomainFact {
    return revision.revised;
  }
}
