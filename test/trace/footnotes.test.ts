/**
 * The footnote ↔ line item mapping, pinned. The note markers are garbled in the extracted
 * text, so the expected mapping below is read from each note's content and the sentence
 * its marker follows (see the comments), not from the data files.
 */
import { describe, expect, it } from 'vitest';
import { execute, qifuSourceText, skipWithoutSource } from '../helpers.js';

const EXPECTED: Record<number, string[]> = {
  // "247.6 million consumers*!" — "Refers to cumulative registered users"
  1: ['OPERATING_METRICS/cumulative-registered-users'],
  // "approved credit lines2"
  2: ['OPERATING_METRICS/cumulative-users-with-approved-credit-lines'],
  // "19,112,187 loans™" — "Including 3,587,251 loans across V-pocket, and 15,524,936 loans across other products"
  3: ['OPERATING_METRICS/loans-originated', 'OPERATING_METRICS/loans-originated-v-pocket', 'OPERATING_METRICS/loans-originated-other-products'],
  // "RMB95,425 million™#" — "the total principal amount of loans facilitated and originated"
  4: ['OPERATING_METRICS/total-facilitation-and-origination-volume'],
  // "capital-light model, ICE and other technology solutions ™3" — ICE, other technology solutions, Total Solutions volumes
  5: ['OPERATING_METRICS/capital-light-volume', 'OPERATING_METRICS/ice-volume', 'OPERATING_METRICS/other-technology-solutions-volume', 'OPERATING_METRICS/total-solutions-volume'],
  // "Total outstanding loan balance™"
  6: ['OPERATING_METRICS/total-outstanding-loan-balance'],
  // "ICE and other technology solutions 7" (balance) — ICE, other technology solutions, Total Solutions balances
  7: ['OPERATING_METRICS/capital-light-loan-balance', 'OPERATING_METRICS/ice-loan-balance', 'OPERATING_METRICS/other-technology-solutions-loan-balance', 'OPERATING_METRICS/total-solutions-loan-balance'],
  // "90 day+ delinquency rate™"
  8: ['OPERATING_METRICS/delinquency-rate-90-day-plus'],
  // "Repeat borrower contribution™"
  9: ['OPERATING_METRICS/repeat-borrower-contribution'],
  // "Non-GAAP™10": the five measures the note names
  10: [
    'NON_GAAP_RECONCILIATION/non-gaap-income-from-operations',
    'NON_GAAP_RECONCILIATION/non-gaap-net-income',
    'NON_GAAP_RECONCILIATION/non-gaap-operating-margin',
    'NON_GAAP_RECONCILIATION/non-gaap-net-income-margin',
    'NON_GAAP_RECONCILIATION/non-gaap-net-income-per-ads-attributable-to-ordinary-shareholders-of-qifu-technology-inc-diluted',
  ],
  // "total cash and cash equivalent™!" — cash, restricted cash and security deposit
  11: ['OPERATING_METRICS/total-cash'],
  // 'Day-1 delinquency rate"12'
  12: ['OPERATING_METRICS/day-1-delinquency-rate'],
  // "30-day collection rate™13"
  13: ['OPERATING_METRICS/collection-rate-30-day'],
  // "Financing income™14"
  14: ['INCOME_STATEMENT/financing-income'],
  // "non-GAAP net income™5" in the outlook
  15: ['NON_GAAP_RECONCILIATION/non-gaap-net-income'],
};

const source = skipWithoutSource('the check of footnotes against the source text') ? null : qifuSourceText();
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

const QUERY = `{
  company(ticker: "QFIN") {
    disclosures(first: 1) { nodes { footnotes { number text corrections { printed corrected note } lineItems { statement key } definitions { text } } } }
    lineItems { statement key footnotes { number } }
  }
}`;

describe('footnotes', async () => {
  const result = await execute(QUERY);
  const company = result.data!.company;
  const notes: { number: number; text: string; corrections: { printed: string; corrected: string; note: string }[]; lineItems: { statement: string; key: string }[]; definitions: { text: string | null }[] }[] =
    company.disclosures.nodes[0].footnotes;

  it('has no errors and all fifteen numbered notes, in order', () => {
    expect(result.errors).toBeUndefined();
    expect(notes.map((n) => n.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it('links each note to the line items it defines or qualifies (footnote.lineItems)', () => {
    const actual = Object.fromEntries(notes.map((n) => [n.number, n.lineItems.map((l) => `${l.statement}/${l.key}`)]));
    expect(actual).toEqual(EXPECTED);
  });

  it('links each line item back to its notes (lineItem.footnotes), and no other line item has notes', () => {
    const expectedBack = new Map<string, number[]>();
    for (const [n, items] of Object.entries(EXPECTED)) for (const item of items) expectedBack.set(item, [...(expectedBack.get(item) ?? []), Number(n)]);
    const actualBack = new Map<string, number[]>();
    for (const item of company.lineItems as { statement: string; key: string; footnotes: { number: number }[] }[]) {
      if (item.footnotes.length > 0) actualBack.set(`${item.statement}/${item.key}`, item.footnotes.map((f) => f.number).sort((a, b) => a - b));
    }
    expect(Object.fromEntries(actualBack)).toEqual(Object.fromEntries(expectedBack));
  });

  it.skipIf(source === null)('prints every note verbatim in the source once its recorded OCR corrections are reversed', () => {
    const text = collapse(source!);
    for (const note of notes) {
      const printed = note.corrections.reduce((t, c) => t.replace(c.corrected, c.printed), note.text);
      expect(text, `note ${note.number}`).toContain(`${note.number} ${collapse(printed)}`);
    }
  });

  it('records the OCR debris of the notes, and none is left in their text', () => {
    const corrections = notes.flatMap((n) => n.corrections.map((c) => ({ n: n.number, printed: c.printed, corrected: c.corrected })));
    expect(corrections).toEqual([
      { n: 5, printed: 'risk management SaasS', corrected: 'risk management SaaS' },
      { n: 7, printed: 'RMB35,258 miillion', corrected: 'RMB35,258 million' },
    ]);
    for (const note of notes) {
      expect(note.text).not.toMatch(/SaasS|miillion|™|RMBL/);
      for (const c of note.corrections) expect(c.note.length).toBeGreaterThan(10);
    }
  });

  it('makes each defining note a definition, with text taken from the note', () => {
    for (const n of [1, 2, 4, 6, 8, 9, 11, 12, 13, 14, 15]) {
      const note = notes.find((x) => x.number === n)!;
      expect(note.definitions.length, `note ${n}`).toBeGreaterThan(0);
      for (const d of note.definitions) expect(collapse(note.text)).toContain(collapse(d.text!));
    }
  });
});
