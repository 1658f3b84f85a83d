import { conforms } from '../conforms.js';
import type { XbrlElementSource as DomainXbrlElementSource } from '../../domain/model.js';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('XbrlElement', { description: 'The element of a filing\'s XBRL instance document that reports a fact.' })
export class XbrlElement {
  @Field(() => String, { description: 'The instance document, relative to the filings folder, e.g. "aapl-10-k-2023/aapl-20230930_htm.xml".' })
  instance!: string;

  @Field(() => String, { nullable: true, description: 'The element\'s `id` attribute; null when it has none.' })
  elementId!: string | null;

  @Field(() => Int, { nullable: true, description: '1-based line of the element in the instance document.' })
  line!: number | null;

  @Field(() => String, { description: 'The id of the context the element refers to (`contextRef`).' })
  contextRef!: string;

  @Field(() => String, { nullable: true, description: 'The id of the unit the element refers to (`unitRef`); null for a non-numeric fact.' })
  unitRef!: string | null;
}

conforms<XbrlElement, DomainXbrlElementSource>();
