import { conforms } from '../conforms.js';
import type { XbrlElementSource as DomainXbrlElementSource } from '../../domain/model.js';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('XbrlElement', { description: 'The element of a filing\'s XBRL instance document, or of its Inline XBRL document (the filing\'s own pages, with `ix:` tags), that reports a fact.' })
export class XbrlElement {
  @Field(() => String, { description: 'The document the fact was read from, relative to the filings folder: the instance ("aapl-10-k-2023/aapl-20230930_htm.xml") or, for Inline XBRL, the page document holding the fact ("aapl-10-q/aapl-20250329.htm").' })
  instance!: string;

  @Field(() => String, { nullable: true, description: 'For a fact read from Inline XBRL: the page document holding it, relative to the filings folder; with `elementId` it is the fact\'s place in the filing\'s pages. Null for a fact read from an XBRL instance document.' })
  document!: string | null;

  @Field(() => Boolean, { description: 'True for an Inline XBRL fact tagged in `ix:hidden`: reported, but not displayed on the pages. False otherwise.' })
  hidden!: boolean;

  @Field(() => String, { nullable: true, description: 'The element\'s `id` attribute; null when it has none.' })
  elementId!: string | null;

  @Field(() => Int, { nullable: true, description: '1-based line of the element in its document (the instance, or the Inline XBRL page document).' })
  line!: number | null;

  @Field(() => String, { description: 'The id of the context the element refers to (`contextRef`).' })
  contextRef!: string;

  @Field(() => String, { nullable: true, description: 'The id of the unit the element refers to (`unitRef`); null for a non-numeric fact.' })
  unitRef!: string | null;
}

conforms<XbrlElement, DomainXbrlElementSource>();
