import { Args, FieldResolver, Resolver, Root } from 'type-graphql';
import { companyFacts } from '../../domain/fact-index.js';
import type { Company as DomainCompany, Fact as DomainFact } from '../../domain/model.js';
import { FactConnection } from '../fact/fact-connection.type.js';
import { FactFilterArgs } from '../fact/fact-filter.args.js';
import { ConnectionArgs } from '../pagination/connection.args.js';
import type { Connection } from '../pagination/connection.type.js';
import { paginate } from '../pagination/paginate.js';
import { Company } from './company.type.js';

@Resolver(() => Company)
export class CompanyFactsResolver {
  @FieldResolver(() => FactConnection, {
    description:
      'Every fact of the company across its disclosures, paginated: ordered by line item (statement order, then printed order), then as the source prints them. Filter by period, fiscal period, unit, origin, convenience translation or statement.',
  })
  facts(@Root() company: DomainCompany, @Args(() => FactFilterArgs) { filter }: FactFilterArgs, @Args(() => ConnectionArgs) args: ConnectionArgs): Connection<DomainFact> {
    return paginate(companyFacts(company).query(filter ?? {}), args, { connection: 'Company.facts', owner: company.id, filter });
  }
}
