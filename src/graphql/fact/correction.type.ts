import { conforms } from '../conforms.js';
import type { Correction as DomainCorrection } from '../../domain/model.js';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('Correction', { description: 'A figure whose source text is wrong (an OCR error) and was corrected in curation, with the evidence.' })
export class Correction {
  @Field(() => String, { description: 'What the source text prints, e.g. "111".' })
  printed!: string;

  @Field(() => String, { description: 'What the data records instead, e.g. "1.11".' })
  corrected!: string;

  @Field(() => String, { description: 'Why, and the identities that show it.' })
  note!: string;
}

conforms<Correction, DomainCorrection>();
