/**
 * Links XBRL filings (as the reader hands them over, src/xbrl) into the graph beside the
 * curated data: one company per CIK, one disclosure per filing, one concept and one line
 * item per company and concept, one fact per reported numeric element, one statement table
 * per presentation role, and the calculation and duplicate checks. Nothing here knows any
 * company: every name, label, period and unit comes from the filing.
 */
import { relative } from 'node:path';
import type { XbrlFiling } from '../../xbrl/xbrl-filing.js';
import { XbrlError } from '../../xbrl/errors.js';
import { setAsideOf } from '../../xbrl/set-aside.js';
import type { Graph } from '../graph.js';
import type { Company, Disclosure, DisclosureKind } from '../model.js';
import { formatDate } from '../period.js';
import { addDisclosure, slugify } from '../entities.js';
import { companyForFilings } from './filing-company.js';
import { buildFilingFacts } from './filing-facts.js';
import { buildFilingTables } from './filing-tables.js';
import { buildFilingFootnotes } from './filing-footnotes.js';
import { recordFilingChecks } from './filing-checks.js';
import { linkCalculationWeights } from './filing-weights.js';
import { sha256Of } from './hash.js';
import { detachStrings } from './detach-strings.js';
import { Savepoint } from './savepoint.js';

/**
 * Adds every filing to the graph, oldest period first (an original before its amendments),
 * so each company's name, labels and line items' calculation weights come from its latest
 * filing. `root` is the filings folder (paths in the API are relative to it). A filing that
 * cannot be linked is set aside whole (`graph.setAsideFilings`): its company's filings are
 * linked again without it from the state before them (see `Savepoint`), so nothing it added
 * stays, neither its facts nor its tickers or name on the company. Returns the filings built.
 * `checks`: whether the filings' checks are recorded (see `BuildOptions`).
 */
export function buildFilings(graph: Graph, filings: readonly XbrlFiling[], root: string, checks = true): XbrlFiling[] {
  const built: XbrlFiling[] = [];
  const byCik = new Map<string, XbrlFiling[]>();
  for (const filing of filings.map((f) => detachStrings(f))) {
    const list = byCik.get(filing.cover.cik);
    if (list) list.push(filing);
    else byCik.set(filing.cover.cik, [filing]);
  }
  for (const [cik, list] of byCik) {
    list.sort((a, b) => a.cover.periodEndDate.localeCompare(b.cover.periodEndDate) || Number(isAmendment(a)) - Number(isAmendment(b)) || (a.metadata?.filingDate ?? '').localeCompare(b.metadata?.filingDate ?? '') || a.accession.key.localeCompare(b.accession.key));
    let remaining = list;
    while (remaining.length > 0) {
      const savepoint = new Savepoint(graph, graph.companyByCik(cik));
      const failure = buildCompanyFilings(graph, remaining, root, checks);
      if (failure === null) {
        savepoint.release();
        built.push(...remaining);
        break;
      }
      savepoint.rollback();
      graph.setAsideFilings.push(setAsideOf(failure.filing.folder, failure.error));
      remaining = remaining.filter((f) => f !== failure.filing);
    }
  }
  return built;
}

/** Links one company's filings (oldest first); the first that throws is returned with its error, and the graph is then half-built. */
function buildCompanyFilings(graph: Graph, list: readonly XbrlFiling[], root: string, checks: boolean): { filing: XbrlFiling; error: unknown } | null {
  const latest = list[list.length - 1];
  let company: Company;
  try {
    // The company's name, calendar and tickers come from all its filings: a fault here is charged to the latest, which names it.
    company = companyForFilings(graph, list);
  } catch (error) {
    return { filing: latest, error };
  }
  for (const filing of list) {
    try {
      buildFiling(graph, company, filing, root, checks);
    } catch (error) {
      return { filing, error };
    }
  }
  try {
    linkCalculationWeights(graph, company, latest);
  } catch (error) {
    return { filing: latest, error };
  }
  company.disclosures.sort((a, b) => b.date.localeCompare(a.date) || b.periodOfReport.localeCompare(a.periodOfReport) || Number(b.isAmendment) - Number(a.isAmendment));
  return null;
}

/** An amendment: `dei:AmendmentFlag` true, or a form ending in /A (10-K/A). */
export function isAmendment(filing: XbrlFiling): boolean {
  return filing.cover.amendment || /\/A$/i.test(filing.cover.documentType);
}

