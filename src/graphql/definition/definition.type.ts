import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';

@ObjectType('Definition', {
  implements: Node,
  description: 'What defines a line item in a disclosure: a footnote or a sentence of a section, verbatim, and, where the measure is computed from others, its formula.',
})
export class Definition {
  @Field(() => String, { nullable: true, description: 'The defining text, verbatim from the source (OCR errors corrected as the footnote records); null when the release defines the measure nowhere in words (see `basis`).' })
  text!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the measure is computed as its formula says when the release has no defining text, e.g. that a GAAP margin is the counterpart of the defined non-GAAP one; null when `text` is given.' })
  basis!: string | null;

  @Field(() => String, { nullable: true, description: 'The heading of the section that states the definition, e.g. "Use of Non-GAAP Financial Measures Statement"; null when a footnote states it.' })
  section!: string | null;
}
