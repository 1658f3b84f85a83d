import { describe, expect, it } from 'vitest';
import { Graph } from '../../src/domain/graph.js';
import type { Company, Concept, Disclosure, Fact, LineItem, Period } from '../../src/domain/model.js';
import { describePeriod, periodId } from '../../src/domain/period.js';
import { deriveCompanyQuarters } from '../../src/domain/time/derive-quarters.js';
import { Timeline } from '../../src/domain/time/figures.js';
import { seriesOf } from '../../src/domain/time/series.js';

/** A tiny graph built by hand: one company with a 52/53-week year ending in September, several filings. */
function world() {
  const graph = new Graph();
  const company = graph.add({ type: 'Company', id: 'acme', slug: 'acme', name: 'Acme', legalName: 'Acme Inc.', formerNames: [], fiscalYearEnd: { month: 9, day: 30, weekBased: true }, securities: [], listings: [], disclosures: [], lineItems: [] } as unknown as Company);
  graph.companies.push(company);
  const items = new Map<string, LineItem>();
  const item = (concept: string, measure = 'monetary'): LineItem => {
    let li = items.get(concept);
    if (!li) {
      const c = graph.add({ type: 'Concept', id: `acme/${concept}`, company, name: `acme:${concept}`, label: concept, labels: [], periodType: null, balance: null, dataType: null, isAbstract: false, usGaapName: null, lineItems: [], definitions: [] } as Concept);
      li = graph.add({ type: 'LineItem', id: `acme/${concept}`, company, key: concept, statement: 'INCOME_STATEMENT', label: concept, parent: null, children: [], order: items.size, isAbstract: false, measure, concept: c, sameFigureAs: null, countUnit: null, translationTolerance: null, at: null, tables: [], facts: [], footnotes: [], definitions: [] } as unknown as LineItem);
      items.set(concept, li);
      company.lineItems.push(li);
    }
    return li;
  };
  const period = (start: string | null, end: string): Period => {
    const id = periodId(company, start, end);
    return graph.period(id) ?? graph.addPeriod({ type: 'Period', id, company, startDate: start, endDate: end, ...describePeriod(start, end, company.fiscalYearEnd) });
  };
  const disclosure = (id: string, date: string): Disclosure => {
    const d = graph.add({ type: 'Disclosure', id: `acme/${id}`, slug: id, company, title: id, kind: 'ANNUAL_REPORT', date, filedOn: date, periodOfReport: date, audited: true, tables: [], facts: [], footnotes: [], definitions: [], statements: [], changes: [], checks: [] } as unknown as Disclosure);
    company.disclosures.push(d);
    return d;
  };
  let n = 0;
  const fact = (d: Disclosure, concept: string, start: string | null, end: string, value: string, decimals = -6, unit = 'USD', measure = 'monetary'): Fact => {
    const lineItem = item(concept, measure);
    const f = graph.add<Fact>({ type: 'Fact', id: `f${++n}`, lineItem, concept: lineItem.concept, dimensions: [], period: period(start, end), unit, value, decimals, disclosure: d, origin: 'PRINTED', printed: null, qualifier: null, isPrimary: true, correction: null, translationOf: null, derivedFrom: [], source: { kind: 'XBRL_ELEMENT', disclosure: d, instance: 'acme.xml', document: null, hidden: false, elementId: null, line: null, contextRef: 'c', unitRef: 'u' } });
    lineItem.facts.push(f);
    d.facts.push(f);
    graph.indexFact(f);
    return f;
  };
  const build = () => {
    graph.timeline = new Timeline(company.lineItems.flatMap((i) => i.facts), (r) => graph.add(r));
    deriveCompanyQuarters(graph, graph.timeline, company);
    return graph.timeline;
  };
  return { graph, company, disclosure, fact, build, item };
}

