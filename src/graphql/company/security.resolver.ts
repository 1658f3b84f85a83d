import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Listing as DomainListing, Security as DomainSecurity } from '../../domain/model.js';
import { Listing } from './listing.type.js';
import { Security } from './security.type.js';

@Resolver(() => Security)
export class SecurityResolver {
  @FieldResolver(() => [Listing], { description: 'Where the security trades.' })
  listings(@Root() security: DomainSecurity): DomainListing[] {
    return security.listings;
  }
}
