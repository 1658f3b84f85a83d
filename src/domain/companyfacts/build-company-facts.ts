/**
 * Links SEC's companyfacts (read by src/companyfacts) into the graph. Each record is a
 * report of a figure by a disclosure, its accession: one disclosure per accession (the
 * loaded filing's own, where the filing is loaded too; otherwise one made from the records:
 * form, filing date, period of report), one fact per record, so a company known only from
 * its companyfacts has its whole history through the same time machinery as a filing
 * (reports per figure, revisions, as-of, derived quarters, series). Periods are named by
 * the company's fiscal calendar, never by SEC's `fy`/`fp`, which are the filing's focus.
 * Where the filing is loaded too, its fact carries the record as a second source and a
 * COMPANY_FACTS check says whether the two values agree.
 */
import { setConceptDefinition } from '../concept-definition.js';
import { relative } from 'node:path';
import type { CompanyFactConcept, CompanyFactRecord, CompanyFacts } from '../../companyfacts/read-company-facts.js';
import { D } from '../decimal.js';
import { NO_DIMENSIONS } from '../dimensions.js';
import { addDisclosure, companyPeriod, conceptFor, slugify } from '../entities.js';
import { addFiledFact, lineItemOf } from '../filings/filing-facts.js';
import type { Graph } from '../graph.js';
import type { Check, Company, CompanyFactsFiling, CompanyFactsSource, Concept, Disclosure, DisclosureKind, Exchange, Fact, LineItem, Period, Security } from '../model.js';
import { formatDate } from '../period.js';
import { focusOf, isWeekBased, toDay } from '../time/fiscal-calendar.js';
import { isCurrency } from '../time/report-identity.js';

/** `submissions.json` exchange names → the exchanges of the API. */
const EXCHANGES: Record<string, Exchange> = { Nasdaq: 'NASDAQ', NASDAQ: 'NASDAQ', NYSE: 'NYSE', 'NYSE American': 'NYSE_AMERICAN', 'NYSE Arca': 'NYSE_ARCA', CBOE: 'CBOE' };

/** Adds every companyfacts file's company, disclosures, concepts and facts; returns the companies touched. */
export function buildCompanyFacts(graph: Graph, list: readonly CompanyFacts[], root: string, checks = true): Company[] {
  return list.map((cf) => buildOne(graph, cf, root, checks));
}

/**
 * What building a file's records reads across all its concepts: each accession's summary (its
 * first record's form and dates, its period of report and currency) and the company's fiscal
 * year end. A concept slice (src/store/read-slice.ts) holds the records of a few concepts
 * only: it carries these, taken from every record when the company's whole graph was built,
 * so that its disclosures and periods are those of the whole graph.
 */
export interface CompanyFactsBasis {
  accessions: [accession: string, summary: AccessionSummary][];
  fiscalYearEnd: Company['fiscalYearEnd'];
}

/** A companyfacts file with only some concepts' records, and the basis taken from all of them. */
export interface CompanyFactsSlice extends CompanyFacts {
  basis: CompanyFactsBasis;
}

/** The basis of a whole file (see `CompanyFactsBasis`). */
export function companyFactsBasis(cf: CompanyFacts): CompanyFactsBasis {
  return { accessions: [...summarise(cf)], fiscalYearEnd: fiscalYearEndOf(cf) };
}

