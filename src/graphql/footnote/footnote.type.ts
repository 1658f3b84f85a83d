import { conforms } from '../conforms.js';
import type { Footnote as DomainFootnote } from '../../domain/model.js';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';

@ObjectType('Footnote', { implements: Node, description: 'A numbered note of a disclosure, which defines or qualifies line items.' })
export class Footnote {
  @Field(() => Int, { description: 'The note\'s number in the disclosure.' })
  number!: number;

  @Field(() => String, { description: 'The note\'s text, verbatim but for the OCR errors listed in `corrections`.' })
  text!: string;
}

conforms<Footnote, DomainFootnote>();
