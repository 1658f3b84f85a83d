import { Field, ObjectType } from 'type-graphql';

@ObjectType('TextCorrection', { description: 'Words of the source text that OCR garbled, and what the data reads instead.' })
export class TextCorrection {
  @Field(() => String, { description: 'The words as the source text prints them, e.g. "RMB35,258 miillion".' })
  printed!: string;

  @Field(() => String, { description: 'The words as the data records them, e.g. "RMB35,258 million".' })
  corrected!: string;

  @Field(() => String, { description: 'Why the printed words are an OCR error, and the evidence.' })
  note!: string;
}
