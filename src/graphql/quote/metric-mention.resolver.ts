import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Fact as DomainFact, LineItem as DomainLineItem, Period as DomainPeriod } from '../../domain/model.js';
import type { MetricMention as DomainMention, Money as DomainMoney } from '../../domain/governance/model.js';
import { graphOf, type Context } from '../context.js';
import { Fact } from '../fact/fact.type.js';
import { Period } from '../period/period.type.js';
import { LineItem } from '../statement/line-item.type.js';
import { Money } from '../values/money.type.js';
import { MetricMention } from './metric-mention.type.js';

@Resolver(() => MetricMention)
export class MetricMentionResolver {
  @FieldResolver(() => Money, { nullable: true, description: 'The figure as money, when it is an amount of money; null for a ratio.' })
  money(@Root() mention: DomainMention): DomainMoney | null {
    return /^[A-Z]{3}$/.test(mention.unit) ? { amount: mention.value, currency: mention.unit } : null;
  }

  @FieldResolver(() => LineItem, { nullable: true, description: 'The line item the figure is a (rounded) figure of, with the period below; null only when the company has no such line item (e.g. a program\'s authorized amount).' })
  lineItem(@Root() mention: DomainMention): DomainLineItem | null {
    return mention.lineItem;
  }

  @FieldResolver(() => Period, { nullable: true, description: 'The period the figure is for; null when not linked to a line item.' })
  period(@Root() mention: DomainMention): DomainPeriod | null {
    return mention.period;
  }

  @FieldResolver(() => [Fact], { description: 'The exact facts the disclosure states for the line item, period and unit: what the rounded figure rounds. Empty when not linked.' })
  facts(@Root() mention: DomainMention, @Ctx() ctx: Context): readonly DomainFact[] {
    const item = mention.lineItem;
    return item && mention.period ? graphOf(ctx, mention.quote.disclosure.company).factsAt(item, mention.period, mention.unit, mention.quote.disclosure) : [];
  }
}
