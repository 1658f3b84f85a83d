import { describe, expect, it } from 'vitest';
import { D, roundTo } from '../../src/domain/decimal.js';
import { normalizeSpace } from '../../src/domain/source-text.js';
import type { Citation } from '../../src/domain/governance/model.js';
import { embeddedGraph, execute, skipWithoutSource } from '../helpers.js';

const QUOTES = `{ company(ticker: "QFIN") { quotes { topic attribution passages text speaker { name } roles { title }
  mentions { printed value unit qualifier money { amount currency } lineItem { key statement } period { label } facts { value decimals } } } } }`;

describe('quotes', () => {
  it('attributes management commentary to its speakers in the roles they are introduced with', async () => {
    const result = await execute(QUOTES);
    expect(result.errors).toBeUndefined();
    const quotes = result.data!.company.quotes as any[];
    expect(quotes.map((q) => [q.speaker.name, q.roles.map((r: any) => r.title)])).toEqual([
      ['Haisheng Wu', ['Chief Executive Officer', 'Director']],
      ['Alex Xu', ['Chief Financial Officer']],
      ['Yan Zheng', ['Chief Risk Officer']],
      ['Haisheng Wu', ['Chief Executive Officer', 'Director']],
    ]);
    for (const q of quotes) for (const role of q.roles) expect(q.attribution.toLowerCase()).toContain(role.title.toLowerCase());
    // The CFO's quote is interrupted by its attribution: two passages.
    expect(quotes[1].passages).toHaveLength(2);
    expect(quotes[1].text).toBe(quotes[1].passages.join(' '));
  });

  it('states each cited figure exactly, with its qualifier', async () => {
    const quotes = (await execute(QUOTES)).data!.company.quotes as any[];
    const mentions = quotes.flatMap((q) => q.mentions);
    const by = (words: string) => mentions.find((m) => m.printed.includes(words));
    expect(by('Total net revenue')).toMatchObject({ value: '4160000000', unit: 'CNY', money: { amount: '4160000000', currency: 'CNY' }, qualifier: null });
    expect(by('cash from operations')).toMatchObject({ value: '1960000000', qualifier: 'APPROXIMATELY' });
    expect(by('Day-1 delinquency')).toMatchObject({ value: '0.048', unit: 'pure', money: null });
    expect(by('nearly 65%')).toMatchObject({ value: '0.65', qualifier: 'NEARLY' });
    expect(by('US$350 million')).toMatchObject({ money: { amount: '350000000', currency: 'USD' } });
    for (const q of quotes) for (const m of q.mentions) expect(normalizeSpace(q.text)).toContain(normalizeSpace(m.printed));
  });

  it('links a cited figure to the exact facts it rounds', async () => {
    const quotes = (await execute(QUOTES)).data!.company.quotes as any[];
    const linked = quotes.flatMap((q) => q.mentions).filter((m) => m.lineItem);
    expect(linked.map((m) => `${m.lineItem.key} ${m.period.label}`)).toEqual([
      'capital-light-share-of-volume Q2 2024',
      'total-net-revenue Q2 2024',
      'non-gaap-net-income Q2 2024',
      'total-cash Jun 30, 2024',
      'net-cash-provided-by-operating-activities Q2 2024',
      'day-1-delinquency-rate Q2 2024',
      'collection-rate-30-day Q2 2024',
    ]);
    for (const m of linked) {
      expect(m.facts.length, m.printed).toBeGreaterThan(0);
      // "RMB4.16 billion" is the exact figure rounded to ten million; "4.8%" to a tenth of a percent.
      const decimals = mentionDecimals(m.value);
      for (const f of m.facts) {
        expect(roundTo(new D(f.value), decimals).toFixed(), m.printed).toBe(new D(m.value).toFixed());
        if (m.qualifier === 'NEARLY') expect(new D(f.value).lte(m.value), m.printed).toBe(true);
      }
    }
  });
});

/** The precision of a figure as printed, from its exact value: "4160000000" → -7, "0.048" → 3. */
function mentionDecimals(value: string): number {
  if (value.includes('.')) return value.split('.')[1].length;
  return -(/0*$/.exec(value)![0].length);
}

describe.skipIf(skipWithoutSource('the check of governance excerpts against the source text'))('provenance', () => {
  it('every recorded excerpt of governance and capital return occurs in the source text, white space aside', () => {
    const graph = embeddedGraph();
    const citations: { where: string; citation: Citation }[] = [];
    const add = (where: string, disclosure: Citation['disclosure'], excerpt: string) => citations.push({ where, citation: { disclosure, excerpt } });
    for (const node of graph.allNodes()) {
      switch (node.type) {
        case 'Person':
          node.sources.forEach((c, i) => add(`${node.id} source ${i}`, c.disclosure, c.excerpt));
          node.education.forEach((e, i) => add(`${node.id} education ${i}`, e.source.disclosure, e.source.excerpt));
          break;
        case 'Role':
          node.sources.forEach((c, i) => add(`${node.id} source ${i}`, c.disclosure, c.excerpt));
          break;
        case 'BoardChange':
        case 'Dividend':
        case 'ShareRepurchaseProgram':
        case 'Guidance':
        case 'CorporateEvent':
          add(node.id, node.disclosure, node.excerpt);
          if (node.type === 'ShareRepurchaseProgram') node.progress.forEach((p, i) => add(`${node.id} progress ${i}`, p.disclosure, p.excerpt));
          if (node.type === 'Guidance' && node.caveat) add(`${node.id} caveat`, node.disclosure, node.caveat);
          break;
        case 'Quote':
          add(`${node.id} attribution`, node.disclosure, node.attribution);
          node.passages.forEach((p, i) => add(`${node.id} passage ${i}`, node.disclosure, p));
          break;
      }
    }
    expect(citations.length).toBeGreaterThan(40);
    const sources = new Map<string, string>();
    const missing = citations.filter(({ citation: { disclosure, excerpt } }) => {
      if (!sources.has(disclosure.id)) sources.set(disclosure.id, normalizeSpace(disclosure.source.text!));
      return !sources.get(disclosure.id)!.includes(normalizeSpace(excerpt));
    });
    expect(missing.map((m) => m.where)).toEqual([]);
  });
});
