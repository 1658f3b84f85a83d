import { conforms } from '../conforms.js';
import type { Money as DomainMoney } from '../../domain/governance/model.js';
import { Field, ObjectType } from 'type-graphql';
import { FigureQualifier } from '../quote/figure-qualifier.enum.js';
import { DecimalScalar } from '../scalars/decimal.scalar.js';

@ObjectType('Money', { description: 'An exact amount of money in a currency.' })
export class Money {
  @Field(() => DecimalScalar, { description: 'Exact amount in full units of the currency, e.g. "350000000" for US$350 million, "0.30" for US$0.30.' })
  amount!: string;

  @Field(() => String, { description: 'ISO 4217 currency code, e.g. "USD" or "CNY".' })
  currency!: string;

  @Field(() => FigureQualifier, {
    nullable: true,
    description: 'How the source qualifies the amount ("approximately US$211 million" → APPROXIMATELY); an amount computed from a qualified one is APPROXIMATELY (the US$139 million left of a buyback); null when exact.',
  })
  qualifier?: FigureQualifier | null;
}

conforms<Money, DomainMoney>();
