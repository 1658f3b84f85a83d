/**
 * Standard figures: a company's value of a standard metric (vocabulary.ts) for each fiscal
 * quarter or year, chosen by written rules:
 *
 * 1. Totals only: facts without dimensions, never a convenience translation, in a unit of
 *    the metric's measure (a currency, a currency per share, shares). Currencies are kept
 *    as reported, never converted.
 * 2. The concept the company actually reported for that period: of the metric's concepts
 *    reported for the period, the one whose latest report (as known on `asOf`) was filed
 *    most recently. A concept the company stopped using keeps its old reports, but a newer
 *    filing reporting the period under another concept wins, so a stale tag is never
 *    taken, let alone summed. Ties (both concepts in the same filing) go to the earlier
 *    concept of the vocabulary's list.
 * 3. The most recent report: the value is that concept's latest report of the period as
 *    known on `asOf` (a quarter nobody printed is the derived quarter, with its inputs).
 * 4. A company's own (extension) concept counts only where its own filing says it is the
 *    metric, by the metric's written rule (extensions.ts): it ranks after every standard
 *    concept, and the explanation says why it was taken.
 * 5. Computed metrics (free cash flow; gross profit where no concept is reported) apply
 *    their formula to the other metrics' figures of the same period and unit, and list
 *    them as inputs.
 */
import { D } from '../decimal.js';
import { conceptFacts } from '../fact-index.js';
import type { Graph } from '../graph.js';
import type { Company, Concept, Fact, Period } from '../model.js';
import { focusOf } from '../time/fiscal-calendar.js';
import { isCurrency, knownOn, precisionOf } from '../time/report-identity.js';
import type { SeriesFrequency } from '../time/series.js';
import { acceptedBecause, acceptedIn } from './extensions.js';
import { metricDefinition, VOCABULARY, type MetricDefinition, type StandardMetricKey } from './vocabulary.js';

export type MetricRule = 'REPORTED' | 'COMPUTED';

export interface StandardFigure {
  /** The metric; null for a concept's own quarters (a TTM of a concept). */
  metric: MetricDefinition | null;
  company: Company;
  period: Period;
  /** "FY", "Q1"…"Q4" (for a balance: the fiscal period its date closes). */
  fiscalYear: number;
  fiscalPeriod: string;
  value: string;
  unit: string;
  rule: MetricRule;
  /** How it was chosen or computed, in words. */
  explanation: string;
  /** The fact taken (reported or a derived quarter); null when computed. */
  fact: Fact | null;
  concept: Concept | null;
  /** When its inputs were all public: the filing date of the latest report it rests on. */
  knownOn: string;
  /** For a computed figure: the figures it is computed from, with their weights. */
  inputs: { weight: number; figure: StandardFigure }[];
  /** The same metric's figure of the same fiscal period a year earlier, in the same unit (as known on the same date). */
  previousYear: StandardFigure | null;
  /** The date the figure is as known on; null for what is known now. */
  asOf: string | null;
}

const QUARTERS = new Set(['Q1', 'Q2', 'Q3', 'Q4']);

/** Whether a unit measures what the metric measures. */
function unitFits(definition: Pick<MetricDefinition, 'measure'>, unit: string): boolean {
  if (definition.measure === 'MONEY') return isCurrency(unit);
  if (definition.measure === 'PER_SHARE') return /^[A-Z]{3}\/shares$/.test(unit);
  return unit === 'shares';
}

/** The fiscal period a fact stands for in a series of `frequency`, or null when it is none. */
function fiscalSlot(company: Company, definition: Pick<MetricDefinition, 'nature'>, period: Period, frequency: SeriesFrequency): { fiscalYear: number; fiscalPeriod: string } | null {
  if (definition.nature === 'FLOW') {
    if (period.startDate === null || period.fiscalPeriod === null) return null;
    const wanted = frequency === 'ANNUAL' ? period.fiscalPeriod === 'FY' : QUARTERS.has(period.fiscalPeriod);
    return wanted ? { fiscalYear: period.fiscalYear, fiscalPeriod: period.fiscalPeriod } : null;
  }
  if (period.startDate !== null) return null;
  // A balance stands for the fiscal quarter or year its date closes.
  const focus = focusOf(period.endDate, company.fiscalYearEnd);
  if (focus.fiscalPeriod === null) return null;
  if (frequency === 'ANNUAL') return focus.fiscalPeriod === 'FY' ? { fiscalYear: focus.fiscalYear, fiscalPeriod: 'FY' } : null;
  return { fiscalYear: focus.fiscalYear, fiscalPeriod: focus.fiscalPeriod === 'FY' ? 'Q4' : focus.fiscalPeriod };
}

/** The latest report of each of a concept's figures as known on `asOf` (now when null). */
function knownFacts(graph: Graph, concept: Concept, asOf: string | null): Fact[] {
  const all = conceptFacts(concept).all;
  return asOf ? graph.timeline.asOf(all, asOf) : graph.timeline.latest(all);
}

/**
 * The figures of a definition's concepts (no formula), one per fiscal period, by the rules
 * above. `definition` may be a metric or a single concept's own (for a concept's TTM).
 */
