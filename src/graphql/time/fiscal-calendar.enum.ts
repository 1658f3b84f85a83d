import { registerEnumType } from 'type-graphql';

export enum FiscalCalendar {
  FIXED_DATE = 'FIXED_DATE',
  WEEKS_52_53 = 'WEEKS_52_53',
}

registerEnumType(FiscalCalendar, {
  name: 'FiscalCalendar',
  description: 'How a company\'s fiscal years end, which decides the fiscal year and period of every period.',
  valuesConfig: {
    FIXED_DATE: { description: 'On the same date every year (e.g. December 31); quarters are three calendar months.' },
    WEEKS_52_53: { description: 'On a weekday near `fiscalYearEnd` (Apple: the last Saturday of September), so years have 52 or 53 weeks and quarters 13 or 14; periods are classified with a week\'s tolerance.' },
  },
});
