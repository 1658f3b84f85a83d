import { registerEnumType } from 'type-graphql';

export enum CheckKind {
  CALCULATION = 'CALCULATION',
  DUPLICATE = 'DUPLICATE',
  COVER = 'COVER',
  TABLE_TOTAL = 'TABLE_TOTAL',
  IDENTITY = 'IDENTITY',
  CONVENIENCE_TRANSLATION = 'CONVENIENCE_TRANSLATION',
  SAME_CONCEPT = 'SAME_CONCEPT',
  SOURCE_TEXT = 'SOURCE_TEXT',
  NARRATIVE = 'NARRATIVE',
  DERIVED = 'DERIVED',
  FORMULA = 'FORMULA',
  PERCENT_CHANGE = 'PERCENT_CHANGE',
  COMPANY_FACTS = 'COMPANY_FACTS',
}

registerEnumType(CheckKind, {
  name: 'CheckKind',
  description: 'What a check asserts.',
  valuesConfig: {
    CALCULATION: { description: 'A filing\'s calculation arc holds in a context where its total is reported: the total equals the weighted sum of its reported children, each rounded to the lowest `decimals` of the summation (XBRL Calculations 1.1).' },
    COVER: { description: 'A filing\'s cover (`dei:DocumentFiscalYearFocus`, `dei:DocumentFiscalPeriodFocus`) names the fiscal year and period its period of report ends, by the company\'s fiscal calendar.' },
    DUPLICATE: { description: 'Facts a filing reports more than once (same concept, context and unit) agree once rounded to the least precise `decimals`.' },
    TABLE_TOTAL: { description: 'A printed total or subtotal equals the sum of its components.' },
    IDENTITY: { description: 'A declared relation between rows holds, e.g. total assets = total liabilities and equity, per-ADS = 2 × per-share.' },
    CONVENIENCE_TRANSLATION: { description: 'A translated amount equals the original ÷ the stated exchange rate, to the printed precision.' },
    SAME_CONCEPT: { description: 'A figure printed in several statements has the same value in each.' },
    SOURCE_TEXT: { description: 'A curated table row (in printed order), sentence or footnote is found in the source text exactly as recorded.' },
    NARRATIVE: { description: 'A figure stated in a sentence agrees with the table cell of the same line item, period and unit, within both roundings.' },
    DERIVED: { description: 'A figure stated in a sentence for a period no table prints (the prior quarter) agrees with the figure derived from the tables (six months − three months).' },
    FORMULA: { description: 'A reported value of a formula measure (a margin, a non-GAAP amount, per-ADS income, total cash) equals the formula recomputed from its inputs.' },
    PERCENT_CHANGE: { description: 'A percent change a sentence claims ("an increase of 12.2%") equals (new − old) ÷ old.' },
    COMPANY_FACTS: { description: 'SEC\'s companyfacts record of a filed fact (same accession, concept, period and unit, no dimensions) states the same value as the filing itself.' },
  },
});

export enum CheckStatus {
  PASS = 'PASS',
  FAIL = 'FAIL',
}

registerEnumType(CheckStatus, {
  name: 'CheckStatus',
  description: 'The outcome of a check.',
  valuesConfig: {
    PASS: { description: 'The assertion holds within its tolerance.' },
    FAIL: { description: 'The assertion does not hold, or an input is missing.' },
  },
});