export function reportedFigures(
  graph: Graph,
  company: Company,
  definition: Pick<MetricDefinition, 'nature' | 'measure' | 'concepts'> & Partial<Pick<MetricDefinition, 'extension'>> & { metric: MetricDefinition | null },
  frequency: SeriesFrequency,
  asOf: string | null,
  unit: string | null,
): Map<string, StandardFigure> {
  const chosen = new Map<string, { fact: Fact; concept: Concept; rank: number; passedOver: Set<string>; extension: string | null }>();
  const seen = new Set<Concept>();
  // The metric's standard concepts in order, then the company's own concepts its extension rule accepts (extensions.ts), each only in the filings that accept it.
  const candidates: { concept: Concept | undefined; accepts: (fact: Fact) => string | null }[] = [
    ...definition.concepts.map((name) => ({ concept: graph.concept(company, name), accepts: () => null })),
    ...acceptedIn(graph, company, { ...definition, extension: definition.extension ?? null }).map((e) => ({ concept: e.concept, accepts: (fact: Fact) => acceptedBecause(e, fact) })),
  ];
  candidates.forEach(({ concept, accepts }, rank) => {
    if (!concept || seen.has(concept)) return;
    seen.add(concept);
    const isExtension = rank >= definition.concepts.length;
    for (const fact of knownFacts(graph, concept, asOf)) {
      if (fact.dimensions.length > 0 || fact.translationOf || !unitFits(definition, fact.unit) || (unit && fact.unit !== unit)) continue;
      const extension = isExtension ? accepts(fact) : null;
      if (isExtension && extension === null) continue;
      const slot = fiscalSlot(company, definition, fact.period, frequency);
      if (!slot) continue;
      const key = `${slot.fiscalYear}|${slot.fiscalPeriod}`;
      const other = chosen.get(key);
      if (!other) {
        chosen.set(key, { fact, concept, rank, passedOver: new Set(), extension });
        continue;
      }
      const [k, ko] = [knownOn(fact.disclosure), knownOn(other.fact.disclosure)];
      const wins = k > ko || (k === ko && (rank < other.rank || (rank === other.rank && precisionOf(fact) > precisionOf(other.fact))));
      if (wins) chosen.set(key, { fact, concept, rank, passedOver: new Set([...other.passedOver, other.concept.name].filter((n) => n !== concept.name)), extension });
      else if (other.concept !== concept) other.passedOver.add(concept.name);
    }
  });
  const out = new Map<string, StandardFigure>();
  for (const [key, { fact, concept, passedOver, extension }] of chosen) {
    const [fiscalYear, fiscalPeriod] = key.split('|');
    const derived = fact.origin === 'DERIVED' ? ', derived from its cumulative reports' : '';
    const others = passedOver.size ? `; ${[...passedOver].join(', ')} also reported it, less recently or later in the list` : '';
    const own = extension ? ` (the company's own concept, taken because ${extension})` : '';
    out.set(key, {
      metric: definition.metric,
      company,
      period: fact.period,
      fiscalYear: Number(fiscalYear),
      fiscalPeriod,
      value: fact.value,
      unit: fact.unit,
      rule: 'REPORTED',
      explanation: `${concept.name}${own}: the concept with the most recent report of ${fiscalPeriod} ${fiscalYear} (filed ${knownOn(fact.disclosure)}), its latest value${derived}${others}`,
      fact,
      concept,
      knownOn: knownOn(fact.disclosure),
      inputs: [],
      previousYear: null,
      asOf,
    });
  }
  return linkPreviousYears(out);
}

function linkPreviousYears(figures: Map<string, StandardFigure>): Map<string, StandardFigure> {
  for (const figure of figures.values()) {
    const previous = figures.get(`${figure.fiscalYear - 1}|${figure.fiscalPeriod}`);
    figure.previousYear = previous && previous.unit === figure.unit ? previous : null;
  }
  return figures;
}

/** A metric's figures of each fiscal quarter or year, oldest first (see the rules above). */
export function metricFigures(graph: Graph, company: Company, key: StandardMetricKey, frequency: SeriesFrequency, asOf: string | null = null, unit: string | null = null, memo?: Map<string, Map<string, StandardFigure>>): StandardFigure[] {
  return [...metricMap(graph, company, metricDefinition(key), frequency, asOf, unit, memo).values()].sort((a, b) => a.period.endDate.localeCompare(b.period.endDate) || a.unit.localeCompare(b.unit));
}

/**
 * A metric's figures by fiscal period. `memo`: the maps already built for this company, `asOf`
 * and `unit` (by metric and frequency), shared by the metrics of one request rather than
 * built again for each formula naming them.
 */
function metricMap(graph: Graph, company: Company, definition: MetricDefinition, frequency: SeriesFrequency, asOf: string | null, unit: string | null, memo?: Map<string, Map<string, StandardFigure>>): Map<string, StandardFigure> {
  const memoKey = `${definition.key}|${frequency}`;
  const known = memo?.get(memoKey);
  if (known) return known;
  const built = formulaMap(graph, company, definition, frequency, asOf, unit, memo);
  memo?.set(memoKey, built);
  return built;
}