function buildFiling(graph: Graph, company: Company, filing: XbrlFiling, root: string, checks: boolean): Disclosure {
  const disclosure = filingDisclosure(graph, company, filing, root);
  const built = buildFilingFacts(graph, disclosure, filing);
  buildFilingTables(graph, disclosure, filing, built);
  buildFilingFootnotes(graph, disclosure, filing, built);
  if (checks) recordFilingChecks(graph, disclosure, filing, built);
  return disclosure;
}

function kindOf(form: string): DisclosureKind {
  if (/^(10-K|20-F|40-F)/.test(form)) return 'ANNUAL_REPORT';
  if (/^(10-Q|6-K)/.test(form)) return 'INTERIM_REPORT';
  return 'ANNOUNCEMENT';
}

/**
 * The currency most of the filing's monetary facts are in: filings name no reporting
 * currency of their own, and a foreign filer reports in its own. `XXX` (ISO 4217: no
 * currency) for a filing that reports no amount.
 */
function reportingCurrency(filing: XbrlFiling): string {
  const counts = new Map<string, number>();
  for (const fact of filing.facts) {
    const unit = fact.unit;
    if (!unit || unit.denominator.length > 0 || unit.numerator.length !== 1 || !/^[A-Z]{3}$/.test(unit.numerator[0])) continue;
    if (filing.concepts.get(fact.concept)?.dataType?.endsWith('monetaryItemType') === false) continue;
    counts.set(unit.numerator[0], (counts.get(unit.numerator[0]) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [currency, n] of counts) if (best === null || n > counts.get(best)!) best = currency;
  // A filing without amounts (a cover-only amendment) reports in no currency: ISO 4217's XXX.
  return best ?? 'XXX';
}

function filingDisclosure(graph: Graph, company: Company, filing: XbrlFiling, root: string): Disclosure {
  const { cover, metadata } = filing;
  const form = cover.documentType;
  // Disclosures are one per accession number: the first of a form and period keeps the short
  // slug (links stay stable), a second (an amendment that kept its form, a second 10-K/A) adds its accession.
  let slug = slugify(`${form} ${cover.periodEndDate}`);
  if (graph.node('Disclosure', `${company.id}/${slug}`)) slug = slugify(`${form} ${cover.periodEndDate} ${filing.accession.key}`);
  const id = `${company.id}/${slug}`;
  if (graph.node('Disclosure', id)) {
    throw new XbrlError(filing.instancePath, 'dei:DocumentType', `a second filing with accession ${filing.accession.key} of ${cover.registrantName}`);
  }
  const accession = filing.accession.number;
  const cikNumber = String(Number(cover.cik));
  const disclosure = addDisclosure(graph, {
    id,
    slug,
    company,
    title: `${cover.registrantName} ${form}${isAmendment(filing) && !/\/A$/i.test(form) ? ' (amendment)' : ''} for the period ended ${formatDate(cover.periodEndDate)}`,
    kind: kindOf(form),
    date: metadata?.filingDate ?? cover.periodEndDate,
    audited: kindOf(form) === 'ANNUAL_REPORT',
    form,
    periodOfReport: cover.periodEndDate,
    fiscalYearFocus: cover.fiscalYearFocus,
    fiscalPeriodFocus: cover.fiscalPeriodFocus,
    isAmendment: isAmendment(filing),
    accessionNumber: accession,
    filedOn: metadata?.filingDate ?? null,
    reportingCurrency: reportingCurrency(filing),
    source: {
      path: relative(root, filing.instancePath),
      sha256: filing.instanceSha256 ?? sha256Of(filing.instancePath),
      description: `XBRL instance document of the ${form}, read with the company schema and the linkbases it references.`,
      publisher: 'SEC EDGAR',
      url: accession ? edgarFilingUrl(cikNumber, accession, metadata?.primaryDocument ?? null) : null,
      text: null,
      isVerified: true,
    },
    convenienceTranslation: null,
  });
  company.disclosures.push(disclosure);
  return disclosure;
}

/**
 * The filing on EDGAR, built from its CIK and accession number: its primary document when
 * metadata.json names one (a plain file name), else the filing's index page. Served as a
 * link; the server never follows it.
 */
export function edgarFilingUrl(cik: string, accession: string, primaryDocument: string | null): string {
  const folder = `https://www.sec.gov/Archives/edgar/data/${cik}/${accession.replace(/-/g, '')}`;
  return primaryDocument && /^[\w.-]+$/.test(primaryDocument) ? `${folder}/${primaryDocument}` : `${folder}/${accession}-index.htm`;
}
