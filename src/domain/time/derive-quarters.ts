/**
 * True quarters across disclosures. Filings print years, cumulative year-to-date flows and
 * some quarters; the quarters they leave out follow by subtraction:
 *   Q2 = 6M − Q1, Q3 = 9M − 6M, Q4 = FY − 9M, and Q1 = 6M − Q2 where Q1 is missing.
 * Only for flows measured in a currency: never instants (balances do not subtract),
 * per-share amounts, ratios or share counts (weighted averages do not subtract either).
 * Inputs are each figure's latest report, from whichever disclosures printed them.
 * Where a quarter is printed too, the derivation becomes a check on it instead of a fact.
 */
import { D } from '../decimal.js';
import type { Graph } from '../graph.js';
import type { Company, Fact, Period } from '../model.js';
import { recordCheck } from '../checks/check-builder.js';
import { companyPeriod } from '../entities.js';
import { dayBefore } from '../period.js';
import { fromDay, toDay } from './fiscal-calendar.js';
import type { Timeline } from './figures.js';
import { figureKey, isCurrency, isStatementFigure, knownOn, precisionOf } from './report-identity.js';

/** The spans of one fiscal year of one flow, by fiscal period. */
type YearSpans = Map<string, Fact>;

export function deriveCompanyQuarters(graph: Graph, timeline: Timeline, company: Company): void {
  // Latest printed report of each duration figure, grouped by what varies only with the period.
  const series = new Map<string, Map<number, YearSpans>>();
  for (const item of company.lineItems) {
    for (const fact of timeline.latest(item.facts)) {
      const { period } = fact;
      if (period.startDate === null || period.fiscalPeriod === null || !isCurrency(fact.unit) || fact.translationOf || !isStatementFigure(fact)) continue;
      const key = figureKey(fact).replace(`|${period.id}|`, '|');
      let years = series.get(key);
      if (!years) series.set(key, (years = new Map()));
      let spans = years.get(period.fiscalYear);
      if (!spans) years.set(period.fiscalYear, (spans = new Map()));
      spans.set(period.fiscalPeriod, fact);
    }
  }
  for (const years of series.values()) {
    for (const spans of years.values()) deriveYear(graph, company, spans);
  }
}

/** Cumulative spans of a year, each starting when the year starts: Q1, 6M, 9M, FY. */
const CUMULATIVE = ['Q1', '6M', '9M', 'FY'] as const;

function deriveYear(graph: Graph, company: Company, spans: YearSpans): void {
  for (let k = 1; k < 4; k++) {
    const longer = spans.get(CUMULATIVE[k]);
    const shorter = spans.get(CUMULATIVE[k - 1]);
    if (!longer || !shorter || longer.period.startDate !== shorter.period.startDate) continue;
    const start = fromDay(toDay(shorter.period.endDate) + 1);
    derive(graph, company, companyPeriod(graph, company, start, longer.period.endDate), longer, shorter, spans.get(`Q${k + 1}`));
  }
  const q1 = spans.get('Q1');
  const h1 = spans.get('6M');
  const q2 = spans.get('Q2');
  if (!q1 && h1 && q2 && q2.period.endDate === h1.period.endDate && q2.period.startDate! > h1.period.startDate!) {
    derive(graph, company, companyPeriod(graph, company, h1.period.startDate, dayBefore(q2.period.startDate!)), h1, q2, undefined);
  }
}

function derive(graph: Graph, company: Company, period: Period, longer: Fact, shorter: Fact, printed: Fact | undefined): void {
  const value = new D(longer.value).minus(shorter.value);
  const decimals = Math.min(precisionOf(longer), precisionOf(shorter));
  const inputs = [longer, shorter];
  const latestInput = knownOn(longer.disclosure) >= knownOn(shorter.disclosure) ? longer : shorter;
  const how = `${describe(longer)} − ${describe(shorter)}`;
  if (printed && printed.period === period) {
    // Each input is rounded to its decimals, and so is the printed quarter.
    const tolerance = [...inputs, printed].reduce((t, f) => (Number.isFinite(precisionOf(f)) ? t.plus(new D(10).pow(-precisionOf(f)).div(2)) : t), new D(0));
    recordCheck(graph, printed.disclosure, {
      kind: 'DERIVED',
      name: `${printed.lineItem.label} for ${period.label} agrees with ${how}`,
      expected: value.toFixed(),
      actual: printed.value,
      tolerance: tolerance.toFixed(),
      passed: value.minus(printed.value).abs().lte(tolerance),
      detail: `derived ${value.toFixed()} = ${longer.value} − ${shorter.value}, from the latest reports`,
      subject: printed,
      inputs,
    });
    return;
  }
  const item = longer.lineItem;
  // A disclosure may already derive this quarter from its own tables (the curated release's Q1).
  const key = figureKey({ ...longer, period });
  if (item.facts.some((f) => f.period === period && figureKey(f) === key)) return;
  const disclosure = latestInput.disclosure;
  const fact = graph.add<Fact>({
    type: 'Fact',
    id: `${company.id}/derived/${key.slice(key.indexOf('|') + 1)}`,
    lineItem: item,
    concept: longer.concept,
    period,
    dimensions: longer.dimensions,
    unit: longer.unit,
    value: value.toFixed(),
    decimals,
    disclosure,
    origin: 'DERIVED',
    printed: null,
    // A difference of approximate figures is approximate too.
    qualifier: inputs.some((f) => f.qualifier !== null) ? 'APPROXIMATELY' : null,
    isPrimary: false,
    correction: null,
    translationOf: null,
    derivedFrom: inputs,
    source: { kind: 'DERIVED', disclosure, table: null, excerpt: `${period.label} = ${how}` },
  });
  item.facts.push(fact);
  disclosure.facts.push(fact);
  graph.indexFact(fact);
}

/** "FY 2023 as reported in <disclosure> (known 2023-11-03)". */
function describe(fact: Fact): string {
  return `${fact.period.label} as reported in ${fact.disclosure.title} (known ${knownOn(fact.disclosure)})`;
}
