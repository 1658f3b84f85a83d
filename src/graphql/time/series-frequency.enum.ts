import { registerEnumType } from 'type-graphql';

export enum SeriesFrequency {
  QUARTERLY = 'QUARTERLY',
  ANNUAL = 'ANNUAL',
}

registerEnumType(SeriesFrequency, {
  name: 'SeriesFrequency',
  description: 'Which periods a series holds.',
  valuesConfig: {
    QUARTERLY: { description: 'Fiscal quarters Q1–Q4, printed or derived.' },
    ANNUAL: { description: 'Fiscal years.' },
  },
});
