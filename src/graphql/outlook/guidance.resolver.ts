import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Company as DomainCompany, Disclosure as DomainDisclosure, LineItem as DomainLineItem, Period as DomainPeriod } from '../../domain/model.js';
import type { Guidance as DomainGuidance } from '../../domain/governance/model.js';
import { Company } from '../company/company.type.js';
import { Disclosure } from '../disclosure/disclosure.type.js';
import { Period } from '../period/period.type.js';
import { LineItem } from '../statement/line-item.type.js';
import { Guidance } from './guidance.type.js';

@Resolver(() => Guidance)
export class GuidanceResolver {
  @FieldResolver(() => Company, { description: 'The company giving the guidance.' })
  company(@Root() guidance: DomainGuidance): DomainCompany {
    return guidance.company;
  }

  @FieldResolver(() => Disclosure, { description: 'The disclosure that gives it.' })
  disclosure(@Root() guidance: DomainGuidance): DomainDisclosure {
    return guidance.disclosure;
  }

  @FieldResolver(() => Period, { description: 'The period guided, e.g. Q3 2024.' })
  period(@Root() guidance: DomainGuidance): DomainPeriod {
    return guidance.period;
  }

  @FieldResolver(() => LineItem, { nullable: true, description: 'The line item guided, whose facts will report the outcome; null when the company\'s statements do not (yet) carry it.' })
  lineItem(@Root() guidance: DomainGuidance): DomainLineItem | null {
    return guidance.lineItem;
  }
}
