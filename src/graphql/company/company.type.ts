import { conforms } from '../conforms.js';
import type { Company as DomainCompany } from '../../domain/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';

@ObjectType('Company', { implements: Node, description: 'A company that publishes disclosures.' })
export class Company {
  @Field(() => String, { description: 'Stable, human-readable identifier, e.g. "qifu-technology".' })
  slug!: string;

  @Field(() => String, { nullable: true, description: 'SEC Central Index Key, ten digits zero-padded as filings give it (e.g. "0000320193"); null for a company whose data names none.' })
  cik!: string | null;

  @Field(() => String, { description: 'Name the company uses, e.g. "Qifu Technology".' })
  name!: string;

  @Field(() => String, { description: 'Full legal name, e.g. "Qifu Technology, Inc.".' })
  legalName!: string;

  @Field(() => [String], { description: 'Names the company was known by before.' })
  formerNames!: string[];
}

conforms<Company, DomainCompany>();
