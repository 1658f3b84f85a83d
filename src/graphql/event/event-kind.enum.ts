import { registerEnumType } from 'type-graphql';

export enum CorporateEventKind {
  EARNINGS_RELEASE = 'EARNINGS_RELEASE',
  EARNINGS_CALL = 'EARNINGS_CALL',
}

registerEnumType(CorporateEventKind, {
  name: 'CorporateEventKind',
  description: 'The kind of a corporate event.',
  valuesConfig: {
    EARNINGS_RELEASE: { description: 'Publication of periodic results.' },
    EARNINGS_CALL: { description: 'A conference call on the results with management.' },
  },
});