function formulaMap(graph: Graph, company: Company, definition: MetricDefinition, frequency: SeriesFrequency, asOf: string | null, unit: string | null, memo?: Map<string, Map<string, StandardFigure>>): Map<string, StandardFigure> {
  const figures = reportedFigures(graph, company, { ...definition, metric: definition }, frequency, asOf, unit);
  if (!definition.formula) return figures;
  const terms = definition.formula.map((t) => ({ ...t, figures: metricMap(graph, company, metricDefinition(t.metric), frequency, asOf, unit, memo) }));
  for (const key of terms[0].figures.keys()) {
    if (figures.has(key)) continue; // reported: the formula only fills in
    const inputs = terms.map((t) => ({ weight: t.weight, figure: t.figures.get(key) }));
    if (inputs.some((i) => !i.figure || i.figure.unit !== inputs[0].figure!.unit)) continue; // never across currencies
    const complete = inputs as { weight: number; figure: StandardFigure }[];
    const [first] = complete;
    const value = complete.reduce((sum, i) => sum.plus(new D(i.figure.value).times(i.weight)), new D(0));
    const formula = definition.formula.map((t, i) => `${i === 0 ? '' : t.weight < 0 ? ' − ' : ' + '}${metricDefinition(t.metric).label.toLowerCase()}`).join('');
    figures.set(key, {
      metric: definition,
      company,
      // A balance's figures share the instant; a flow's the period of the first input.
      period: first.figure.period,
      fiscalYear: first.figure.fiscalYear,
      fiscalPeriod: first.figure.fiscalPeriod,
      value: value.toFixed(),
      unit: first.figure.unit,
      rule: 'COMPUTED',
      explanation: `${definition.label} = ${formula}${definition.concepts.length ? ' (no concept of the metric is reported for the period)' : ''}`,
      fact: null,
      concept: null,
      knownOn: complete.map((i) => i.figure.knownOn).sort().at(-1)!,
      inputs: complete,
      previousYear: null,
      asOf,
    });
  }
  return linkPreviousYears(figures);
}

/** A ratio of two figures of one period: a margin, or year-over-year growth. */
export interface FigureRatio {
  /** As a fraction rounded to 6 decimal places ("0.462100" for 46.21 %); null when the denominator is zero (or, for growth, not positive). */
  value: string | null;
  rule: string;
  numerator: StandardFigure;
  denominator: StandardFigure;
}

const RATIO_PLACES = 6;

/** `metric` ÷ revenue, period by period (same unit), for money flows. */
export function margins(graph: Graph, company: Company, key: StandardMetricKey, frequency: SeriesFrequency, asOf: string | null = null): FigureRatio[] {
  const revenue = new Map(metricFigures(graph, company, 'REVENUE', frequency, asOf).map((f) => [`${f.fiscalYear}|${f.fiscalPeriod}|${f.unit}`, f]));
  const out: FigureRatio[] = [];
  for (const figure of metricFigures(graph, company, key, frequency, asOf)) {
    const denominator = revenue.get(`${figure.fiscalYear}|${figure.fiscalPeriod}|${figure.unit}`);
    if (!denominator) continue;
    const d = new D(denominator.value);
    out.push({ value: d.isZero() ? null : new D(figure.value).div(d).toFixed(RATIO_PLACES), rule: `${figure.metric!.label} ÷ revenue of the same fiscal period and currency, rounded to ${RATIO_PLACES} decimal places`, numerator: figure, denominator });
  }
  return out;
}

/** Growth of a figure over the same fiscal period a year earlier: current ÷ previous − 1. */
export function yearOverYear(current: StandardFigure, previous: StandardFigure): FigureRatio {
  const p = new D(previous.value);
  return {
    value: p.lte(0) ? null : new D(current.value).div(p).minus(1).toFixed(RATIO_PLACES),
    rule: `${current.fiscalPeriod} ${current.fiscalYear} ÷ ${previous.fiscalPeriod} ${previous.fiscalYear} − 1, rounded to ${RATIO_PLACES} decimal places; null when the earlier value is not positive`,
    numerator: current,
    denominator: previous,
  };
}

/**
 * The latest figure of each standard metric (as known on `asOf`): its latest fiscal quarter,
 * or its latest fiscal year where no quarter is known; one per currency when several end on
 * the same date. In the vocabulary's order; metrics without a figure are left out. `memo`: the
 * metrics' figures by fiscal period, as built (see metricMap).
 */
export function latestFigures(graph: Graph, company: Company, asOf: string | null = null, memo = new Map<string, Map<string, StandardFigure>>()): StandardFigure[] {
  const out: StandardFigure[] = [];
  for (const definition of VOCABULARY) {
    let figures = metricFigures(graph, company, definition.key, 'QUARTERLY', asOf, null, memo);
    if (figures.length === 0) figures = metricFigures(graph, company, definition.key, 'ANNUAL', asOf, null, memo);
    const last = figures.at(-1)?.period.endDate;
    out.push(...figures.filter((f) => f.period.endDate === last));
  }
  return out;
}
