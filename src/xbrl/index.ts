/** The XBRL reader: plain data in (a folder), plain data out (XbrlFiling, or a set-aside record). */
export { XbrlError } from './errors.js';
export { findFilings, instanceDocumentsOf } from './find-filings.js';
export { readFiling } from './read-filing.js';
export { readFilings, type ReadFilings } from './read-filings.js';
export { describeSetAside, setAsideOf, type SetAsideFiling } from './set-aside.js';
export * from './xbrl-filing.js';
export { calculationChecks, checkCalculations } from './calculations.js';
