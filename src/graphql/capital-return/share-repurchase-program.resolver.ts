import { Arg, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Company as DomainCompany, Disclosure as DomainDisclosure } from '../../domain/model.js';
import type { Money as DomainMoney, RepurchaseProgress as DomainProgress, ShareRepurchaseProgram as DomainProgram } from '../../domain/governance/model.js';
import { progressAsOf, remainingAuthorization, utilization } from '../../domain/governance/repurchase.js';
import { Company } from '../company/company.type.js';
import { Disclosure } from '../disclosure/disclosure.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { DecimalScalar } from '../scalars/decimal.scalar.js';
import { Money } from '../values/money.type.js';
import { RepurchaseProgress } from './repurchase-progress.type.js';
import { ShareRepurchaseProgram } from './share-repurchase-program.type.js';

const AS_OF = { nullable: true, description: 'Use the latest progress reported as of this date (default: the latest reported).' } as const;

@Resolver(() => ShareRepurchaseProgram)
export class ShareRepurchaseProgramResolver {
  @FieldResolver(() => Company, { description: 'The company repurchasing.' })
  company(@Root() program: DomainProgram): DomainCompany {
    return program.company;
  }

  @FieldResolver(() => Disclosure, { description: 'The first disclosure in the graph that states the program.' })
  disclosure(@Root() program: DomainProgram): DomainDisclosure {
    return program.disclosure;
  }

  @FieldResolver(() => [RepurchaseProgress], { description: 'Progress as of each date a disclosure reports, oldest first.' })
  progress(@Root() program: DomainProgram): DomainProgress[] {
    return program.progress;
  }

  @FieldResolver(() => RepurchaseProgress, { nullable: true, description: 'The latest progress reported (as of a date, if given); null when none is.' })
  latestProgress(@Root() program: DomainProgram, @Arg('asOf', () => DateScalar, AS_OF) asOf?: string | null): DomainProgress | null {
    return progressAsOf(program, asOf);
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: 'Derived: share of the authorized amount spent per the latest progress (amount ÷ authorized amount), a fraction rounded to 4 places, e.g. "0.6029" for 60.29%. Approximate when the progress is. Null before any progress is reported.',
  })
  utilization(@Root() program: DomainProgram, @Arg('asOf', () => DateScalar, AS_OF) asOf?: string | null): string | null {
    const p = progressAsOf(program, asOf);
    return p && utilization(p);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Derived: authorized amount minus the amount spent per the latest progress, exact. Null before any progress is reported.' })
  remainingAuthorization(@Root() program: DomainProgram, @Arg('asOf', () => DateScalar, AS_OF) asOf?: string | null): DomainMoney | null {
    const p = progressAsOf(program, asOf);
    return p && remainingAuthorization(p);
  }
}

