/**
 * Frames: one fact per company for a concept, a unit and a calendar period, as SEC's frames
 * API (`api/xbrl/frames/<taxonomy>/<concept>/<unit>/<period>`) assembles them. SEC names
 * periods by the calendar: `CY2023` a year, `CY2023Q3` a quarter, `CY2023Q3I` the instant
 * that closes a quarter. Its rule, as reconstructed from the `frame` tags of the shared
 * companyfacts (every tag agrees, see test/companyfacts/frames.test.ts):
 *
 * - a duration of 365 ± 30 days is an annual candidate, of 91 ± 30 days a quarterly one,
 *   placed in the calendar year or quarter its midpoint falls in;
 * - an instant (and a duration of at most 31 days, read at its end) is placed at the
 *   nearest calendar quarter end (on a tie, the later one);
 * - of a company's candidates for one frame, the one ending closest to the calendar
 *   period's end wins, then the latest filed, then the higher accession number.
 */
import type { Company, Fact } from '../model.js';
import type { Graph } from '../graph.js';
import { fromDay, toDay } from '../time/fiscal-calendar.js';
import { knownOn } from '../time/report-identity.js';

export type FrameKind = 'ANNUAL' | 'QUARTERLY' | 'INSTANT';

export interface CalendarFrame {
  /** "CY2023", "CY2023Q3", "CY2023Q3I". */
  name: string;
  kind: FrameKind;
  year: number;
  quarter: number | null;
  /** First day of the calendar period; null for an instant. */
  startDate: string | null;
  /** Last day of the calendar period (the instant's date). */
  endDate: string;
}

const NAME = /^CY(\d{4})(?:Q([1-4])(I)?)?$/;

/** The calendar period SEC names `name`; null when it is no frame name. */
export function parseFrame(name: string): CalendarFrame | null {
  const m = NAME.exec(name.trim().toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  const quarter = m[2] ? Number(m[2]) : null;
  const kind: FrameKind = quarter === null ? 'ANNUAL' : m[3] ? 'INSTANT' : 'QUARTERLY';
  const endDate = quarterEnd(year, quarter ?? 4);
  const startDate = kind === 'INSTANT' ? null : quarter === null ? `${year}-01-01` : `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
  return { name: m[0], kind, year, quarter, startDate, endDate };
}

function quarterEnd(year: number, quarter: number): string {
  return fromDay(Date.UTC(year, quarter * 3, 0) / 86_400_000);
}

/** Longest duration read as an instant at its end (SEC frames a month's figure as the quarter-end instant). */
const SHORT_DURATION_DAYS = 31;

/** The frame a period fits by SEC's rule, and how far its end is from the frame's end (days); null when it fits none. */
export function frameOf(startDate: string | null, endDate: string): { name: string; distance: number } | null {
  const end = toDay(endDate);
  const days = startDate === null ? 0 : end - toDay(startDate) + 1;
  if (startDate === null || days <= SHORT_DURATION_DAYS) {
    const year = Number(endDate.slice(0, 4));
    let best: { name: string; distance: number } | null = null;
    for (let y = year - 1; y <= year + 1; y++) {
      for (let q = 1; q <= 4; q++) {
        const distance = Math.abs(toDay(quarterEnd(y, q)) - end);
        // Ascending quarter ends: `<=` lets the later of two equally near ends win.
        if (!best || distance <= best.distance) best = { name: `CY${y}Q${q}I`, distance };
      }
    }
    return best;
  }
  const mid = new Date(((toDay(startDate) + end) / 2) * 86_400_000);
  const year = mid.getUTCFullYear();
  const quarter = Math.floor(mid.getUTCMonth() / 3) + 1;
  if (Math.abs(days - 365) <= 30) return { name: `CY${year}`, distance: Math.abs(end - toDay(quarterEnd(year, 4))) };
  if (Math.abs(days - 91) <= 30) return { name: `CY${year}Q${quarter}`, distance: Math.abs(end - toDay(quarterEnd(year, quarter))) };
  return null;
}

/** One company's fact in a frame. */
export interface FramedFact {
  company: Company;
  fact: Fact;
  frame: string;
  /** Days between the fact's end and the calendar period's end. */
  distance: number;
}

/** Whether `a` fits its frame better than `b` by SEC's rule (closest end, latest filed, higher accession), the primary fact of a disclosure on a tie. */
function better(a: FramedFact, b: FramedFact): boolean {
  if (a.distance !== b.distance) return a.distance < b.distance;
  const [ka, kb] = [knownOn(a.fact.disclosure), knownOn(b.fact.disclosure)];
  if (ka !== kb) return ka > kb;
  const [na, nb] = [a.fact.disclosure.accessionNumber ?? '', b.fact.disclosure.accessionNumber ?? ''];
  if (na !== nb) return na > nb;
  if (a.fact.isPrimary !== b.fact.isPrimary) return a.fact.isPrimary;
  return a.fact.decimals > b.fact.decimals;
}

/**
 * Every frame of every company's reported facts (no dimensions, no convenience translation,
 * nothing derived: SEC frames what filers reported), by concept, unit and frame name. A
 * curated concept mapped to a `us-gaap` name is found under that name too.
 */
export class FrameIndex {
  private readonly byKey = new Map<string, Map<Company, FramedFact>>();

  constructor(companies: readonly Company[]) {
    for (const company of companies) {
      for (const concept of company.concepts) {
        const names = concept.usGaapName ? [concept.name, concept.usGaapName] : [concept.name];
        for (const item of concept.lineItems) {
          for (const fact of item.facts) {
            if (fact.origin !== 'PRINTED' || fact.dimensions.length > 0 || fact.translationOf) continue;
            const fit = frameOf(fact.period.startDate, fact.period.endDate);
            if (!fit) continue;
            const candidate: FramedFact = { company, fact, frame: fit.name, distance: fit.distance };
            for (const name of names) {
              const key = `${name}|${fact.unit}|${fit.name}`;
              let byCompany = this.byKey.get(key);
              if (!byCompany) this.byKey.set(key, (byCompany = new Map()));
              const other = byCompany.get(company);
              if (!other || better(candidate, other)) byCompany.set(company, candidate);
            }
          }
        }
      }
    }
  }

  /** Each company's fact for the concept, unit and frame, in company order. */
  frame(concept: string, unit: string, frame: string): FramedFact[] {
    return [...(this.byKey.get(`${concept}|${unit}|${frame}`)?.values() ?? [])];
  }
}

const indexes = new WeakMap<Graph, FrameIndex>();

/** The graph's frame index, built on first use (the graph never changes once built). */
export function frameIndex(graph: Graph): FrameIndex {
  let index = indexes.get(graph);
  if (!index) indexes.set(graph, (index = new FrameIndex(graph.companies)));
  return index;
}
