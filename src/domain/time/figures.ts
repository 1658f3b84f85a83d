/**
 * Time in the graph: the reports of each figure across disclosures, oldest first; which
 * report was known on a date; and the revisions a later report made. Built once at load.
 */
import { D, roundTo } from '../decimal.js';
import type { Company, Disclosure, Fact, Revision } from '../model.js';
import { figureKey, knownOn, precisionOf } from './report-identity.js';

/** One figure (company, concept, period, dimensions, unit) and every disclosure's report of it. */
export interface Figure {
  /** One fact per disclosure (its most precise), oldest disclosure first. */
  reports: Fact[];
  /** When each report became known, parallel to `reports`. */
  knownOn: string[];
}

/** Whether two reports state the same value once both are read at the coarser precision. */
export function sameValue(a: Fact, b: Fact): boolean {
  // The same digits are the same value at any precision: most reports restate a figure as first filed, and decimals are costly.
  if (a.value === b.value && a.value !== '' && Number.isFinite(Number(a.value))) return true;
  const decimals = Math.min(precisionOf(a), precisionOf(b));
  const x = new D(a.value);
  const y = new D(b.value);
  if (!Number.isFinite(decimals)) return x.eq(y);
  return roundTo(x, decimals).eq(roundTo(y, decimals));
}

export class Timeline {
  private readonly figuresByKey = new Map<string, Figure>();
  private readonly figureByFact = new Map<Fact, Figure>();
  private readonly revisionsByCompany = new Map<Company, Revision[]>();
  private readonly revisionsByDisclosure = new Map<Disclosure, Revision[]>();

  /**
   * Groups every printed fact into figures; derived facts report nothing of their own.
   * `register` receives each revision found, to make it a node of the graph.
   */
  constructor(facts: Iterable<Fact>, register: (revision: Revision) => Revision = (r) => r) {
    const byDisclosure = new Map<string, Map<string, Fact>>();
    for (const fact of facts) {
      if (fact.origin !== 'PRINTED') continue;
      const key = figureKey(fact);
      let figure = this.figuresByKey.get(key);
      if (!figure) this.figuresByKey.set(key, (figure = { reports: [], knownOn: [] }));
      this.figureByFact.set(fact, figure);
      let perDisclosure = byDisclosure.get(key);
      if (!perDisclosure) byDisclosure.set(key, (perDisclosure = new Map()));
      const best = perDisclosure.get(fact.disclosure.id);
      if (!best || precisionOf(fact) > precisionOf(best)) perDisclosure.set(fact.disclosure.id, fact);
    }
    for (const [key, perDisclosure] of byDisclosure) {
      const figure = this.figuresByKey.get(key)!;
      // Known the same day (both without a filing date), an amendment still comes after what it amends.
      figure.reports = [...perDisclosure.values()].sort((a, b) => knownOn(a.disclosure).localeCompare(knownOn(b.disclosure)) || Number(a.disclosure.isAmendment) - Number(b.disclosure.isAmendment) || a.disclosure.id.localeCompare(b.disclosure.id));
      figure.knownOn = figure.reports.map((f) => knownOn(f.disclosure));
      for (let i = 1; i < figure.reports.length; i++) {
        const previous = figure.reports[i - 1];
        const revised = figure.reports[i];
        if (sameValue(previous, revised)) continue;
        const company = revised.lineItem.company;
        const revision = register({ type: 'Revision', id: `${revised.id}~${previous.id}`, company, previous, revised, difference: new D(revised.value).minus(previous.value).toFixed() });
        push(this.revisionsByCompany, company, revision);
        push(this.revisionsByDisclosure, revised.disclosure, revision);
      }
    }
  }

  /** Every report of the fact's figure, oldest disclosure first; a derived fact is its own only report. */
  reportsOf(fact: Fact): readonly Fact[] {
    return this.figureByFact.get(fact)?.reports ?? [fact];
  }

  /** False when a later disclosure reported the figure again. */
  isLatest(fact: Fact): boolean {
    const figure = this.figureByFact.get(fact);
    if (!figure) return fact.derivedFrom.every((input) => this.isLatest(input));
    return figure.reports[figure.reports.length - 1].disclosure === fact.disclosure;
  }

  /** The report of a figure from the latest disclosure known on or before `date`. */
  reportAsOf(figure: Figure, date: string): Fact | undefined {
    let lo = 0;
    let hi = figure.knownOn.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (figure.knownOn[mid] <= date) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? undefined : figure.reports[lo - 1];
  }

  /**
   * What was known on `date` of the figures among `facts`: one fact per figure (concept,
   * period, dimensions, unit), in the order the figures first appear. A printed figure's
   * answer is the report of the latest disclosure known by then. A derived fact counts
   * when each of its inputs is what was known of its own figure on that date; where a
   * figure has both (a quarter stated only in rounded prose, and derived from the tables),
   * the more precise wins, the printed one on a tie. Twin line items of one concept (a
   * figure printed in several statements) give one answer.
   */
  asOf(facts: readonly Fact[], date: string): Fact[] {
    const best = new Map<string, Fact>();
    const seen = new Set<Figure>();
    for (const fact of facts) {
      const figure = this.figureByFact.get(fact);
      let candidate: Fact | undefined;
      if (figure) {
        if (seen.has(figure)) continue;
        seen.add(figure);
        candidate = this.reportAsOf(figure, date);
      } else if (fact.origin === 'DERIVED' && fact.derivedFrom.every((input) => this.knownAsOf(input, date))) {
        candidate = fact;
      }
      if (!candidate) continue;
      const key = figureKey(candidate);
      const other = best.get(key);
      if (!other || precisionOf(candidate) > precisionOf(other) || (precisionOf(candidate) === precisionOf(other) && candidate.origin === 'PRINTED' && other.origin !== 'PRINTED')) {
        best.set(key, candidate);
      }
    }
    return [...best.values()];
  }

  private knownAsOf(fact: Fact, date: string): boolean {
    const figure = this.figureByFact.get(fact);
    return figure ? this.reportAsOf(figure, date) === fact : false;
  }

  /** Figures whose value a later disclosure changed, by figure, oldest revision first. */
  revisions(company: Company): readonly Revision[] {
    return this.revisionsByCompany.get(company) ?? [];
  }

  /** Figures whose value this disclosure changed from an earlier report. */
  revisionsBy(disclosure: Disclosure): readonly Revision[] {
    return this.revisionsByDisclosure.get(disclosure) ?? [];
  }

  /** The figures among `facts` (derived facts report none), in first-appearance order. */
  figures(facts: readonly Fact[]): Figure[] {
    const figures = new Set<Figure>();
    for (const f of facts) {
      const figure = this.figureByFact.get(f);
      if (figure) figures.add(figure);
    }
    return [...figures];
  }

  /** What is known now of the figures among `facts`: `asOf` with every disclosure known. */
  latest(facts: readonly Fact[]): Fact[] {
    return this.asOf(facts, END_OF_TIME);
  }
}

/** Later than any disclosure's date. */
const END_OF_TIME = '9999-12-31';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
