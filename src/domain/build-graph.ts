import { sourceColumn } from './fact-source.js';
import { DataFileError } from '../data/data-file-error.js';
import type { LoadedCompany, LoadedData, LoadedDisclosure, LoadedTable } from '../data/load.js';
import type { Row } from '../data/files/table.schema.js';
import { parsePrinted, SCALES } from '../data/printed-number.js';
import { Graph, type IdentityTerm } from './graph.js';
import type { Column, Company, Disclosure, Fact, LineItem, Period, Security, Statement, StatementTable } from './model.js';
import { NO_DIMENSIONS } from './dimensions.js';
import { dayBefore, formatDate } from './period.js';
import { addDisclosure, companyPeriod, finishCuratedConcepts, lineItemFor, slugify } from './entities.js';
import { CURRENCY_MEASURES, unitFor } from './units.js';
import { lineItemName } from './line-item-name.js';
import { runChecks } from './checks/run-checks.js';
import { buildGovernance } from './governance/build-governance.js';
import { buildNarrative } from './narrative/build-narrative.js';
import { deriveCompanyQuarters } from './time/derive-quarters.js';
import { Timeline } from './time/figures.js';
import { buildFilings } from './filings/build-filings.js';
import type { XbrlFiling } from '../xbrl/xbrl-filing.js';
import type { SetAsideFiling } from '../xbrl/set-aside.js';
import type { CompanyFacts } from '../companyfacts/read-company-facts.js';
import { buildCompanyFacts } from './companyfacts/build-company-facts.js';

/** SEC filings read by the XBRL reader, the folder they were found in, and those the reader set aside. */
export interface Filings {
  root: string;
  list: readonly XbrlFiling[];
  setAside?: readonly SetAsideFiling[];
  /** SEC companyfacts files read from the same folder (`<cik>/companyfacts.json`). */
  companyFacts?: readonly CompanyFacts[];
}

/** Statements in the order a reader expects them. */
export const STATEMENT_ORDER: readonly Statement[] = [
  'INCOME_STATEMENT',
  'COMPREHENSIVE_INCOME',
  'BALANCE_SHEET',
  'CASH_FLOW',
  'NON_GAAP_RECONCILIATION',
  'OPERATING_METRICS',
  'EQUITY',
  'PARENTHETICAL',
  'DETAILS',
  'TABLES',
  'POLICIES',
  'NOTES',
  'COVER',
  'OTHER',
];

/** Currency names as releases print them in column headings. */
const PRINTED_CURRENCY: Record<string, string> = { CNY: 'RMB' };

/**
 * What a build may leave out. `checks: false`: no check is run or recorded (disclosures'
 * `checks` stay empty); for a concept slice (src/store/read-slice.ts), whose checks are never
 * served (src/graphql/company/slice-selection.ts) and would only cost its build.
 */
export interface BuildOptions {
  checks?: boolean;
}

/** Turns validated data files and read filings into the linked, indexed graph, then runs every check (unless `options.checks` is false). */
export function buildGraph(data: LoadedData, filings: Filings = { root: '', list: [] }, options: BuildOptions = {}): Graph {
  const checks = options.checks ?? true;
  const graph = new Graph();
  for (const loaded of data.companies) {
    const company = buildCompany(loaded, graph);
    const byDate = [...loaded.disclosures].sort((a, b) => a.doc.date.localeCompare(b.doc.date));
    for (const disclosure of byDate) buildDisclosure(disclosure, company, graph);
    finishCompany(company);
    mapUsGaapConcepts(loaded, company, graph);
    finishCuratedConcepts(company);
  }
  graph.filingsRoot = filings.root;
  graph.setAsideFilings.push(...(filings.setAside ?? []));
  const built = buildFilings(graph, filings.list, filings.root, checks);
  graph.setAsideFilings.sort((a, b) => a.folder.localeCompare(b.folder));
  const withFacts = new Set(buildCompanyFacts(graph, filings.companyFacts ?? [], filings.root, checks));
  for (const company of graph.companies) if (company.cik && (withFacts.has(company) || built.some((f) => f.cover.cik === company.cik))) finishCompany(company);
  buildTimeline(graph, checks);
  graph.sealDeclarations();
  graph.markPrimaryFacts();
  if (checks) runChecks(graph);
  return graph;
}

