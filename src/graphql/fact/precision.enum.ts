import { registerEnumType } from 'type-graphql';

/** How precise a reported value is: what XBRL's `decimals` (or an old filing's `precision`) says of it. */
export enum Precision {
  EXACT = 'EXACT',
  ROUNDED = 'ROUNDED',
  UNKNOWN = 'UNKNOWN',
}

registerEnumType(Precision, {
  name: 'Precision',
  description: 'How precise a reported value is.',
  valuesConfig: {
    EXACT: { description: 'Exact, with no rounding: XBRL\'s `decimals="INF"` (or `precision="INF"`).' },
    ROUNDED: { description: 'Rounded to `decimals` places (-6: to the million).' },
    UNKNOWN: { description: 'Not stated in a form the graph can use: an old filing\'s finite `precision` (significant digits) instead of `decimals`. Not to be read as exact.' },
  },
});
