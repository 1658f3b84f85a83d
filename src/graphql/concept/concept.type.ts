import { conforms } from '../conforms.js';
import type { Concept as DomainConcept } from '../../domain/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';
import { Balance, PeriodType } from './concept-enums.js';

@ObjectType('Concept', {
  implements: Node,
  description: 'What a fact measures, for one company: an XBRL concept of its filings (`us-gaap:Revenues`, `aapl:…`) or the concept of a curated line item (`qfin:NetIncome`, mapped to a `us-gaap` element where the meaning is unambiguous).',
})
export class Concept {
  @Field(() => String, { description: 'Qualified name, e.g. "us-gaap:Revenues".' })
  name!: string;

  @Field(() => String, { description: 'The standard label, e.g. "Revenues".' })
  label!: string;

  @Field(() => PeriodType, { nullable: true, description: 'Whether the concept is measured at an instant or over a duration; null when unknown.' })
  periodType!: PeriodType | null;

  @Field(() => Balance, { nullable: true, description: 'Debit or credit, for a monetary concept whose schema says so; null otherwise.' })
  balance!: Balance | null;

  @Field(() => String, { nullable: true, description: 'XML Schema data type, e.g. "xbrli:monetaryItemType"; null when unknown.' })
  dataType!: string | null;

  @Field(() => Boolean, { description: 'Whether the concept is a heading that carries no values (an abstract, a table, an axis or a member).' })
  isAbstract!: boolean;

  @Field(() => String, { nullable: true, description: 'For a curated concept: the `us-gaap` element it reports, as the data records it; null otherwise.' })
  usGaapName!: string | null;
}

conforms<Concept, DomainConcept>();
