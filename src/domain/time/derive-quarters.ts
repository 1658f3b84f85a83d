/**
 * True quarters across disclosures. Filings print years, cumulative year-to-date flows and
 * some quarters; the quarters they leave out follow by subtraction:
 *   Q2 = 6M − Q1, Q3 = 9M − 6M, Q4 = FY − 9M, and Q1 = 6M − Q2 where Q1 is missing.
 * Only for flows measured in a currency: never instants (balances do not subtract),
 * per-share amounts, ratios or share counts (weighted averages do not subtract either).
 * Inputs are statement figures (table cells, filed elements) from whichever disclosures
 * printed them: one derived fact per vintage of the inputs (see deriveVintages).
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
import { emptyList } from '../shared-empty.js';

/** The spans of one fiscal year of one flow, by fiscal period: each the statement reports of its figure, oldest first. */
type YearSpans = Map<string, Fact[]>;

/** `checks`: whether a quarter printed too is checked against its derivation (see `BuildOptions`). */
export function deriveCompanyQuarters(graph: Graph, timeline: Timeline, company: Company, checks = true): void {
  // Every duration figure's statement reports, grouped by what varies only with the period.
  const series = new Map<string, Map<number, YearSpans>>();
  for (const item of company.lineItems) {
    for (const figure of timeline.figures(item.facts)) {
      const reports = figure.reports.filter(isStatementFigure);
      const fact = reports[reports.length - 1];
      if (!fact) continue;
      const { period } = fact;
      if (period.startDate === null || period.fiscalPeriod === null || !isCurrency(fact.unit) || fact.translationOf) continue;
      const key = figureKey(fact).replace(`|${period.id}|`, '|');
      let years = series.get(key);
      if (!years) series.set(key, (years = new Map()));
      let spans = years.get(period.fiscalYear);
      if (!spans) years.set(period.fiscalYear, (spans = new Map()));
      spans.set(period.fiscalPeriod, reports);
    }
  }
  for (const years of series.values()) {
    for (const spans of years.values()) deriveYear(graph, company, spans, checks);
  }
}

/** Cumulative spans of a year, each starting when the year starts: Q1, 6M, 9M, FY. */
const CUMULATIVE = ['Q1', '6M', '9M', 'FY'] as const;

function deriveYear(graph: Graph, company: Company, spans: YearSpans, checks: boolean): void {
  for (let k = 1; k < 4; k++) {
    const longer = spans.get(CUMULATIVE[k]);
    const shorter = spans.get(CUMULATIVE[k - 1]);
    if (!longer || !shorter || longer[0].period.startDate !== shorter[0].period.startDate) continue;
    const start = fromDay(toDay(shorter[0].period.endDate) + 1);
    deriveVintages(graph, company, companyPeriod(graph, company, start, longer[0].period.endDate), longer, shorter, spans.get(`Q${k + 1}`)?.at(-1), checks);
  }
  const q1 = spans.get('Q1');
  const h1 = spans.get('6M');
  const q2 = spans.get('Q2');
  if (!q1 && h1 && q2 && q2[0].period.endDate === h1[0].period.endDate && q2[0].period.startDate! > h1[0].period.startDate!) {
    deriveVintages(graph, company, companyPeriod(graph, company, h1[0].period.startDate, dayBefore(q2[0].period.startDate!)), h1, q2, undefined, checks);
  }
}

/**
 * One derived fact per vintage: for each day a report of either input became known, the
 * pair of reports known then. So the quarter is known as soon as both spans are, and a
 * revision of an input gives a new derived value from the day it is filed, while what was
 * derived before stays what an as-of query of that time sees.
 */