function buildCompany(loaded: LoadedCompany, graph: Graph): Company {
  const { file, doc } = loaded;
  const [month, day] = doc.fiscalYearEnd.split('-').map(Number);
  const company: Company = graph.add({
    type: 'Company',
    id: doc.id,
    slug: doc.id,
    cik: doc.cik ?? null,
    name: doc.name,
    legalName: doc.legalName,
    formerNames: doc.formerNames,
    fiscalYearEnd: { month, day },
    securities: [],
    listings: [],
    disclosures: [],
    lineItems: [],
    concepts: [],
    conceptPrefix: loaded.concepts?.doc.prefix ?? doc.listings[0].ticker.toLowerCase(),
  });
  graph.companies.push(company);
  if (company.cik) graph.indexCik(company.cik, company);
  const securities = new Map<string, Security>();
  doc.securities.forEach((s, i) => {
    if (securities.has(s.id)) throw new DataFileError(file, `securities[${i}].id`, `duplicate security "${s.id}"`);
    securities.set(
      s.id,
      graph.add({
        type: 'Security',
        id: `${company.id}/${s.id}`,
        company,
        name: s.name,
        kind: s.kind,
        shareClass: s.shareClass ?? null,
        underlying: null,
        underlyingPerUnit: s.underlyingPerUnit ?? null,
        listings: [],
      }),
    );
  });
  doc.securities.forEach((s, i) => {
    if (!s.underlying) return;
    const underlying = securities.get(s.underlying);
    if (!underlying) throw new DataFileError(file, `securities[${i}].underlying`, `no security "${s.underlying}" in this file`);
    if (!s.underlyingPerUnit) throw new DataFileError(file, `securities[${i}].underlyingPerUnit`, 'is required with `underlying`');
    securities.get(s.id)!.underlying = underlying;
  });
  company.securities = [...securities.values()];
  doc.listings.forEach((l, i) => {
    const security = securities.get(l.security);
    if (!security) throw new DataFileError(file, `listings[${i}].security`, `no security "${l.security}" in this file`);
    if (graph.hasTicker(l.ticker)) throw new DataFileError(file, `listings[${i}].ticker`, `ticker ${l.ticker} is already used by ${graph.companyByTicker(l.ticker)!.name}`);
    const listing = { ticker: l.ticker, exchange: l.exchange, security, company, listedFrom: null, listedUntil: null };
    company.listings.push(listing);
    security.listings.push(listing);
    graph.indexListing(listing);
  });
  return company;
}

function buildDisclosure(loaded: LoadedDisclosure, company: Company, graph: Graph): Disclosure {
  const { doc, file } = loaded;
  const ct = doc.convenienceTranslation;
  if (ct && ct.from === ct.to) throw new DataFileError(file, 'convenienceTranslation.to', 'must differ from `from`');
  const disclosure = addDisclosure(graph, {
    id: `${company.id}/${doc.id}`,
    slug: doc.id,
    company,
    title: doc.title,
    kind: doc.kind,
    date: doc.date,
    audited: doc.audited,
    form: null,
    periodOfReport: doc.periodOfReport,
    fiscalYearFocus: doc.fiscalYearFocus,
    fiscalPeriodFocus: doc.fiscalPeriodFocus,
    isAmendment: false,
    accessionNumber: null,
    filedOn: doc.date,
    reportingCurrency: doc.reportingCurrency,
    source: {
      path: doc.source.file,
      sha256: doc.source.sha256,
      description: doc.source.description,
      publisher: doc.source.publisher ?? null,
      url: doc.source.url ?? null,
      text: loaded.sourceText,
      isVerified: loaded.sourceText !== null,
    },
    convenienceTranslation: ct ?? null,
  });
  company.disclosures.unshift(disclosure); // built oldest first, listed newest first

  const built = loaded.tables.map((t) => buildTable(t, disclosure, graph));
  const byId = new Map(built.map((b) => [b.table.slug, b]));
  for (const b of built) compileIdentities(b, byId, graph);
  // Narrative first: it adds the operating metrics that outlook and quotes may refer to.
  buildNarrative(loaded, disclosure, graph);
  buildGovernance(loaded, disclosure, graph);
  return disclosure;
}

