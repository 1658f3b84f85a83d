import { conforms } from '../conforms.js';
import type { Disclosure as DomainDisclosure } from '../../domain/model.js';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { DisclosureKind } from './disclosure-kind.enum.js';

@ObjectType('Disclosure', { implements: Node, description: 'A document a company published: an earnings release, a report, an announcement.' })
export class Disclosure {
  @Field(() => String, { description: 'Identifier unique within the company, e.g. "2024-q2-results".' })
  slug!: string;

  @Field(() => String, { description: 'Title as published.' })
  title!: string;

  @Field(() => DisclosureKind, { description: 'Kind of document.' })
  kind!: DisclosureKind;

  @Field(() => DateScalar, { description: 'Date of publication: for a filing, its filing date, or its period of report when the filing date is unknown (see `filedOn`).' })
  date!: string;

  @Field(() => String, { nullable: true, description: 'SEC form type as the filing states it (`dei:DocumentType`), e.g. "10-K", "10-Q"; null for a document that is no SEC form (a press release).' })
  form!: string | null;

  @Field(() => DateScalar, { description: 'Last day of the period the disclosure reports on.' })
  periodOfReport!: string;

  @Field(() => Int, { nullable: true, description: 'Fiscal year the disclosure reports on, as it states it (`dei:DocumentFiscalYearFocus`).' })
  fiscalYearFocus!: number | null;

  @Field(() => String, { nullable: true, description: 'Fiscal period the disclosure reports on, as it states it: "FY", "Q1"–"Q4", "H1" (`dei:DocumentFiscalPeriodFocus`).' })
  fiscalPeriodFocus!: string | null;

  @Field(() => Boolean, { description: 'Whether the disclosure amends an earlier one (a 10-K/A, or a filing whose `dei:AmendmentFlag` is true): its figures are later reports of those it repeats, so `revisions` and `asOf` answers see them. False for curated disclosures.' })
  isAmendment!: boolean;

  @Field(() => String, { nullable: true, description: 'SEC accession number, e.g. "0000320193-23-000106": from metadata.json, else from the name of EDGAR\'s folder (the number without dashes); null when neither gives it.' })
  accessionNumber!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the disclosure was filed or published; null when unknown (a filing without metadata.json).' })
  filedOn!: string | null;

  @Field(() => String, { description: 'ISO 4217 currency the disclosure reports money in, e.g. "USD", "CNY" (convenience translations aside); for a filing, the currency of most of its amounts, and "XXX" (no currency) when it reports none, as a cover-only amendment.' })
  reportingCurrency!: string;

  @Field(() => Boolean, { description: 'Whether the figures are audited.' })
  audited!: boolean;
}

conforms<Disclosure, DomainDisclosure>();
