import { conforms } from '../conforms.js';
import type { Check as DomainCheck } from '../../domain/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';
import { CheckKind, CheckStatus } from './check-enums.js';

@ObjectType('Check', { implements: Node, description: 'An assertion about a disclosure\'s figures, run when the data is loaded: a total, an identity, a translation, a match with the source text.' })
export class Check {
  @Field(() => CheckKind, { description: 'What kind of assertion this is.' })
  kind!: CheckKind;

  @Field(() => String, { description: 'The assertion in words.' })
  name!: string;

  @Field(() => String, { description: 'Expected value: an exact decimal, or for a SOURCE_TEXT check the text expected in the source.' })
  expected!: string;

  @Field(() => String, { description: 'Actual value: an exact decimal, or for a SOURCE_TEXT check where the text was found.' })
  actual!: string;

  @Field(() => String, { description: 'Largest difference between expected and actual that passes, as a decimal in the subject\'s unit.' })
  tolerance!: string;

  @Field(() => CheckStatus, { description: 'Outcome.' })
  status!: CheckStatus;

  @Field(() => String, { description: 'How it was evaluated, or why it failed.' })
  detail!: string;
}

conforms<Check, DomainCheck>();
