import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Company as DomainCompany, Disclosure as DomainDisclosure } from '../../domain/model.js';
import type { BoardChange as DomainBoardChange } from '../../domain/governance/model.js';
import { Company } from '../company/company.type.js';
import { Disclosure } from '../disclosure/disclosure.type.js';
import { BoardChange } from './board-change.type.js';

@Resolver(() => BoardChange)
export class BoardChangeResolver {
  @FieldResolver(() => Company, { description: 'The company whose board changes.' })
  company(@Root() change: DomainBoardChange): DomainCompany {
    return change.company;
  }

  @FieldResolver(() => Disclosure, { description: 'The disclosure that announces the change.' })
  disclosure(@Root() change: DomainBoardChange): DomainDisclosure {
    return change.disclosure;
  }
}
