import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { AsOfArgs } from '../time/as-of.args.js';
import { RevisionConnection } from '../time/revision-connection.type.js';
import { companyFacts } from '../../domain/fact-index.js';
import type { Company as DomainCompany, Fact as DomainFact, Revision as DomainRevision } from '../../domain/model.js';
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
  facts(
    @Root() company: DomainCompany,
    @Args(() => FactFilterArgs) { filter }: FactFilterArgs,
    @Args(() => AsOfArgs) { asOf }: AsOfArgs,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { graph }: Context,
  ): Connection<DomainFact> {
    const facts = companyFacts(company).query(filter ?? {});
    return paginate(asOf ? graph.timeline.asOf(facts, asOf) : facts, args, { connection: 'Company.facts', owner: company.id, filter: { filter, asOf } });
  }

  @FieldResolver(() => RevisionConnection, {
    description: 'Figures a later disclosure reported with another value (old value, new value, both disclosures, the difference), figure by figure: what each filing restated, without comparing thousands of facts by hand.',
  })
  revisions(@Root() company: DomainCompany, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { graph }: Context): Connection<DomainRevision> {
    return paginate(graph.timeline.revisions(company), args, { connection: 'Company.revisions', owner: company.id });
  }
}