const FY22 = ['2021-09-26', '2022-09-24'] as const;
const FY23 = ['2022-09-25', '2023-09-30'] as const;
const NINE23 = ['2022-09-25', '2023-07-01'] as const;
const SIX23 = ['2022-09-25', '2023-04-01'] as const;
const Q1_23 = ['2022-09-25', '2022-12-31'] as const;

describe('reports of one figure across disclosures', () => {
  it('orders reports oldest first, tells the latest, and counts a changed value as a revision', () => {
    const w = world();
    const k22 = w.disclosure('10-k-2022', '2022-10-28');
    const k23 = w.disclosure('10-k-2023', '2023-11-03');
    const first = w.fact(k22, 'Revenue', ...FY22, '394328000000');
    const again = w.fact(k23, 'Revenue', ...FY22, '394328000000');
    const old = w.fact(k22, 'OtherIncome', ...FY22, '-334000000');
    const restated = w.fact(k23, 'OtherIncome', ...FY22, '-300000000');
    const t = w.build();
    expect(t.reportsOf(again)).toEqual([first, again]);
    expect(t.reportsOf(first)).toEqual([first, again]);
    expect(t.isLatest(first)).toBe(false);
    expect(t.isLatest(again)).toBe(true);
    const revisions = t.revisions(w.company);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ previous: old, revised: restated, difference: '34000000' });
    expect(w.graph.node('Revision', revisions[0].id)).toBe(revisions[0]);
  });

  it('does not count a value repeated at another precision as a revision', () => {
    const w = world();
    const a = w.fact(w.disclosure('q', '2023-08-04'), 'Revenue', ...NINE23, '281310000000', -6);
    const b = w.fact(w.disclosure('k', '2023-11-03'), 'Revenue', ...NINE23, '281310400000', -2);
    const t = w.build();
    expect(t.reportsOf(a)).toEqual([a, b]);
    expect(t.revisions(w.company)).toEqual([]);
    // The same digits at the coarser precision, but a different figure once both are read at -6: a revision.
    const w2 = world();
    w2.fact(w2.disclosure('q', '2023-08-04'), 'Revenue', ...NINE23, '281310000000', -6);
    w2.fact(w2.disclosure('k', '2023-11-03'), 'Revenue', ...NINE23, '281311000000', -3);
    expect(w2.build().revisions(w2.company)).toHaveLength(1);
  });

  it('answers as known on a date: the latest report filed on or before it, and nothing later', () => {
    const w = world();
    const k22 = w.disclosure('10-k-2022', '2022-10-28');
    const k23 = w.disclosure('10-k-2023', '2023-11-03');
    const old = w.fact(k22, 'OtherIncome', ...FY22, '-334000000');
    const restated = w.fact(k23, 'OtherIncome', ...FY22, '-300000000');
    const fy23 = w.fact(k23, 'OtherIncome', ...FY23, '-565000000');
    const t = w.build();
    const all = w.company.lineItems.flatMap((i) => i.facts);
    expect(t.asOf(all, '2022-10-27')).toEqual([]);
    expect(t.asOf(all, '2022-10-28')).toEqual([old]);
    expect(t.asOf(all, '2023-11-02')).toEqual([old]);
    expect(t.asOf(all, '2023-11-03')).toEqual([restated, fy23]);
  });
});

