import { conforms } from '../conforms.js';
import type { TextCorrection as DomainTextCorrection } from '../../domain/model.js';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('TextCorrection', { description: 'Words of the source text that OCR garbled, and what the data reads instead.' })
export class TextCorrection {
  @Field(() => String, { description: 'As the source text prints them, e.g. "RMB35,258 miillion".' })
  printed!: string;

  @Field(() => String, { description: 'As the data reads them, e.g. "RMB35,258 million".' })
  corrected!: string;

  @Field(() => String, { description: 'Why.' })
  note!: string;
}

conforms<TextCorrection, DomainTextCorrection>();