function buildOne(graph: Graph, cf: CompanyFacts, root: string, checks: boolean): Company {
  const { basis } = cf as Partial<CompanyFactsSlice>;
  const company = graph.companyByCik(cf.cik) ?? newCompany(graph, cf, basis?.fiscalYearEnd);
  addListings(graph, company, cf);
  const file = relative(root, cf.path) || cf.path;
  const sha256 = cf.sha256;
  const loaded = new Map<string, Disclosure>();
  for (const d of company.disclosures) if (d.accessionNumber) loaded.set(d.accessionNumber, d);
  const own = new Map<string, Target>();
  const merged = new Map<string, Target>();

  for (const [accession, summary] of basis ? basis.accessions : summarise(cf)) {
    const filing: CompanyFactsFiling = { accessionNumber: accession, form: summary.form, filedOn: summary.filed, secFiscalYear: summary.fy, secFiscalPeriod: summary.fp, file };
    const existing = loaded.get(accession);
    if (existing) {
      merged.set(accession, { disclosure: existing, filing, factOf: filedFacts(existing) });
      continue;
    }
    const periodOfReport = cf.submissions?.reportDates.get(accession) ?? summary.periodOfReport;
    const { fiscalYear, fiscalPeriod } = focusOf(periodOfReport, company.fiscalYearEnd);
    const kind = kindOf(summary.form);
    const disclosure = addDisclosure(graph, {
      id: `${company.id}/${accession}`,
      slug: accession,
      company,
      title: `${company.name} ${summary.form} filed ${formatDate(summary.filed)} (SEC companyfacts)`,
      kind,
      date: summary.filed,
      audited: kind === 'ANNUAL_REPORT',
      isAmendment: /\/A$/i.test(summary.form),
      form: summary.form,
      periodOfReport,
      fiscalYearFocus: fiscalYear,
      fiscalPeriodFocus: fiscalPeriod,
      accessionNumber: accession,
      filedOn: summary.filed,
      reportingCurrency: summary.currency,
      source: {
        path: file,
        sha256,
        description: `SEC companyfacts records of accession ${accession}: the filing's facts without dimensions, as SEC extracted them from its XBRL.`,
        publisher: 'SEC EDGAR',
        url: `https://www.sec.gov/Archives/edgar/data/${Number(cf.cik)}/${accession.replace(/-/g, '')}/`,
        text: null,
        isVerified: true,
      },
      convenienceTranslation: null,
    });
    company.disclosures.push(disclosure);
    own.set(accession, { disclosure, filing, factOf: null });
  }

  const checksOf = new Map<Disclosure, number>();
  for (const x of cf.concepts) {
    const concept = describeConcept(graph, company, x);
    let latest: Disclosure | null = null;
    for (const { unit, records } of x.units) {
      const lineItem = lineItemOf(graph, concept, 'OTHER', unitOf(unit));
      const seen = new Set<string>();
      for (const r of records) {
        const key = `${r.accession}|${r.start ?? ''}|${r.end}|${r.value}`;
        if (seen.has(key)) continue; // SEC lists a few records twice
        seen.add(key);
        const period = companyPeriod(graph, company, r.start, r.end);
        const target: Target = own.get(r.accession) ?? merged.get(r.accession)!;
        const source: CompanyFactsSource = { kind: 'COMPANY_FACTS', disclosure: target.disclosure, filing: target.filing, frame: r.frame };
        if (!latest || target.disclosure.date > latest.date) latest = target.disclosure;
        const filed = target.factOf?.get(`${concept.name}|${period.id}|${unit}`);
        if (filed) {
          filed.companyFacts = source;
          if (checks) recordAgreement(graph, checksOf, filed, r);
          continue;
        }
        const fact = addFact(graph, lineItem, concept, period, unit, r, source);
        if (checks && target.factOf) recordMissing(graph, checksOf, fact, r);
      }
    }
    if (latest) addDefinition(graph, concept, x, latest);
  }
  company.disclosures.sort((a, b) => b.date.localeCompare(a.date) || b.periodOfReport.localeCompare(a.periodOfReport) || b.id.localeCompare(a.id));
  return company;
}

/** Where an accession's records go: the disclosure, and the loaded filing's facts when it is a loaded filing's. */
interface Target {
  disclosure: Disclosure;
  filing: CompanyFactsFiling;
  factOf: Map<string, Fact> | null;
}

export interface AccessionSummary {
  form: string;
  filed: string;
  fy: number | null;
  fp: string | null;
  periodOfReport: string;
  currency: string;
}

/**
 * What the records of each accession share, and what they imply: the period of report is
 * the last day any of its standard-taxonomy durations ends (a balance sheet date equals it;
 * cover facts such as shares outstanding are dated later and are left out), else its last instant.
 */
