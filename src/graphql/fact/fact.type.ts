import { conforms } from '../conforms.js';
import type { Fact as DomainFact } from '../../domain/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';
import { DecimalScalar } from '../scalars/decimal.scalar.js';
import { FigureQualifier } from '../quote/figure-qualifier.enum.js';
import { FactOrigin } from './fact-origin.enum.js';

@ObjectType('Fact', { implements: Node, description: 'One figure: a line item\'s exact value for a period, in a unit, as a disclosure states it.' })
export class Fact {
  @Field(() => DecimalScalar, { description: 'Exact value in full units: "4177890000" for RMB4,177,890 thousand, "-213267000" for (213,267), "0.413" for 41.3%.' })
  value!: string;

  @Field(() => String, { description: 'Unit, named as XBRL names units by their measures, for curated and filed facts alike: a currency ("CNY", "USD"), money per share ("CNY/shares", "USD/shares") or per American depositary share ("USD/ADS"; XBRL has no standard measure for ADSs), "shares", "ADS", "pure" for ratios, "months", or a counted noun ("users").' })
  unit!: string;


  @Field(() => FactOrigin, { description: 'Whether the source prints the figure or the graph derives it.' })
  origin!: FactOrigin;

  @Field(() => String, { nullable: true, description: 'The figure as printed (after any recorded correction), e.g. "(213,267)"; null for a derived fact.' })
  printed!: string | null;

  @Field(() => FigureQualifier, {
    nullable: true,
    description: 'How the source words qualify the figure ("was approximately RMB8.49 billion" → APPROXIMATELY); a derived fact computed from a qualified one is APPROXIMATELY; null when stated exactly (every table cell).',
  })
  qualifier!: FigureQualifier | null;

  @Field(() => Boolean, {
    description:
      'Whether this is the one fact to take for its line item, period, unit and disclosure, where the table cell, the rounded figure of a sentence and a quote may each state it: the most precise printed fact (a derived fact only where nothing is printed), exact before approximate, the table cell first on a tie. Exactly one per such group.',
  })
  isPrimary!: boolean;
}

conforms<Fact, DomainFact>();
