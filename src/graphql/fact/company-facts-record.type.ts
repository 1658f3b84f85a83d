import { Field, Int, ObjectType } from 'type-graphql';
import type { CompanyFactsFiling, CompanyFactsSource } from '../../domain/model.js';
import { DateScalar } from '../scalars/date.scalar.js';

@ObjectType('CompanyFactsRecord', { description: 'A record of SEC\'s companyfacts (data.sec.gov/api/xbrl/companyfacts): SEC\'s own extract of one fact of one filing, without dimensions.' })
export class CompanyFactsRecord {
  @Field(() => String, { description: 'Accession number of the filing that reported the fact, e.g. "0000320193-23-000106".' })
  accessionNumber!: string;

  @Field(() => String, { description: 'The filing\'s form, as SEC records it ("10-K", "10-Q", "8-K", "10-K/A").' })
  form!: string;

  @Field(() => DateScalar, { description: 'The filing date.' })
  filedOn!: string;

  @Field(() => Int, { nullable: true, description: 'SEC\'s `fy`: the fiscal year focus of the filing (not of the fact\'s period: a 10-K\'s prior-year figures carry the 10-K\'s year). The graph names periods by the company\'s fiscal calendar instead.' })
  secFiscalYear!: number | null;

  @Field(() => String, { nullable: true, description: 'SEC\'s `fp`: the fiscal period focus of the filing ("FY", "Q1"…), not of the fact\'s period.' })
  secFiscalPeriod!: string | null;

  @Field(() => String, { nullable: true, description: 'The calendar period SEC\'s frames API assigns the fact to ("CY2023", "CY2023Q3", "CY2023Q3I"); null when SEC frames it nowhere. `Query.frame` picks the same fact.' })
  frame!: string | null;

  @Field(() => String, { description: 'The companyfacts file, relative to the filings folder.' })
  file!: string;
}

/** The GraphQL shape of a companyfacts source: its filing's fields flattened beside the frame. */
export function companyFactsRecord(source: CompanyFactsSource): CompanyFactsRecord {
  const f: CompanyFactsFiling = source.filing;
  return { accessionNumber: f.accessionNumber, form: f.form, filedOn: f.filedOn, secFiscalYear: f.secFiscalYear, secFiscalPeriod: f.secFiscalPeriod, frame: source.frame, file: f.file };
}
