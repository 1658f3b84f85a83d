/**
 * `latestMetrics` from a window of the facts: of each metric's concepts, only the facts whose
 * period ends on or after a floor a few years before the latest period known (src/store/
 * read-slice.ts reads them), instead of every fact since the first filing. The window is a
 * guess; whether it answers as the whole history does is proved afterwards (`windowHolds`),
 * and where it does not, the full slice answers.
 *
 * Why the proof holds: a metric's figure of one fiscal slot is chosen among the facts of that
 * slot (their periods end within a quarter of each other) and quarters derived from
 * cumulative spans of the same fiscal year (ending within a year of the quarter); its
 * previous year is the slot a year before. So every figure ending `LOCAL_DAYS` after the
 * floor or later, and its previous year, rest only on facts inside the window and are the
 * whole history's. When a metric's latest quarterly figure in the window ends that late,
 * the whole history has no later one (it would be in the window too) and gives the same
 * latest figures; a metric whose concepts have no fact before their floor is read whole.
 */
import type { Graph } from '../graph.js';
import type { Company } from '../model.js';
import { fromDay, toDay } from '../time/fiscal-calendar.js';
import { latestFigures, type StandardFigure } from './metrics.js';
import { metricReads, VOCABULARY, type StandardMetricKey } from './vocabulary.js';

/** How far before a metric's latest known period end its window starts. */
export const WINDOW_DAYS = 1000;

/** How long after its floor a metric's latest figure must end for the window to answer it: a year for its previous year, a year for derived quarters' spans, and slack for a slot's spread. */
export const LOCAL_DAYS = 730;

/** Of each metric (by key): its floor, or null when every fact of its concepts is read (nothing before the floor). */
export type WindowFloors = Map<StandardMetricKey, string | null>;

/** A window of the facts latestMetrics reads: each concept's floor (a concept not named is read whole), and each metric's. */
export interface LatestWindow {
  concepts: Map<string, string>;
  metrics: WindowFloors;
}

/**
 * The window of a company's facts for `latestMetrics(asOf:)`, from what the store knows of each
 * concept's facts: the earliest period end, and the latest one known on `asOf` (now when null).
 * `extensionConcepts`: the company's own concepts the metrics' extension rules accept, read with
 * the metrics having an extension rule. `dei:` concepts are always read whole.
 */
export function latestWindow(ends: ReadonlyMap<string, { first: string | null; lastKnown: string | null }>, asOf: string | null, extensionConcepts: readonly string[]): LatestWindow {
  const concepts = new Map<string, string>();
  const readsOf = new Map<StandardMetricKey, string[]>();
  for (const definition of VOCABULARY) {
    const { concepts: standard, extensions } = metricReads(definition.key);
    const reads = [...standard, ...(extensions ? extensionConcepts : [])].filter((c) => !c.startsWith('dei:'));
    let last: string | null = null;
    for (const c of reads) {
      const known = ends.get(c)?.lastKnown ?? null;
      if (known !== null && (last === null || known > last)) last = known;
    }
    if (last !== null && asOf !== null && asOf < last) last = asOf;
    const floor = last === null ? null : fromDay(toDay(last) - WINDOW_DAYS);
    readsOf.set(definition.key, reads);
    if (floor === null) continue;
    for (const c of reads) {
      const other = concepts.get(c);
      if (other === undefined || floor < other) concepts.set(c, floor);
    }
  }
  // A concept shared by metrics is read from the lowest of their floors. A metric's facts are all read from the highest floor
  // its concepts are read from: that is its floor, and it is read whole when none of its concepts has a fact before it.
  const metrics: WindowFloors = new Map();
  for (const [key, reads] of readsOf) {
    let floor: string | null = null;
    let whole = true;
    for (const c of reads) {
      const from = concepts.get(c);
      if (from === undefined) continue;
      if (floor === null || from > floor) floor = from;
      const first = ends.get(c)?.first ?? null;
      if (first !== null && first < from) whole = false;
    }
    metrics.set(key, whole ? null : floor);
  }
  return { concepts, metrics };
}

/**
 * Whether `latestMetrics(asOf:)` of a window (`graph`, read by `window`) is the whole
 * history's: each metric read whole, or with a quarterly figure ending `LOCAL_DAYS` after its
 * floor or later (see above). Annual figures only are never proved: an earlier quarter may
 * exist before the window. When it holds, the answer is kept with the graph (`provedLatest`).
 */
export function windowHolds(graph: Graph, company: Company, asOf: string | null, window: WindowFloors): boolean {
  const memo = new Map<string, Map<string, StandardFigure>>();
  const figures = latestFigures(graph, company, asOf, memo);
  for (const definition of VOCABULARY) {
    const floor = window.get(definition.key);
    if (floor === null || floor === undefined) continue;
    let last: string | null = null;
    for (const figure of memo.get(`${definition.key}|QUARTERLY`)?.values() ?? []) if (last === null || figure.period.endDate > last) last = figure.period.endDate;
    if (last === null || toDay(last) < toDay(floor) + LOCAL_DAYS) return false;
  }
  graph.answers.set(answerKey(company, asOf), figures);
  return true;
}

const answerKey = (company: Company, asOf: string | null) => `latestMetrics|${company.id}|${asOf ?? ''}`;

/** The latest figures of a window proved by `windowHolds` for this date, if it is one. */
export function provedLatest(graph: Graph, company: Company, asOf: string | null): StandardFigure[] | undefined {
  return graph.answers.get(answerKey(company, asOf)) as StandardFigure[] | undefined;
}