function deriveVintages(graph: Graph, company: Company, period: Period, longer: readonly Fact[], shorter: readonly Fact[], printed: Fact | undefined, checks: boolean): void {
  const asOf = (reports: readonly Fact[], date: string) => reports.filter((f) => knownOn(f.disclosure) <= date).at(-1);
  const dates = [...new Set([...longer, ...shorter].map((f) => knownOn(f.disclosure)))].sort();
  const pairs: [Fact, Fact][] = [];
  for (const date of dates) {
    const l = asOf(longer, date);
    const s = asOf(shorter, date);
    if (l && s && !pairs.some(([a, b]) => a === l && b === s)) pairs.push([l, s]);
  }
  if (pairs.length === 0) return;
  const [latestLonger, latestShorter] = pairs[pairs.length - 1];
  if (printed && printed.period === period) {
    if (checks) checkPrinted(graph, period, latestLonger, latestShorter, printed);
    return;
  }
  // A disclosure may already derive this quarter from its own tables (the curated release's Q1).
  const key = figureKey({ ...latestLonger, period });
  if (latestLonger.lineItem.facts.some((f) => f.period === period && figureKey(f) === key)) return;
  pairs.forEach(([l, s], i) => derive(graph, company, period, l, s, key, i === pairs.length - 1 ? '' : `@${knownOn(laterOf(l, s).disclosure)}`));
}

function laterOf(a: Fact, b: Fact): Fact {
  return knownOn(a.disclosure) >= knownOn(b.disclosure) ? a : b;
}

/** Where the quarter is printed too, the derivation checks it instead of adding a second value. */
function checkPrinted(graph: Graph, period: Period, longer: Fact, shorter: Fact, printed: Fact): void {
  const value = new D(longer.value).minus(shorter.value);
  const inputs = [longer, shorter];
  // Each input is rounded to its decimals, and so is the printed quarter.
  const tolerance = [...inputs, printed].reduce((t, f) => (Number.isFinite(precisionOf(f)) ? t.plus(new D(10).pow(-precisionOf(f)).div(2)) : t), new D(0));
  recordCheck(graph, printed.disclosure, {
    kind: 'DERIVED',
    name: `${printed.lineItem.label} for ${period.label} agrees with ${describe(longer)} − ${describe(shorter)}`,
    expected: value.toFixed(),
    actual: printed.value,
    tolerance: tolerance.toFixed(),
    passed: value.minus(printed.value).abs().lte(tolerance),
    detail: `derived ${value.toFixed()} = ${longer.value} − ${shorter.value}, from the latest reports`,
    subject: printed,
    inputs,
  });
}

function derive(graph: Graph, company: Company, period: Period, longer: Fact, shorter: Fact, key: string, vintage: string): void {
  const value = new D(longer.value).minus(shorter.value);
  const inputs = [longer, shorter];
  const disclosure = laterOf(longer, shorter).disclosure;
  const item = longer.lineItem;
  const fact = graph.add<Fact>({
    type: 'Fact',
    id: `${company.id}/derived/${key.slice(key.indexOf('|') + 1)}${vintage}`,
    lineItem: item,
    concept: longer.concept,
    period,
    dimensions: longer.dimensions,
    unit: longer.unit,
    value: value.toFixed(),
    decimals: Math.min(precisionOf(longer), precisionOf(shorter)),
    disclosure,
    origin: 'DERIVED',
    printed: null,
    // A difference of approximate figures is approximate too.
    qualifier: inputs.some((f) => f.qualifier !== null) ? 'APPROXIMATELY' : null,
    isPrimary: false,
    correction: null,
    translationOf: null,
    derivedFrom: inputs,
    footnotes: emptyList(),
    source: { kind: 'DERIVED', disclosure, table: null, excerpt: `${period.label} = ${describe(longer)} − ${describe(shorter)}` },
  });
  item.facts.push(fact);
  disclosure.facts.push(fact);
  graph.indexFact(fact);
}

/** "FY 2023 as reported in <disclosure> (known 2023-11-03)". */
function describe(fact: Fact): string {
  return `${fact.period.label} as reported in ${fact.disclosure.title} (known ${knownOn(fact.disclosure)})`;
}