function summarise(cf: CompanyFacts): Map<string, AccessionSummary> {
  const acc = new Map<string, { r: CompanyFactRecord; durationEnd: string; instantEnd: string; anyEnd: string; currencies: Map<string, number> }>();
  for (const concept of cf.concepts) {
    const cover = concept.taxonomy === 'dei';
    for (const { unit, records } of concept.units) {
      for (const r of records) {
        let a = acc.get(r.accession);
        if (!a) acc.set(r.accession, (a = { r, durationEnd: '', instantEnd: '', anyEnd: '', currencies: new Map() }));
        if (r.end > a.anyEnd) a.anyEnd = r.end;
        if (!cover && r.start && r.end > a.durationEnd) a.durationEnd = r.end;
        if (!cover && !r.start && r.end > a.instantEnd) a.instantEnd = r.end;
        if (isCurrency(unit)) a.currencies.set(unit, (a.currencies.get(unit) ?? 0) + 1);
      }
    }
  }
  const out = new Map<string, AccessionSummary>();
  for (const [accession, a] of acc) {
    let currency = 'XXX'; // ISO 4217: no currency, for an accession that reports no amount
    for (const [c, n] of a.currencies) if (currency === 'XXX' || n > a.currencies.get(currency)!) currency = c;
    out.set(accession, { form: a.r.form, filed: a.r.filed, fy: a.r.fy, fp: a.r.fp, periodOfReport: a.durationEnd || a.instantEnd || a.anyEnd, currency });
  }
  return out;
}

function newCompany(graph: Graph, cf: CompanyFacts, fiscalYearEnd: Company['fiscalYearEnd'] = fiscalYearEndOf(cf)): Company {
  const name = cf.submissions?.name ?? cf.entityName;
  const company: Company = graph.add({
    type: 'Company',
    id: `cik-${cf.cik}`,
    slug: slugify(name),
    cik: cf.cik,
    name,
    legalName: cf.entityName,
    formerNames: cf.entityName !== name ? [cf.entityName] : [],
    fiscalYearEnd,
    securities: [],
    listings: [],
    disclosures: [],
    lineItems: [],
    concepts: [],
    conceptPrefix: slugify(cf.submissions?.tickers[0] ?? name),
  });
  graph.companies.push(company);
  graph.indexCik(cf.cik, company);
  return company;
}

/**
 * The fiscal year end from the annual reports' own periods: the end of the latest year-long
 * duration an annual form reports, and whether year ends fall on weekdays rather than month
 * ends (52/53-week years). `submissions.json`'s `fiscalYearEnd` where no annual period is reported.
 */
function fiscalYearEndOf(cf: CompanyFacts): Company['fiscalYearEnd'] {
  const ends: string[] = [];
  for (const concept of cf.concepts) {
    if (concept.taxonomy === 'dei') continue;
    for (const { records } of concept.units) {
      for (const r of records) {
        if (!r.start || !/^(10-K|20-F|40-F)/.test(r.form)) continue;
        const days = toDay(r.end) - toDay(r.start) + 1;
        if (days >= 350 && days <= 380) ends.push(r.end);
      }
    }
  }
  ends.sort();
  const latest = ends.at(-1) ?? (cf.submissions?.fiscalYearEnd ? `0000-${cf.submissions.fiscalYearEnd.slice(0, 2)}-${cf.submissions.fiscalYearEnd.slice(2)}` : '0000-12-31');
  const [month, day] = latest.slice(5).split('-').map(Number);
  return { month, day, weekBased: isWeekBased([...new Set(ends)]) };
}

/** One security and listing per ticker `submissions.json` names, unless the company has listings already. */
function addListings(graph: Graph, company: Company, cf: CompanyFacts): void {
  if (company.listings.length > 0 || !cf.submissions) return;
  cf.submissions.tickers.forEach((ticker, i) => {
    if (graph.hasTicker(ticker)) return; // another company's: the filings decide
    const security: Security = graph.add({ type: 'Security', id: `${company.id}/${slugify(ticker)}`, company, name: 'Common stock', kind: 'ORDINARY_SHARE', shareClass: null, underlying: null, underlyingPerUnit: null, listings: [] });
    const listing = { ticker: ticker.toUpperCase(), exchange: EXCHANGES[cf.submissions!.exchanges[i] ?? ''] ?? 'OTHER', security, company, listedFrom: null, listedUntil: null };
    company.securities.push(security);
    company.listings.push(listing);
    security.listings.push(listing);
    graph.indexListing(listing);
  });
}

function kindOf(form: string): DisclosureKind {
  if (/^(10-K|20-F|40-F)/.test(form)) return 'ANNUAL_REPORT';
  if (/^(10-Q|6-K)/.test(form)) return 'INTERIM_REPORT';
  return 'ANNOUNCEMENT';
}

/** "USD/shares" → the measures the filing reader would give. */
function unitOf(unit: string) {
  const [numerator, denominator] = unit.split('/');
  return { id: unit, numerator: [numerator], denominator: denominator ? [denominator] : [], name: unit };
}

