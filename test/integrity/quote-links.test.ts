import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { D, roundTo } from '../../src/domain/decimal.js';
import { copyOfData, editDataFile, embeddedGraph, execute, loadErrorOf, QIFU_DISCLOSURE } from '../helpers.js';

const SCALE: Record<string, number> = { '%': -2, thousand: 3, million: 6, billion: 9 };

/** The precision of the last figure of printed words: "RMB4.16 billion" → -7, "US$350 million" → -6, "4.8%" → 3. */
function printedDecimals(printed: string): number {
  const figures = [...printed.matchAll(/(\d[\d,]*)(?:\.(\d+))?\s*(%|thousand|million|billion)?/g)];
  const [, , fraction = '', scale] = figures.at(-1)!;
  return fraction.length - (scale ? SCALE[scale] : 0);
}

describe('management\'s figures are linked to their line items', () => {
  it('no mention is unlinked while the disclosure states a fact it rounds, in its unit', () => {
    const graph = embeddedGraph();
    const quotes = graph.companies.flatMap((c) => c.governance?.quotes ?? []);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      const quarterEnd = quote.disclosure.facts.map((f) => f.period.endDate).reduce((a, b) => (a > b ? a : b));
      for (const mention of quote.mentions) {
        // Found independently of the data's links: any fact of the quarter the commentary
        // is about (the disclosure's latest quarter, or a balance at its end), in the same
        // unit, that the printed figure rounds.
        const decimals = printedDecimals(mention.printed);
        const rounded = quote.disclosure.facts.filter(
          (f) => f.period.endDate === quarterEnd && (!f.period.startDate || f.period.fiscalPeriod?.startsWith('Q')) && f.unit === mention.unit && roundTo(new D(f.value), decimals).eq(mention.value),
        );
        if (rounded.length === 0) continue;
        expect(mention.lineItem, `"${mention.printed}" is unlinked, though ${rounded[0].lineItem.label} (${rounded[0].period.label}) states it`).not.toBeNull();
        expect(rounded.map((f) => f.lineItem), mention.printed).toContain(mention.lineItem);
      }
    }
  });

  it('the CFO\'s total cash and the CRO\'s risk metrics lead to their facts', async () => {
    const result = await execute(`{ company(ticker: "QFIN") { quotes { mentions { printed qualifier note lineItem { key } period { label } facts { value source { excerpt } } } } } }`);
    expect(result.errors).toBeUndefined();
    const mentions = (result.data!.company.quotes as any[]).flatMap((q) => q.mentions);
    const by = (words: string) => mentions.find((m) => m.printed.includes(words));
    expect(by('total cash')).toMatchObject({ lineItem: { key: 'total-cash' }, period: { label: 'Jun 30, 2024' }, facts: [{ value: '8490000000' }] });
    expect(by('total cash').note).not.toMatch(/no statement prints as one row\.$/);
    expect(by('Day-1 delinquency')).toMatchObject({ lineItem: { key: 'day-1-delinquency-rate' }, period: { label: 'Q2 2024' }, facts: [{ value: '0.048' }] });
    expect(by('30-day collection')).toMatchObject({ lineItem: { key: 'collection-rate-30-day' }, period: { label: 'Q2 2024' }, facts: [{ value: '0.863' }] });
  });
});

describe('a link must lead to a fact', () => {
  it('a mention linked to a period the disclosure states nothing for stops loading', () => {
    const dir = copyOfData();
    try {
      editDataFile(dir, `${QIFU_DISCLOSURE}/quotes.yaml`, (t) => t.replace('period: { instant: 2024-06-30 }', 'period: { instant: 2023-12-31 }'));
      const error = loadErrorOf(dir);
      expect(error.path).toBe('quotes[1].mentions[2].lineItem');
      expect(error.reason).toMatch(/states no CNY fact of Total cash and cash equivalent for Dec 31, 2023/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
