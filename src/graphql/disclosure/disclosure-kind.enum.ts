import { registerEnumType } from 'type-graphql';

export enum DisclosureKind {
  EARNINGS_RELEASE = 'EARNINGS_RELEASE',
  ANNUAL_REPORT = 'ANNUAL_REPORT',
  INTERIM_REPORT = 'INTERIM_REPORT',
  ANNOUNCEMENT = 'ANNOUNCEMENT',
}

registerEnumType(DisclosureKind, {
  name: 'DisclosureKind',
  description: 'The kind of document a disclosure is.',
  valuesConfig: {
    EARNINGS_RELEASE: { description: 'A press release of periodic results.' },
    ANNUAL_REPORT: { description: 'An annual report (e.g. Form 20-F or 10-K).' },
    INTERIM_REPORT: { description: 'An interim or quarterly report.' },
    ANNOUNCEMENT: { description: 'Any other announcement.' },
  },
});
