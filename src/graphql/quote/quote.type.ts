import { conforms } from '../conforms.js';
import type { Quote as DomainQuote } from '../../domain/governance/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';

@ObjectType('Quote', { implements: Node, description: 'Management commentary in a disclosure: the speaker, the roles they speak in, their words verbatim and the figures they cite.' })
export class Quote {
  @Field(() => String, { description: 'The words introducing the quote, verbatim, e.g. "Mr. Alex Xu, Chief Financial Officer, commented."' })
  attribution!: string;

  @Field(() => String, { description: 'What the quote is about (curated).' })
  topic!: string;

  @Field(() => [String], { description: 'The quoted words, verbatim, in order; several when the attribution interrupts the quote.' })
  passages!: string[];
}

conforms<Quote, DomainQuote>();
