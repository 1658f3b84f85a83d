import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';
import { DecimalScalar } from '../scalars/decimal.scalar.js';

@ObjectType('Revision', { implements: Node, description: 'A figure a later disclosure reported with another value: a restatement or reclassification. A figure repeated at another precision (`decimals`) with the same value once rounded is no revision.' })
export class Revision {
  @Field(() => DecimalScalar, { description: 'The revised value minus the previous one, exact.' })
  difference!: string;
}
