import { registerEnumType } from 'type-graphql';

export enum KnownOnBasis {
  FILING_DATE = 'FILING_DATE',
  FILING_DEADLINE = 'FILING_DEADLINE',
  ACCESSION_YEAR = 'ACCESSION_YEAR',
}

registerEnumType(KnownOnBasis, {
  name: 'KnownOnBasis',
  description: 'How the day a disclosure became known was decided.',
  valuesConfig: {
    FILING_DATE: { description: 'The day it was filed or published.' },
    FILING_DEADLINE: { description: 'Its filing date is unknown (no metadata.json), so it is placed at the latest day SEC rules allow for its form after its period of report (10-K: 90 days, 10-Q: 45 days, 20-F and 40-F: four months, 6-K: six months): an as-of answer never sees it before it could have been filed, and may see it later than it was.' },
    ACCESSION_YEAR: { description: 'Its filing date is unknown and its accession number was assigned in a year the form\'s deadline does not fall in (a late filing, an amendment): it is placed on the last day of that year.' },
  },
});
