import { conforms } from '../conforms.js';
import type { TextFact as DomainTextFact } from '../../domain/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';

@ObjectType('TextFact', { implements: Node, description: 'A non-numeric fact of a filing: a text block (a note, an accounting policy, a table in words), a cover\'s text, a date or a flag. Figures are `Fact`s; a figure\'s line item leads to its notes (`LineItem.notes`), whose text blocks these are.' })
export class TextFact {
  @Field(() => Boolean, { description: 'Whether the fact is a text block (a note, a policy or a table in words) rather than a short text, date or flag.' })
  isTextBlock!: boolean;
}

conforms<TextFact, DomainTextFact>();
