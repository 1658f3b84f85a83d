/** The XBRL reader: plain data in (a folder), plain data out (XbrlFiling). */
export { XbrlError } from './errors.js';
export { findFilings } from './find-filings.js';
export { readFiling } from './read-filing.js';
export * from './xbrl-filing.js';
export { calculationChecks, checkCalculations } from './calculations.js';