interface BuiltTable {
  loaded: LoadedTable;
  table: StatementTable;
  rowsByKey: Map<string, { lineItem: LineItem; row: Row; path: string }>;
  pendingSums: { lineItem: LineItem; row: Row; path: string; siblings: Row[]; siblingKeys: string[] }[];
}

function columnLabel(p: Period, currency: string): string {
  const words: Record<number, string> = { 3: 'Three', 6: 'Six', 9: 'Nine', 12: 'Twelve' };
  const months = p.fiscalPeriod === 'FY' ? 12 : p.fiscalPeriod?.startsWith('Q') ? 3 : p.fiscalPeriod ? Number.parseInt(p.fiscalPeriod, 10) : null;
  const when = !p.startDate
    ? `As of ${formatDate(p.endDate)}`
    : months && words[months]
      ? `${words[months]} months ended ${formatDate(p.endDate)}`
      : `${formatDate(p.startDate)} to ${formatDate(p.endDate)}`;
  return `${when}, ${PRINTED_CURRENCY[currency] ?? currency}`;
}

function buildTable(loaded: LoadedTable, disclosure: Disclosure, graph: Graph): BuiltTable {
  const { doc, file } = loaded;
  const company = disclosure.company;
  const table: StatementTable = graph.add({
    type: 'StatementTable',
    id: `${disclosure.id}/${loaded.id}`,
    slug: loaded.id,
    disclosure,
    title: doc.title,
    statement: doc.statement,
    scaleExponent: SCALES[doc.scale],
    columns: [],
    anchor: doc.anchor ?? doc.title,
    lineItems: [],
    rows: [],
    textFacts: [],
  });
  disclosure.tables.push(table);

  const columns = new Map<string, Column>();
  doc.columns.forEach((c, i) => {
    if (columns.has(c.id)) throw new DataFileError(file, `columns[${i}].id`, `duplicate column "${c.id}"`);
    const p = companyPeriod(graph, company, c.start ?? null, c.end ?? c.instant!);
    columns.set(c.id, { id: c.id, table, label: columnLabel(p, c.currency), period: p, dimensions: NO_DIMENSIONS, currency: c.currency, group: c.group ?? 'all', translates: null });
  });
  doc.columns.forEach((c, i) => {
    if (!c.translates) return;
    const from = columns.get(c.translates);
    const ct = disclosure.convenienceTranslation;
    const where = `columns[${i}].translates`;
    if (!from) throw new DataFileError(file, where, `no column "${c.translates}"`);
    if (!ct) throw new DataFileError(file, where, 'the disclosure declares no convenienceTranslation rate');
    if (from.currency !== ct.from || c.currency !== ct.to) throw new DataFileError(file, where, `a translation must go from ${ct.from} to ${ct.to}`);
    if (from.period !== columns.get(c.id)!.period) throw new DataFileError(file, where, 'a translation must cover the same period as the column it translates');
    columns.get(c.id)!.translates = from;
  });
  table.columns = [...columns.values()];

  const built: BuiltTable = { loaded, table, rowsByKey: new Map(), pendingSums: [] };
  const seenFacts = new Map<string, Fact>();
  let order = 0;

  const walk = (rows: Row[], parent: LineItem | null, path: string, depth = 0) => {
    const keys: string[] = [];
    rows.forEach((row, i) => {
      const p = `${path}[${i}]`;
      const key = row.key ?? slugify(row.label);
      if (built.rowsByKey.has(key)) {
        throw new DataFileError(file, row.key ? `${p}.key` : `${p}.label`, `key "${key}" is used twice in this table; give one of the rows an explicit \`key\``);
      }
      const lineItem = lineItemFor(graph, company, doc.statement, key, row.concept ?? null);
      Object.assign(lineItem, {
        label: row.label,
        name: lineItemName(row.label),
        parent,
        order: ++order,
        isAbstract: !row.values,
        measure: row.measure,
        countUnit: row.unit ?? null,
        translationTolerance: row.translated ? { units: row.translated.tolerance, note: row.translated.note } : null,
        at: row.at ?? null,
      });
      lineItem.tables.push(table);
      if (!parent) table.lineItems.push(lineItem);
      built.rowsByKey.set(key, { lineItem, row, path: p });
      const blank = table.columns.map(() => null);
      const printedRow = { lineItem, label: row.label, preferredLabel: null, depth, calculationWeight: null, sumsInto: null, dimensions: NO_DIMENSIONS, period: null };
      table.rows.push(row.values ? { ...printedRow, isTotal: row.sum !== undefined, ...addRowFacts(row, lineItem, p) } : { ...printedRow, isTotal: false, cells: blank, facts: blank });
      if (row.sum) {
        if (!row.values) throw new DataFileError(file, `${p}.sum`, 'a heading without values cannot be a sum');
        built.pendingSums.push({ lineItem, row, path: p, siblings: rows.slice(0, i), siblingKeys: [...keys] });
      }
      keys.push(key);
      if (row.rows) walk(row.rows, lineItem, `${p}.rows`, depth + 1);
    });
  };

  /** Creates the row's facts; returns its cells as printed and the fact of each. */
  const addRowFacts = (row: Row, lineItem: LineItem, p: string): { cells: (string | null)[]; facts: (Fact | null)[] } => {
    const values = row.values!;
    if (values.length !== table.columns.length) {
      throw new DataFileError(file, `${p}.values`, `has ${values.length} cells but the table has ${table.columns.length} columns (use null for an empty cell)`);
    }
    const corrections = new Map<string, (typeof row.corrections)[number]>();
    row.corrections.forEach((c, i) => {
      const j = table.columns.findIndex((col) => col.id === c.column);
      if (j < 0) throw new DataFileError(file, `${p}.corrections[${i}].column`, `no column "${c.column}"`);
      if (values[j] === null) throw new DataFileError(file, `${p}.corrections[${i}]`, 'corrects an empty cell');
      if (values[j] === c.printed) throw new DataFileError(file, `${p}.corrections[${i}].printed`, 'is the same as the recorded value: nothing is corrected');
      corrections.set(c.column, c);
    });
    // The row as the source prints it, cells in column order, for provenance.
    const excerpt = [row.label, ...table.columns.map((c, j) => (values[j] === null ? null : (corrections.get(c.id)?.printed ?? values[j]))).filter((v) => v !== null)].join(' ');
    const unitless = row.measure === 'count' && !row.unit;
    if (unitless) throw new DataFileError(file, `${p}.unit`, 'a `count` row needs a unit such as "users"');

    const byColumn = new Map<Column, Fact>();
    const translations: [Fact, Column][] = [];
    table.columns.forEach((column, j) => {
      const printed = values[j];
      if (printed === null) return;
      const where = `${p}.values[${j}]`;
      const isPercent = printed.trim().endsWith('%');
      if (isPercent !== (row.measure === 'percent')) {
        throw new DataFileError(file, where, row.measure === 'percent' ? `"${printed}" lacks the % a percent row prints` : `"${printed}" is a percent but the row's measure is ${row.measure}`);
      }
      let exact;
      try {
        exact = parsePrinted(printed, row.measure === 'monetary' ? table.scaleExponent : 0);
      } catch (e) {
        throw new DataFileError(file, where, (e as Error).message);
      }
      const period = column.period!; // a curated release's column is always of one period
      if (row.at && !period.startDate) throw new DataFileError(file, `${p}.at`, 'only applies in a duration column');
      const factPeriod = row.at === 'start' ? companyPeriod(graph, company, null, dayBefore(period.startDate!)) : row.at === 'end' ? companyPeriod(graph, company, null, period.endDate) : period;
      const unit = unitFor(row.measure, column.currency, row.unit)!;
      const translated = CURRENCY_MEASURES.has(row.measure) ? column.translates : null;
      const contextKey = `${lineItem.id}|${factPeriod.id}|${unit}`;
      const same = seenFacts.get(contextKey);
      if (same) {
        // The same figure printed in two columns (a share count repeated under USD, a
        // balance closing two periods): one fact, and the two cells must agree.
        if (same.value !== exact.value) {
          throw new DataFileError(file, where, `"${printed}" contradicts "${same.printed}" in column ${sourceColumn(same.source)!.id} for the same ${factPeriod.label} ${unit} figure`);
        }
        byColumn.set(column, same);
        return;
      }
      const correction = corrections.get(column.id);
      const fact: Fact = graph.add({
        type: 'Fact',
        id: `${table.id}/${lineItem.key}/${column.id}`,
        lineItem,
        concept: lineItem.concept,
        period: factPeriod,
        dimensions: NO_DIMENSIONS,
        unit,
        value: exact.value,
        decimals: exact.decimals,
        disclosure,
        origin: 'PRINTED',
        printed,
        qualifier: null, // a table cell is exact to its printed digits
        isPrimary: false,
        correction: correction ? { printed: correction.printed, corrected: printed, note: correction.note } : null,
        translationOf: null,
        derivedFrom: [],
        footnotes: [],
        source: { kind: 'TABLE_CELL', disclosure, table, column, excerpt },
      });
      if (translated) translations.push([fact, translated]);
      seenFacts.set(contextKey, fact);
      byColumn.set(column, fact);
      lineItem.facts.push(fact);
      disclosure.facts.push(fact);
      graph.indexFact(fact);
    });
    for (const [fact, original] of translations) {
      const from = byColumn.get(original);
      if (!from) throw new DataFileError(file, `${p}.values`, `the ${sourceColumn(fact.source)!.id} cell translates an empty ${original.id} cell`);
      fact.translationOf = from;
    }
    return {
      cells: values.map((v, j) => (v === null ? null : (corrections.get(table.columns[j].id)?.printed ?? v))),
      facts: table.columns.map((c) => byColumn.get(c) ?? null),
    };
  };

  walk(doc.rows, null, 'rows');
  return built;
}

