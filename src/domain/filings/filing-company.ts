import type { XbrlFiling } from '../../xbrl/xbrl-filing.js';
import type { Graph } from '../graph.js';
import type { Company, Exchange, Security, SecurityKind } from '../model.js';
import { slugify } from '../entities.js';
import { focusOf, isWeekBased, type FiscalEra, type FiscalYearEnd } from '../time/fiscal-calendar.js';

/** `dei:SecurityExchangeName` codes → the exchanges of the API. */
const EXCHANGES: Record<string, Exchange> = { NASDAQ: 'NASDAQ', NYSE: 'NYSE', NYSEAMER: 'NYSE_AMERICAN', NYSEArca: 'NYSE_ARCA', CBOE: 'CBOE' };

function securityKind(title: string): SecurityKind {
  if (/depositary/i.test(title)) return 'ADS';
  if (/preferred/i.test(title)) return 'PREFERRED_SHARE';
  if (/\bnotes?\b|bonds?|debentures?/i.test(title)) return 'BOND';
  return 'ORDINARY_SHARE';
}

/** `--09-30` → { month: 9, day: 30 }; null for anything else. */
function monthDay(value: string | null): { month: number; day: number } | null {
  const m = value ? /^--(\d{2})-(\d{2})$/.exec(value.trim()) : null;
  return m ? { month: Number(m[1]), day: Number(m[2]) } : null;
}

/**
 * The company of a CIK's filings (oldest first): the curated company with that CIK when
 * there is one, else a new one named, tickered and given its fiscal year end by the cover
 * of its latest filing; earlier names become former names.
 */
export function companyForFilings(graph: Graph, filings: readonly XbrlFiling[]): Company {
  const latest = filings[filings.length - 1];
  const { cover } = latest;
  const { fiscalYearEnd, fiscalEras } = fiscalCalendar(filings);
  let company = graph.companyByCik(cover.cik);
  if (!company) {
    company = graph.add({
      type: 'Company',
      id: `cik-${cover.cik}`,
      slug: slugify(cover.registrantName),
      cik: cover.cik,
      name: cover.registrantName,
      legalName: cover.registrantName,
      formerNames: [...new Set(filings.map((f) => f.cover.registrantName))].filter((n) => n !== cover.registrantName),
      fiscalYearEnd,
      fiscalEras,
      securities: [],
      listings: [],
      disclosures: [],
      lineItems: [],
      concepts: [],
      conceptPrefix: latest.concepts.size > 0 ? companyPrefix(latest) : slugify(cover.registrantName),
    });
    graph.companies.push(company);
    graph.indexCik(cover.cik, company);
  }
  addListings(graph, company, filings);
  return company;
}

/**
 * The company's fiscal calendar from its filings (oldest first): each filing's own year end
 * (`dei:CurrentFiscalYearEndDate`, else that of the nearest filing stating one) for the periods
 * it reports, so a change of year end does not relabel the years before it; 52/53-week years
 * when any reported end is off a month end; the actual year ends its annual reports give; and
 * the naming of years the covers' `dei:DocumentFiscalYearFocus` use most.
 */
function fiscalCalendar(filings: readonly XbrlFiling[]): { fiscalYearEnd: FiscalYearEnd; fiscalEras: FiscalEra[] } {
  const stated = filings.map((f) => monthDay(f.cover.fiscalYearEnd));
  // No fiscal year end on any cover: an annual report's period ends on it.
  const fallback = monthDay(`--${filings.find((f) => f.cover.fiscalPeriodFocus === 'FY')?.cover.periodEndDate.slice(5) ?? '12-31'}`)!;
  const nearest = (i: number) => {
    for (let d = 0; d < filings.length; d++) {
      const later = stated[i + d];
      if (later) return later;
      const earlier = stated[i - d];
      if (earlier) return earlier;
    }
    return fallback;
  };
  // Apple's years end on the last Saturday of September: its covers and periods end off month ends.
  const weekBased = isWeekBased(filings.flatMap((f) => [f.cover.fiscalYearEnd ?? '', f.cover.periodEndDate]).filter(Boolean));
  const knownEnds = [...new Set(filings.filter((f) => f.cover.fiscalPeriodFocus === 'FY' || /^(10-K|20-F|40-F)/.test(f.cover.documentType)).map((f) => f.cover.periodEndDate))].sort();
  const offsets = new Map<number, number>();
  filings.forEach((f, i) => {
    if (f.cover.fiscalYearFocus === null || !/^(FY|Q[1-4])$/.test(f.cover.fiscalPeriodFocus ?? '')) return;
    const computed = focusOf(f.cover.periodEndDate, { ...nearest(i), weekBased, knownEnds }).fiscalYear;
    const offset = f.cover.fiscalYearFocus - computed;
    if (Math.abs(offset) <= 1) offsets.set(offset, (offsets.get(offset) ?? 0) + 1);
  });
  // The most used; on a tie, the calendar year the year ends in.
  const yearNameOffset = [...offsets].sort((a, b) => b[1] - a[1] || Math.abs(a[0]) - Math.abs(b[0]))[0]?.[0] ?? 0;
  const fiscalEras = filings.map((f, i) => ({ through: f.cover.periodEndDate, fiscalYearEnd: { ...nearest(i), weekBased, knownEnds, yearNameOffset } }));
  return { fiscalYearEnd: fiscalEras[fiscalEras.length - 1].fiscalYearEnd, fiscalEras };
}

