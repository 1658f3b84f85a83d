import { Field, ObjectType } from 'type-graphql';
import { Disclosure } from '../disclosure/disclosure.type.js';

@ObjectType('SourceExcerpt', { description: 'Where a disclosure states something: the disclosure and its words, verbatim.' })
export class SourceExcerpt {
  @Field(() => Disclosure, { description: 'The disclosure that states it.' })
  disclosure!: Disclosure;

  @Field(() => String, { description: 'The sentence or sentences of the source text, verbatim (line breaks of the extraction aside).' })
  excerpt!: string;
}