const TERM = /^(?<neg>-)?\s*(?:(?<weight>\d+(?:\.\d+)?)\s*\*\s*)?(?:(?<table>[a-z0-9-]+)\/)?(?<key>[a-z0-9-]+)(?:@(?<at>start|end))?$/;

function compileIdentities(built: BuiltTable, tables: Map<string, BuiltTable>, graph: Graph): void {
  const { file, doc } = built.loaded;
  const disclosure = built.table.disclosure;

  const term = (text: string, where: string, localOnly: boolean): IdentityTerm => {
    const m = TERM.exec(text.trim());
    if (!m?.groups) throw new DataFileError(file, where, `"${text}" is not a term (e.g. "net-income", "-income-taxes", "2 * basic", "balance-sheet/restricted-cash@end")`);
    const { neg, weight = '1', table: tableId, key, at } = m.groups;
    if (localOnly && (tableId || at)) throw new DataFileError(file, where, 'a row sum can only name rows of its own table');
    const target = tableId ? tables.get(tableId) : built;
    if (!target) throw new DataFileError(file, where, `no table "${tableId}" in this disclosure`);
    const row = target.rowsByKey.get(key);
    if (!row) throw new DataFileError(file, where, `no row "${key}" in table ${target.table.slug}`);
    if (row.lineItem.isAbstract) throw new DataFileError(file, where, `row "${key}" is a heading without values`);
    return { lineItem: row.lineItem, weight: neg ? `-${weight}` : weight, at: (at as 'start' | 'end' | undefined) ?? null };
  };

  for (const s of built.pendingSums) {
    const sum = s.row.sum!;
    let right: IdentityTerm[];
    if (sum === 'children' || sum === 'siblings') {
      const rows = sum === 'children' ? (s.row.rows ?? []) : s.siblings;
      const keys = sum === 'children' ? rows.map((r) => r.key ?? slugify(r.label)) : s.siblingKeys;
      right = rows.flatMap((r, i) => (r.values ? [term(keys[i], `${s.path}.sum`, true)] : []));
      if (right.length === 0) throw new DataFileError(file, `${s.path}.sum`, `there are no ${sum} with values to add up`);
    } else {
      right = sum.map((t, i) => term(t, `${s.path}.sum[${i}]`, true));
    }
    for (const t of right) {
      // A row is summed by one total; the first sum that names it says how it combines.
      if (t.lineItem.summedInto) continue;
      t.lineItem.weight = Number(t.weight);
      t.lineItem.summedInto = s.lineItem;
    }
    const subtracts = right.some((t) => t.weight.startsWith('-'));
    const terms = right.map((t, i) => `${t.weight.startsWith('-') ? (i ? ' − ' : '−') : i ? (subtracts ? ' + ' : ', ') : ''}${t.lineItem.label}`).join('');
    graph.identities.push({
      name: subtracts ? `${s.lineItem.label} is the difference ${terms}` : `${s.lineItem.label} is the sum of ${terms}`,
      kind: 'TABLE_TOTAL',
      disclosure,
      columns: built.table.columns,
      columnsExplicit: false,
      left: { lineItem: s.lineItem, weight: '1', at: null },
      right,
      tolerance: '0',
    });
  }

  doc.identities.forEach((identity, i) => {
    const where = `identities[${i}]`;
    const columns = identity.columns?.map((id, j) => {
      const column = built.table.columns.find((c) => c.id === id);
      if (!column) throw new DataFileError(file, `${where}.columns[${j}]`, `no column "${id}"`);
      return column;
    });
    graph.identities.push({
      name: identity.name,
      kind: 'IDENTITY',
      disclosure,
      columns: columns ?? built.table.columns,
      columnsExplicit: Boolean(columns),
      left: term(identity.left, `${where}.left`, false),
      right: identity.right.map((t, j) => term(t, `${where}.right[${j}]`, false)),
      tolerance: identity.tolerance ?? '0',
    });
  });
}

