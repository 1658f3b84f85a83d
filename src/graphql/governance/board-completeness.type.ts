import { conforms } from '../conforms.js';
import type { BoardCompleteness as DomainBoardCompleteness } from '../../domain/governance/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Disclosure } from '../disclosure/disclosure.type.js';

@ObjectType('BoardCompleteness', { description: 'Whether the board known from the disclosures is the whole board.' })
export class BoardCompleteness {
  @Field(() => Boolean, { description: 'True only when a disclosure lists the whole board; false when the directors known may be only some of them.' })
  isComplete!: boolean;

  @Field(() => String, { description: 'Why, in words.' })
  explanation!: string;

  @Field(() => Disclosure, { description: 'The latest disclosure the assessment rests on.' })
  disclosure!: Disclosure;
}

conforms<BoardCompleteness, DomainBoardCompleteness>();
