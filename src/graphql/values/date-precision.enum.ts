import { registerEnumType } from 'type-graphql';

export enum DatePrecision {
  YEAR = 'YEAR',
  MONTH = 'MONTH',
  DAY = 'DAY',
}

registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precisely the source gives a date.',
  valuesConfig: {
    YEAR: { description: 'Only the year, e.g. "since 2000".' },
    MONTH: { description: 'The month, e.g. "since January 2023".' },
    DAY: { description: 'The calendar day, e.g. "effective on August 13, 2024".' },
  },
});