/** Groups reports into figures across disclosures, then derives the quarters nobody printed. */
function buildTimeline(graph: Graph, checks: boolean): void {
  const printed = () => graph.companies.flatMap((c) => c.lineItems.flatMap((item) => item.facts));
  graph.timeline = new Timeline(printed(), (revision) => graph.add(revision));
  for (const company of graph.companies) deriveCompanyQuarters(graph, graph.timeline, company, checks);
}

/** Records the `us-gaap` element each mapped curated concept reports, and finds it by that name too. */
function mapUsGaapConcepts(loaded: LoadedCompany, company: Company, graph: Graph): void {
  if (!loaded.concepts) return;
  const { file, doc } = loaded.concepts;
  for (const [key, usGaap] of Object.entries(doc.usGaap)) {
    const concept = company.lineItems.find((item) => (item.sameFigureAs ?? item.key) === key)?.concept;
    if (!concept) throw new DataFileError(file, `usGaap.${key}`, `no line item has the concept key "${key}"`);
    if (graph.concept(company, usGaap)) throw new DataFileError(file, `usGaap.${key}`, `${usGaap} is already mapped to another concept`);
    concept.usGaapName = usGaap;
    graph.indexConcept(company, usGaap, concept);
  }
}

function finishCompany(company: Company): void {
  for (const item of company.lineItems) item.children = [];
  for (const item of company.lineItems) item.parent?.children.push(item);
  for (const item of company.lineItems) item.children.sort((a, b) => a.order - b.order);
  const rank = (s: Statement) => STATEMENT_ORDER.indexOf(s);
  company.lineItems.sort((a, b) => rank(a.statement) - rank(b.statement) || a.order - b.order);
}
