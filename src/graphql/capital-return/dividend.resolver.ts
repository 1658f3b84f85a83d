import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Company as DomainCompany, Disclosure as DomainDisclosure, Period as DomainPeriod } from '../../domain/model.js';
import type { Dividend as DomainDividend } from '../../domain/governance/model.js';
import { Company } from '../company/company.type.js';
import { Disclosure } from '../disclosure/disclosure.type.js';
import { Period } from '../period/period.type.js';
import { Dividend } from './dividend.type.js';

@Resolver(() => Dividend)
export class DividendResolver {
  @FieldResolver(() => Company, { description: 'The company paying the dividend.' })
  company(@Root() dividend: DomainDividend): DomainCompany {
    return dividend.company;
  }

  @FieldResolver(() => Disclosure, { description: 'The disclosure that declares it.' })
  disclosure(@Root() dividend: DomainDividend): DomainDisclosure {
    return dividend.disclosure;
  }

  @FieldResolver(() => Period, { description: 'The period the dividend is for, e.g. the first half of 2024.' })
  period(@Root() dividend: DomainDividend): DomainPeriod {
    return dividend.period;
  }
}
