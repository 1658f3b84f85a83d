import { describe, expect, it } from 'vitest';
import { D, roundTo } from '../../src/domain/decimal.js';
import { normalizeSpace } from '../../src/domain/source-text.js';
import type { Citation } from '../../src/domain/governance/model.js';
import { embeddedGraph, execute } from '../helpers.js';

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

  it('links a cited figure to the exact facts it rounds, once the statement printing it is curated', async () => {
    const disclosure = embeddedGraph().companies[0].disclosures[0];
    const curated = new Set(disclosure.tables.map((t) => t.statement));
    const quotes = (await execute(QUOTES)).data!.company.quotes as any[];
    const linked = quotes.flatMap((q) => q.mentions).filter((m) => m.period);
    expect(linked.map((m) => m.period.label)).toEqual(['Q2 2024', 'Q2 2024', 'Q2 2024']);
    const statementOf: Record<string, string> = { 'Total net revenue': 'INCOME_STATEMENT', 'Non-GAAP net income': 'NON_GAAP_RECONCILIATION', 'cash from operations': 'CASH_FLOW' };
    for (const m of linked) {
      const statement = Object.entries(statementOf).find(([w]) => m.printed.includes(w))![1];
      if (!curated.has(statement as any)) {
        expect(m.lineItem).toBeNull();
        continue;
      }
      expect(m.lineItem, m.printed).not.toBeNull();
      expect(m.facts.length, m.printed).toBeGreaterThan(0);
      // "RMB4.16 billion" is the exact figure rounded to ten million.
      for (const f of m.facts) expect(roundTo(new D(f.value), -7).toFixed(), m.printed).toBe(m.value);
    }
  });
});

describe('provenance', () => {
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
