import { registerEnumType } from 'type-graphql';

export enum KnownOnBasis {
  FILING_DATE = 'FILING_DATE',
  PERIOD_OF_REPORT = 'PERIOD_OF_REPORT',
}

registerEnumType(KnownOnBasis, {
  name: 'KnownOnBasis',
  description: 'How the day a disclosure became known was decided.',
  valuesConfig: {
    FILING_DATE: { description: 'The day it was filed or published.' },
    PERIOD_OF_REPORT: { description: 'Its filing date is unknown, so it is placed at the end of the period it reports on: earlier than it was really public, so an as-of query may see it before it was filed.' },
  },
});
