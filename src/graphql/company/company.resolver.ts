import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Company as DomainCompany, Disclosure, LineItem as DomainLineItem, Listing as DomainListing, Security as DomainSecurity } from '../../domain/model.js';
import type { Context } from '../context.js';
import { DisclosureConnection } from '../disclosure/disclosure-connection.type.js';
import { ConnectionArgs } from '../pagination/connection.args.js';
import type { Connection } from '../pagination/connection.type.js';
import { paginate } from '../pagination/paginate.js';
import { LineItem } from '../statement/line-item.type.js';
import { Statement } from '../statement/statement.enum.js';
import { CompanyConnection } from './company-connection.type.js';
import { Company } from './company.type.js';
import { Listing } from './listing.type.js';
import { Security } from './security.type.js';

@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => Company, { nullable: true, description: 'The company listed under a ticker on any exchange ("QFIN", "3660"), case-insensitive; null when none is.' })
  company(@Arg('ticker', () => String, { description: 'Ticker symbol, e.g. "QFIN" or "3660".' }) ticker: string, @Ctx() { graph }: Context): DomainCompany | null {
    return graph.companyByTicker(ticker.trim()) ?? null;
  }

  @Query(() => CompanyConnection, { description: 'Every company in the graph, by name.' })
  companies(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { graph }: Context): Connection<DomainCompany> {
    return paginate(graph.companies, args);
  }

  @FieldResolver(() => String, { description: 'Month and day the fiscal year ends, as MM-DD, e.g. "12-31".' })
  fiscalYearEnd(@Root() company: DomainCompany): string {
    const { month, day } = company.fiscalYearEnd;
    return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }

  @FieldResolver(() => [Listing], { description: 'Where the company\'s securities trade.' })
  listings(@Root() company: DomainCompany): DomainListing[] {
    return company.listings;
  }

  @FieldResolver(() => [Security], { description: 'Classes of securities the company has issued.' })
  securities(@Root() company: DomainCompany): DomainSecurity[] {
    return company.securities;
  }

  @FieldResolver(() => DisclosureConnection, { description: 'The company\'s disclosures, newest first.' })
  disclosures(@Root() company: DomainCompany, @Args(() => ConnectionArgs) args: ConnectionArgs): Connection<Disclosure> {
    return paginate(company.disclosures, args);
  }

  @FieldResolver(() => [LineItem], {
    description: 'Every line item of the company in one list: statement rows and metrics, in statement order then printed order. A company\'s chart of line items is bounded, so this is a plain list.',
  })
  lineItems(
    @Root() company: DomainCompany,
    @Arg('statement', () => Statement, { nullable: true, description: 'Only line items of this statement.' }) statement?: Statement | null,
  ): DomainLineItem[] {
    return statement ? company.lineItems.filter((item) => item.statement === statement) : company.lineItems;
  }
}
