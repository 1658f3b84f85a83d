import { conforms } from '../conforms.js';
import type { Fact as DomainFact } from '../../domain/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';
import { DecimalScalar } from '../scalars/decimal.scalar.js';
import { FactOrigin } from './fact-origin.enum.js';

@ObjectType('Fact', { implements: Node, description: 'One figure: a line item\'s exact value for a period, in a unit, as a disclosure states it.' })
export class Fact {
  @Field(() => DecimalScalar, { description: 'Exact value in full units: "4177890000" for RMB4,177,890 thousand, "-213267000" for (213,267), "0.413" for 41.3%.' })
  value!: string;

  @Field(() => String, { description: 'Unit: a currency ("CNY", "USD"), money per share or ADS ("CNY/share", "USD/ADS"), "shares", "ADS", "pure" for ratios, "months", or a counted noun ("users").' })
  unit!: string;


  @Field(() => FactOrigin, { description: 'Whether the source prints the figure or the graph derives it.' })
  origin!: FactOrigin;

  @Field(() => String, { nullable: true, description: 'The figure as printed (after any recorded correction), e.g. "(213,267)"; null for a derived fact.' })
  printed!: string | null;
}

conforms<Fact, DomainFact>();
