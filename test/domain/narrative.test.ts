import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Fact, LineItem } from '../../src/domain/model.js';
import { embeddedGraph, execute, skipWithoutSource } from '../helpers.js';

const graph = embeddedGraph();
const disclosure = graph.companies[0].disclosures[0];
const ref = (item: LineItem) => item.id.slice(item.company.id.length + 1);
const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();
const noSource = skipWithoutSource('the checks of notes and sentences against the source text');

describe('footnotes', () => {
  // Read from the notes themselves: which line items each one defines or qualifies.
  const EXPECTED: Record<number, string[]> = {
    1: ['operating-metrics/cumulative-registered-users'],
    2: ['operating-metrics/cumulative-users-with-approved-credit-lines'],
    3: ['operating-metrics/loans-originated', 'operating-metrics/loans-originated-v-pocket', 'operating-metrics/loans-originated-other-products'],
    4: ['operating-metrics/total-facilitation-and-origination-volume'],
    5: ['operating-metrics/capital-light-volume', 'operating-metrics/ice-volume', 'operating-metrics/other-technology-solutions-volume', 'operating-metrics/total-solutions-volume'],
    6: ['operating-metrics/total-outstanding-loan-balance'],
    7: ['operating-metrics/capital-light-loan-balance', 'operating-metrics/ice-loan-balance', 'operating-metrics/other-technology-solutions-loan-balance', 'operating-metrics/total-solutions-loan-balance'],
    8: ['operating-metrics/delinquency-rate-90-day-plus'],
    9: ['operating-metrics/repeat-borrower-contribution'],
    10: [
      'non-gaap-reconciliation/non-gaap-income-from-operations',
      'non-gaap-reconciliation/non-gaap-net-income',
      'non-gaap-reconciliation/non-gaap-operating-margin',
      'non-gaap-reconciliation/non-gaap-net-income-margin',
      'non-gaap-reconciliation/non-gaap-net-income-per-ads-attributable-to-ordinary-shareholders-of-qifu-technology-inc-diluted',
    ],
    11: ['operating-metrics/total-cash'],
    12: ['operating-metrics/day-1-delinquency-rate'],
    13: ['operating-metrics/collection-rate-30-day'],
    14: ['income-statement/financing-income'],
    15: ['non-gaap-reconciliation/non-gaap-net-income'],
  };

  it('has all fifteen numbered notes', () => {
    expect(disclosure.footnotes.map((n) => n.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it('links each note to the line items it defines or qualifies, both ways', () => {
    for (const note of disclosure.footnotes) {
      expect(note.lineItems.map(ref), `note ${note.number}`).toEqual(EXPECTED[note.number]);
      for (const item of note.lineItems) expect(item.footnotes).toContain(note);
    }
    const linked = graph.companies[0].lineItems.filter((i) => i.footnotes.length > 0);
    expect(linked.flatMap((i) => i.footnotes.map((n) => `${n.number}:${ref(i)}`)).sort()).toEqual(
      Object.entries(EXPECTED).flatMap(([n, refs]) => refs.map((r) => `${n}:${r}`)).sort(),
    );
  });

  it.skipIf(noSource)('are the source text verbatim once their recorded OCR corrections are undone', () => {
    const source = normalize(disclosure.source.text!);
    for (const note of disclosure.footnotes) {
      const printed = note.corrections.reduce((t, c) => t.replace(c.corrected, c.printed), note.text);
      expect(source, `note ${note.number}`).toContain(`${note.number} ${normalize(printed)}`);
    }
    expect(disclosure.footnotes.flatMap((n) => n.corrections.map((c) => c.printed))).toEqual(['risk management SaasS', 'RMB35,258 miillion']);
  });
});

describe('narrative figures', () => {
  const prose = disclosure.facts.filter((f) => f.origin === 'PRINTED' && f.source.kind !== "TABLE_CELL" && f.source.kind !== "DERIVED");

  it.skipIf(noSource)('every sentence is in the source as printed', () => {
    const source = normalize(disclosure.source.text!);
    expect(prose.length).toBeGreaterThan(100);
    for (const fact of prose) expect(source).toContain(normalize(fact.source.kind === "NARRATIVE" ? fact.source.excerpt : ""));
  });

  it('every sentence states each of its figures', () => {
    expect(prose.length).toBeGreaterThan(100);
    for (const fact of prose) expect(fact.source.kind === "NARRATIVE" && fact.source.excerpt).toContain(fact.correction?.printed ?? fact.printed!);
  });

  it('puts statement figures on the table\'s line items, not new ones', () => {
    for (const fact of prose.filter((f) => f.lineItem.statement !== 'OPERATING_METRICS')) {
      expect(fact.lineItem.tables.length, fact.lineItem.label).toBeGreaterThan(0);
    }
  });

  it('gives the prior quarter as Q1 2024 facts', () => {
    const q1 = prose.filter((f) => f.period.label === 'Q1 2024');
    expect(q1.length).toBe(26);
    for (const f of q1) expect([f.period.startDate, f.period.endDate]).toEqual(['2024-01-01', '2024-03-31']);
  });

  it('derived Q1 2024 (six months − Q2) agrees with every prior-quarter figure of the narrative, within its rounding', () => {
    const q1 = prose.filter((f) => f.period.label === 'Q1 2024');
    for (const stated of q1) {
      const derived = stated.lineItem.facts.find((f) => f.origin === 'DERIVED' && f.period === stated.period && f.unit === stated.unit)!;
      expect(derived, stated.lineItem.label).toBeDefined();
      const [six, q2] = derived.derivedFrom;
      expect([six.period.label, q2.period.label]).toEqual(['6M 2024', 'Q2 2024']);
      expect(new Decimal(derived.value).eq(new Decimal(six.value).minus(q2.value))).toBe(true);
      // RMB x.y million: half of 0.1 million, plus half a thousand for each table input.
      expect(new Decimal(derived.value).minus(stated.value).abs().lte(51_000), `${stated.lineItem.label}: ${derived.value} vs ${stated.value}`).toBe(true);
    }
  });

  it('derives only flows: no per-share, count, ratio or balance is derived', () => {
    const derived = disclosure.facts.filter((f) => f.origin === 'DERIVED');
    expect(derived.length).toBeGreaterThan(0);
    for (const f of derived) {
      expect(f.lineItem.measure).toBe('monetary');
      expect(['INCOME_STATEMENT', 'COMPREHENSIVE_INCOME', 'CASH_FLOW', 'NON_GAAP_RECONCILIATION']).toContain(f.lineItem.statement);
      expect(f.lineItem.at).toBeNull();
    }
  });
});

describe('formula measures', () => {
  /** The formula recomputed here from the raw facts, independently of the checks. */
  function recompute(item: LineItem, period: Fact['period'], currency: string): Decimal | null {
    const formula = item.definitions.find((d) => d.formula)!.formula!;
    const value = (terms: typeof formula.numerator) => {
      let total = new Decimal(0);
      for (const t of terms) {
        const candidates = t.lineItem.facts.filter((f) => f.period === period && f.source.kind === "TABLE_CELL" && f.origin === 'PRINTED' && (f.unit === currency || !/^[A-Z]{3}/.test(f.unit)));
        const fact = candidates[0] ?? t.lineItem.facts.find((f) => f.period === period && (f.unit === currency || !/^[A-Z]{3}/.test(f.unit)));
        if (!fact) return null;
        total = total.plus(new Decimal(t.weight).times(fact.value));
      }
      return total;
    };
    const top = value(formula.numerator);
    if (formula.kind === 'SUM') return top;
    const bottom = value(formula.denominator);
    return top && bottom ? top.div(bottom) : null;
  }

  it('reproduces every reported value of every formula measure', () => {
    let compared = 0;
    for (const definition of disclosure.definitions.filter((d) => d.formula)) {
      for (const reported of definition.lineItem.facts.filter((f) => f.origin === 'PRINTED')) {
        const currency = /^[A-Z]{3}/.exec(reported.unit)?.[0] ?? 'CNY';
        const computed = recompute(definition.lineItem, reported.period, currency);
        if (!computed) continue;
        const places = Math.max(reported.decimals, 0);
        const scale = new Decimal(10).pow(-reported.decimals);
        const rounded = computed.div(scale).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(scale);
        const allowed = definition.formula!.tolerance ? new Decimal(definition.formula!.tolerance) : scale; // one unit for inputs printed rounded
        expect(rounded.minus(reported.value).abs().lte(allowed), `${definition.lineItem.label} ${reported.period.label} ${reported.unit}: ${rounded.toFixed(places)} vs ${reported.value}`).toBe(true);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('margins are exactly the rounded ratio of the table amounts', () => {
    const item = (label: string) => graph.companies[0].lineItems.find((i) => i.label === label)!;
    const q2 = graph.companies[0].lineItems.find((i) => i.label === 'Total net revenue')!.facts.find((f) => f.period.label === 'Q2 2024' && f.unit === 'CNY')!.period;
    const margin = item('Non-GAAP operating margin').facts.find((f) => f.period === q2 && f.source.kind === "TABLE_CELL")!;
    expect(recompute(item('Non-GAAP operating margin'), q2, 'CNY')!.toDecimalPlaces(3).toFixed(3)).toBe(margin.value);
  });
});

describe('percent changes the narrative claims', () => {
  it('are all checked, and recompute from the figures they compare', () => {
    expect(disclosure.changes.map((c) => c.printed)).toEqual([
      'an increase of 12.2%',
      'an increase of 13.0%',
      'an increase of 12.3%',
      'a decrease of 23.2%',
      'a decrease of 13.9%',
      'a decrease of 14.5%',
      'a decrease of 9.6%',
    ]);
    const checks = disclosure.checks.filter((c) => c.kind === 'PERCENT_CHANGE');
    expect(checks).toHaveLength(disclosure.changes.length);
    for (const check of checks) expect(check.status, check.name).toBe('PASS');
  });
});

describe('search', () => {
  it('finds line items, footnotes and definitions by words', async () => {
    const result = await execute('{ search(query: "delinquency", first: 50) { totalCount nodes { __typename ... on LineItem { label } ... on Footnote { number } ... on Definition { lineItem { label } } } } }');
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.search.nodes as any[];
    expect(nodes.filter((n) => n.__typename === 'LineItem').map((n) => n.label)).toEqual(['90 day+ delinquency rate', 'Day-1 delinquency rate']);
    expect(nodes.filter((n) => n.__typename === 'Footnote').map((n) => n.number)).toEqual([8, 12]);
    expect(nodes.filter((n) => n.__typename === 'Definition').map((n) => n.lineItem.label)).toEqual(['90 day+ delinquency rate', 'Day-1 delinquency rate']);
  });

  it('matches hyphenated and spaced words alike', async () => {
    const labels = async (q: string) => ((await execute('query ($q: String!) { search(query: $q, first: 100) { nodes { ... on LineItem { label } } } }', { q })).data!.search.nodes as any[]).map((n) => n.label).filter(Boolean);
    const hyphen = await labels('capital-light');
    expect(hyphen).toContain('Loan facilitation and servicing fees-capital light');
    expect(hyphen).toContain('Loan volume under capital-light model, “ICE” and other technology solutions');
    expect(await labels('capital light')).toEqual(hyphen);
  });

  it('refuses a query without words', async () => {
    const result = await execute('{ search(query: "  ++ ") { totalCount } }');
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