/** The prefix of the company's own extension concepts: the most used prefix that is not a standard taxonomy's. */
function companyPrefix(filing: XbrlFiling): string {
  const counts = new Map<string, number>();
  for (const name of filing.concepts.keys()) {
    const prefix = name.slice(0, name.indexOf(':'));
    const ns = filing.concepts.get(name)!.namespace;
    if (/xbrl\.(sec\.gov|org|us)|fasb\.org|xbrl\.ifrs\.org/.test(ns)) continue;
    counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? slugify(filing.cover.registrantName);
}

/** The day a filing became known: its filing date, else the end of its period. */
const filingDay = (f: XbrlFiling) => f.metadata?.filingDate ?? f.cover.periodEndDate;

/**
 * One security and listing per trading symbol the covers state, with its exchange and title
 * from the same context (the latest filing's), dated from the first filing that states it to
 * the last, or open while the latest filing still does. A ticker another company used
 * before, or uses later, is no conflict: tickers are resolved as of a date.
 */
function addListings(graph: Graph, company: Company, filings: readonly XbrlFiling[]): void {
  const seen = new Map<string, { entry: Record<string, string>; from: string; until: string }>();
  const latestDay = filingDay(filings[filings.length - 1]);
  for (const filing of filings) {
    const day = filingDay(filing);
    for (const entry of tickersOf(filing)) {
      const known = seen.get(entry.TradingSymbol);
      if (!known) seen.set(entry.TradingSymbol, { entry, from: day, until: day });
      else {
        known.entry = { ...known.entry, ...entry };
        if (day < known.from) known.from = day;
        if (day > known.until) known.until = day;
      }
    }
  }
  for (const [ticker, { entry, from, until }] of seen) {
    if (company.listings.some((l) => l.ticker.toUpperCase() === ticker)) continue;
    const title = entry.Security12bTitle ?? 'Common stock';
    const security: Security = graph.add({
      type: 'Security',
      id: `${company.id}/${slugify(ticker)}`,
      company,
      name: title,
      kind: securityKind(title),
      shareClass: null,
      underlying: null,
      underlyingPerUnit: null,
      listings: [],
    });
    const listing = { ticker, exchange: EXCHANGES[entry.SecurityExchangeName ?? ''] ?? 'OTHER', security, company, listedFrom: from, listedUntil: until >= latestDay ? null : until };
    company.securities.push(security);
    company.listings.push(listing);
    security.listings.push(listing);
    graph.indexListing(listing);
  }
}

/** The trading symbols a filing's cover states, each with its exchange and title from the same context. */
function tickersOf(filing: XbrlFiling): Record<string, string>[] {
  const byContext = new Map<string, Record<string, string>>();
  for (const fact of filing.facts) {
    if (!fact.concept.startsWith('dei:') || fact.value === null) continue;
    const local = fact.concept.slice(4);
    if (local !== 'TradingSymbol' && local !== 'SecurityExchangeName' && local !== 'Security12bTitle') continue;
    const entry = byContext.get(fact.context.id) ?? {};
    entry[local] = fact.value;
    byContext.set(fact.context.id, entry);
  }
  const symbols: Record<string, string>[] = [...byContext.values()].filter((e) => e.TradingSymbol);
  for (const ticker of filing.cover.tradingSymbols) if (!symbols.some((e) => e.TradingSymbol === ticker)) symbols.push({ TradingSymbol: ticker });
  // A cover may name several symbols in one fact ("ABC, ABC.WS") or none ("N/A"); a space
  // belongs to the symbol ("AEON WS" is AEON's warrants, not a ticker "WS").
  return symbols.flatMap((entry): Record<string, string>[] =>
    entry.TradingSymbol.split(/[,;]+/)
      .map((t) => t.trim().replace(/\s+/g, ' '))
      .filter((t) => t && !/^(N\/?A|NONE)$/i.test(t))
      .map((t) => ({ ...entry, TradingSymbol: t.toUpperCase() })),
  );
}
