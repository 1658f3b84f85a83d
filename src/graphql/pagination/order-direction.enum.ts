import { registerEnumType } from 'type-graphql';

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'The direction of an ordering.',
  valuesConfig: {
    ASC: { description: 'Ascending: oldest or smallest first.' },
    DESC: { description: 'Descending: newest or largest first.' },
  },
});