/** The company's concept, created with SEC's label where no filing declared it. */
function describeConcept(graph: Graph, company: Company, x: CompanyFactConcept): Concept {
  const label = x.label ?? x.name;
  const concept = conceptFor(graph, company, x.name, () => ({ label, labels: [], periodType: null, balance: null, dataType: null, isAbstract: false, usGaapName: null }));
  if (concept.label === concept.name) concept.label = label;
  if (concept.labels.length === 0) {
    concept.labels = [{ role: 'STANDARD', roleName: 'label', text: label }];
    if (x.description) concept.labels.push({ role: 'DOCUMENTATION', roleName: 'documentation', text: x.description });
  }
  if (concept.periodType === null) {
    const instants = x.units.every((u) => u.records.every((r) => r.start === null));
    const durations = x.units.every((u) => u.records.every((r) => r.start !== null));
    concept.periodType = instants ? 'INSTANT' : durations ? 'DURATION' : null;
  }
  return concept;
}

/** The taxonomy's definition of the concept, as its documentation, where no filing gave one. */
function addDefinition(graph: Graph, concept: Concept, x: CompanyFactConcept, disclosure: Disclosure): void {
  if (!x.description) return;
  // The one place a concept's definition is set: a filing's documentation label or SEC's renderings rank above this.
  setConceptDefinition(graph, concept, concept.lineItems[0], x.description, 'COMPANYFACTS', disclosure);
}

/** A loaded filing's facts without dimensions, by concept, period and unit. */
function filedFacts(disclosure: Disclosure): Map<string, Fact> {
  const map = new Map<string, Fact>();
  for (const f of disclosure.facts) {
    if (f.dimensions.length > 0 || f.origin !== 'PRINTED') continue;
    const key = `${f.concept.name}|${f.period.id}|${f.unit}`;
    const other = map.get(key);
    if (!other || f.decimals > other.decimals) map.set(key, f);
  }
  return map;
}

function addFact(graph: Graph, lineItem: LineItem, concept: Concept, period: Period, unit: string, r: CompanyFactRecord, source: CompanyFactsSource): Fact {
  const disclosure = source.disclosure;
  return addFiledFact(graph, {
    id: `${disclosure.id}/cf/${disclosure.facts.length}`,
    lineItem,
    concept,
    period,
    dimensions: NO_DIMENSIONS,
    unit,
    value: r.value,
    // companyfacts gives no precision: unknown, so reports are compared exactly.
    decimals: NaN,
    disclosure,
    source,
  });
}

function addCheck(graph: Graph, checksOf: Map<Disclosure, number>, disclosure: Disclosure, fields: Omit<Check, 'type' | 'id' | 'disclosure' | 'kind' | 'tolerance'>): void {
  const n = (checksOf.get(disclosure) ?? disclosure.checks.filter((c) => c.kind === 'COMPANY_FACTS').length) + 1;
  checksOf.set(disclosure, n);
  disclosure.checks.push(graph.add({ type: 'Check', id: `${disclosure.id}/company-facts/${n}`, disclosure, kind: 'COMPANY_FACTS', tolerance: '0', ...fields }));
}

/** The filing's fact and SEC's record of it state the same value. */
function recordAgreement(graph: Graph, checksOf: Map<Disclosure, number>, fact: Fact, r: CompanyFactRecord): void {
  const agree = new D(fact.value).eq(r.value);
  addCheck(graph, checksOf, fact.disclosure, {
    name: `SEC companyfacts states ${fact.concept.name} for ${fact.period.label} (${fact.unit}) as the filing does`,
    expected: r.value,
    actual: fact.value,
    status: agree ? 'PASS' : 'FAIL',
    detail: agree ? `companyfacts ${r.value} = filed ${fact.value}` : `companyfacts ${r.value} ≠ filed ${fact.value}`,
    subject: fact,
    inputs: [],
  });
}

/** SEC's record names a fact the loaded filing does not have (without dimensions): kept from companyfacts, and reported. */
function recordMissing(graph: Graph, checksOf: Map<Disclosure, number>, fact: Fact, r: CompanyFactRecord): void {
  addCheck(graph, checksOf, fact.disclosure, {
    name: `SEC companyfacts states ${fact.concept.name} for ${fact.period.label} (${fact.unit}) as the filing does`,
    expected: r.value,
    actual: '',
    status: 'FAIL',
    detail: 'the loaded filing has no numeric fact of this concept, period and unit without dimensions; the value is served from companyfacts',
    subject: fact,
    inputs: [],
  });
}