describe('true quarters across disclosures', () => {
  it('derives Q4 = FY − 9M from two filings, with its inputs, and Q2, Q3 from the cumulative spans', () => {
    const w = world();
    const q1 = w.disclosure('10-q-2023-q1', '2023-02-03');
    const q2 = w.disclosure('10-q-2023-q2', '2023-05-05');
    const q3 = w.disclosure('10-q-2023-q3', '2023-08-04');
    const k = w.disclosure('10-k-2023', '2023-11-03');
    w.fact(q1, 'Revenue', ...Q1_23, '117154000000');
    const six = w.fact(q2, 'Revenue', ...SIX23, '211990000000');
    const nine = w.fact(q3, 'Revenue', ...NINE23, '293787000000');
    const fy = w.fact(k, 'Revenue', ...FY23, '383285000000');
    w.build();
    const derived = w.item('Revenue').facts.filter((f) => f.origin === 'DERIVED');
    const byLabel = Object.fromEntries(derived.map((f) => [f.period.label, f]));
    expect(Object.keys(byLabel).sort()).toEqual(['Q2 2023', 'Q3 2023', 'Q4 2023']);
    expect(byLabel['Q4 2023']).toMatchObject({ value: String(383285000000 - 293787000000), derivedFrom: [fy, nine], disclosure: k });
    expect(byLabel['Q4 2023'].period).toMatchObject({ startDate: '2023-07-02', endDate: '2023-09-30', fiscalPeriod: 'Q4', fiscalYear: 2023 });
    expect(byLabel['Q3 2023']).toMatchObject({ value: String(293787000000 - 211990000000), derivedFrom: [nine, six] });
    expect(byLabel['Q2 2023'].value).toBe(String(211990000000 - 117154000000));
  });

  it('uses the latest report of each input, and checks a printed quarter instead of duplicating it', () => {
    const w = world();
    const q3 = w.disclosure('10-q-2023-q3', '2023-08-04');
    const k = w.disclosure('10-k-2023', '2023-11-03');
    w.fact(q3, 'Revenue', ...NINE23, '293000000000');
    const restatedNine = w.fact(k, 'Revenue', ...NINE23, '293787000000');
    const fy = w.fact(k, 'Revenue', ...FY23, '383285000000');
    const printedQ4 = w.fact(k, 'Revenue', '2023-07-02', '2023-09-30', '89498000000');
    w.build();
    const item = w.item('Revenue');
    expect(item.facts.filter((f) => f.origin === 'DERIVED')).toEqual([]);
    const [check] = k.checks;
    expect(check).toMatchObject({ kind: 'DERIVED', status: 'PASS', subject: printedQ4, inputs: [fy, restatedNine], expected: '89498000000' });
  });

  it('never derives instants, per-share amounts, share counts or ratios', () => {
    const w = world();
    const q3 = w.disclosure('q3', '2023-08-04');
    const k = w.disclosure('k', '2023-11-03');
    for (const [concept, unit, measure] of [['Eps', 'USD/shares', 'per-share'], ['WeightedShares', 'shares', 'shares'], ['Margin', 'pure', 'percent']] as const) {
      w.fact(q3, concept, ...NINE23, '4.5', 2, unit, measure);
      w.fact(k, concept, ...FY23, '6.1', 2, unit, measure);
    }
    w.fact(q3, 'Cash', null, '2023-07-01', '28408000000');
    w.fact(k, 'Cash', null, '2023-09-30', '29965000000');
    w.build();
    expect(w.company.lineItems.flatMap((i) => i.facts).filter((f) => f.origin === 'DERIVED')).toEqual([]);
  });

  it('makes a quarterly series of latest reports with derived quarters marked, and an annual one', () => {
    const w = world();
    const q3 = w.disclosure('q3', '2023-08-04');
    const k = w.disclosure('k', '2023-11-03');
    w.fact(q3, 'Revenue', '2023-04-02', '2023-07-01', '81797000000');
    w.fact(q3, 'Revenue', ...NINE23, '293787000000');
    w.fact(k, 'Revenue', ...FY22, '394328000000');
    w.fact(k, 'Revenue', ...FY23, '383285000000');
    const t = w.build();
    const quarterly = seriesOf(t, w.item('Revenue').facts, 'QUARTERLY');
    expect(quarterly.map((p) => [p.period.label, p.value, p.isDerived])).toEqual([
      ['Q3 2023', '81797000000', false],
      ['Q4 2023', '89498000000', true],
    ]);
    expect(seriesOf(t, w.item('Revenue').facts, 'ANNUAL').map((p) => p.period.label)).toEqual(['FY 2022', 'FY 2023']);
  });
});
