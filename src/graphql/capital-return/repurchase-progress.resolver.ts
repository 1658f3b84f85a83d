import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Disclosure as DomainDisclosure } from '../../domain/model.js';
import type { Money as DomainMoney, RepurchaseProgress as DomainProgress, ShareRepurchaseProgram as DomainProgram } from '../../domain/governance/model.js';
import { remainingAuthorization, utilization } from '../../domain/governance/repurchase.js';
import { Disclosure } from '../disclosure/disclosure.type.js';
import { DecimalScalar } from '../scalars/decimal.scalar.js';
import { Money } from '../values/money.type.js';
import { RepurchaseProgress } from './repurchase-progress.type.js';
import { ShareRepurchaseProgram } from './share-repurchase-program.type.js';

@Resolver(() => RepurchaseProgress)
export class RepurchaseProgressResolver {
  @FieldResolver(() => ShareRepurchaseProgram, { description: 'The program.' })
  program(@Root() progress: DomainProgress): DomainProgram {
    return progress.program;
  }

  @FieldResolver(() => Disclosure, { description: 'The disclosure that reports the progress.' })
  disclosure(@Root() progress: DomainProgress): DomainDisclosure {
    return progress.disclosure;
  }

  @FieldResolver(() => String, { description: 'The quantity as printed, e.g. "approximately 10.7 million".' })
  printedQuantity(@Root() progress: DomainProgress): string {
    return progress.printed.quantity;
  }

  @FieldResolver(() => String, { description: 'The amount as printed, e.g. "approximately US$211 million".' })
  printedAmount(@Root() progress: DomainProgress): string {
    return progress.printed.amount;
  }

  @FieldResolver(() => String, { description: 'The average price as printed, e.g. "US$19.7".' })
  printedAveragePrice(@Root() progress: DomainProgress): string {
    return progress.printed.averagePrice;
  }

  @FieldResolver(() => DecimalScalar, { description: 'Derived: amount ÷ the program\'s authorized amount, a fraction rounded to 4 places, e.g. "0.6029".' })
  utilization(@Root() progress: DomainProgress): string {
    return utilization(progress);
  }

  @FieldResolver(() => Money, { description: 'Derived: the program\'s authorized amount minus `amount`, exact.' })
  remainingAuthorization(@Root() progress: DomainProgress): DomainMoney {
    return remainingAuthorization(progress);
  }
}
