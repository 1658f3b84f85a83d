/**
 * Reader of SEC's companyfacts (`data.sec.gov/api/xbrl/companyfacts/CIK##########.json`,
 * fetched to `FILINGS_DIR/<cik>/companyfacts.json`): every fact a filer tagged without
 * dimensions, by taxonomy, concept and unit. Returns plain data; knows no graph or store.
 *
 * Values are exact: `val` is a JSON number, which `JSON.parse` turns into a double (a
 * 17-digit amount or a long fraction would lose digits), so each value is taken from the
 * raw JSON text instead, and checked against the parsed number to prove the two readings
 * line up.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One companyfacts record: a figure as one filing (the accession) reported it. */
export interface CompanyFactRecord {
  /** Null for an instant. */
  start: string | null;
  end: string;
  /** The value exactly as SEC wrote it, as a plain decimal string. */
  value: string;
  /** Accession number of the filing, dashed: "0000320193-23-000106". */
  accession: string;
  /** The filing's fiscal year and period focus as SEC records them: the filing's, not the fact's period. */
  fy: number | null;
  fp: string | null;
  form: string;
  /** Filing date, ISO. */
  filed: string;
  /** The calendar period SEC's frames API assigns this fact to ("CY2023", "CY2023Q3", "CY2023Q3I"); null when none. */
  frame: string | null;
}

export interface CompanyFactUnit {
  /** As SEC names it: "USD", "USD/shares", "shares", "pure". */
  unit: string;
  records: CompanyFactRecord[];
}

export interface CompanyFactConcept {
  /** "us-gaap", "dei", "ifrs-full", "srt"… */
  taxonomy: string;
  /** Qualified name: "us-gaap:Revenues". */
  name: string;
  label: string | null;
  /** The taxonomy's definition of the concept. */
  description: string | null;
  units: CompanyFactUnit[];
}

/** What `submissions.json` beside the companyfacts says of the company, when it is there. */
export interface CompanySubmissions {
  name: string | null;
  tickers: string[];
  exchanges: string[];
  /** "MMDD", e.g. "0926"; null when absent. */
  fiscalYearEnd: string | null;
  /** Period of report of each accession the submissions list (recent page only). */
  reportDates: Map<string, string>;
}

export interface CompanyFacts {
  /** The file read, absolute. */
  path: string;
  /** SHA-256 of the file's bytes, as read: what a disclosure names as its source, kept so the store never needs the file again. */
  sha256: string;
  /** Ten digits, zero-padded. */
  cik: string;
  entityName: string;
  concepts: CompanyFactConcept[];
  /** Number of records across concepts and units. */
  recordCount: number;
  submissions: CompanySubmissions | null;
}

/** A companyfacts file that cannot be read: the file, where in it, and why. */
export class CompanyFactsError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly reason: string,
  ) {
    super(`${file}: ${where}: ${reason}`);
    this.name = 'CompanyFactsError';
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ACCESSION = /^\d{10}-\d{2}-\d{6}$/;
const PLAIN = /^-?\d+(?:\.\d+)?$/;
const INTEGER = /^-?(?:0|[1-9]\d*)$/;
/** Every `"val": <number>` of the document, in document order. */
const VAL = /"val"\s*:\s*(-?[0-9][0-9.eE+-]*)/g;

/** What the reader says of a file besides its records: each unit with its number of records. */
export interface CompanyFactsOutline extends Omit<CompanyFacts, 'concepts'> {
  concepts: (Omit<CompanyFactConcept, 'units'> & { units: { unit: string; count: number }[] })[];
}

/** Receives each record as it is read, in document order: concept by concept, unit by unit. */
export type CompanyFactSink = (concept: string, unit: string, record: CompanyFactRecord) => void;

/** Reads one companyfacts file (and `submissions.json` beside it, when present). */
export function readCompanyFacts(path: string): CompanyFacts {
  const records: CompanyFactRecord[] = [];
  const steps = scanCompanyFacts(path, (_concept, _unit, r) => {
    records.push(r);
  });
  let step = steps.next();
  while (!step.done) step = steps.next();
  const { path: file, sha256, cik, entityName, concepts, recordCount, submissions } = step.value;
  let next = 0;
  return {
    path: file,
    sha256,
    cik,
    entityName,
    concepts: concepts.map((c) => ({ taxonomy: c.taxonomy, name: c.name, label: c.label, description: c.description, units: c.units.map(({ unit, count }) => ({ unit, records: records.slice(next, (next += count)) })) })),
    recordCount,
    submissions,
  };
}

/**
 * The reader itself, handing each record to `sink` as it is read rather than keeping it (the
 * store's ingest encodes records straight into COPY text: src/store/companyfacts-copy.ts). A
 * generator that pauses after each unit's records, so a caller can let its event loop run;
 * returns the rest of what the file says (`onCompany` hears the CIK before any record). Throws `CompanyFactsError` as `readCompanyFacts` does
 * (the sink may have had some records by then).
 */
export function* scanCompanyFacts(path: string, sink: CompanyFactSink, onCompany?: (cik: string) => void): Generator<void, CompanyFactsOutline> {
  const file = resolve(path);
  let text: string;
  let sha256: string;
  let doc: unknown;
  try {
    const bytes = readFileSync(file);
    sha256 = createHash('sha256').update(bytes).digest('hex');
    // SEC's files are ASCII, nearly always: then decoded as Latin-1, the same text at a tenth of UTF-8's cost.
    text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
    doc = JSON.parse(text);
  } catch (e) {
    throw new CompanyFactsError(file, '(file)', `not readable JSON: ${(e as Error).message}`);
  }
  if (!isObject(doc) || !isObject(doc.facts)) throw new CompanyFactsError(file, 'facts', 'missing: not a companyfacts document');
  const cikNumber = Number(doc.cik);
  if (!Number.isInteger(cikNumber) || cikNumber <= 0) throw new CompanyFactsError(file, 'cik', `"${String(doc.cik)}" is not a CIK`);
  const cik = String(cikNumber).padStart(10, '0');
  onCompany?.(cik);
  const rawValues = text.matchAll(VAL);
  const concepts: CompanyFactsOutline['concepts'] = [];
  let recordCount = 0;
  for (const [taxonomy, byConcept] of Object.entries(doc.facts)) {
    if (!isObject(byConcept)) throw new CompanyFactsError(file, `facts.${taxonomy}`, 'is not an object');
    for (const [local, entry] of Object.entries(byConcept)) {
      const where = `facts.${taxonomy}.${local}`;
      if (!isObject(entry) || !isObject(entry.units)) throw new CompanyFactsError(file, where, 'has no units');
      const name = `${taxonomy}:${local}`;
      const units: { unit: string; count: number }[] = [];
      for (const [unit, list] of Object.entries(entry.units)) {
        if (!Array.isArray(list)) throw new CompanyFactsError(file, `${where}.units.${unit}`, 'is not a list');
        for (let i = 0; i < list.length; i++) {
          const raw = rawValues.next();
          sink(name, unit, toRecord(file, where, unit, i, list[i], raw.done ? null : raw.value[1]));
        }
        recordCount += list.length;
        units.push({ unit, count: list.length });
        yield;
      }
      concepts.push({ taxonomy, name, label: str(entry.label), description: str(entry.description), units });
    }
  }
  if (!rawValues.next().done) throw new CompanyFactsError(file, 'facts', 'more "val" entries in the text than records: the file is not laid out as companyfacts');
  const submissionsPath = join(file, '..', 'submissions.json');
  return {
    path: file,
    sha256,
    cik,
    entityName: str(doc.entityName) ?? `CIK ${cikNumber}`,
    concepts,
    recordCount,
    submissions: existsSync(submissionsPath) ? readSubmissions(submissionsPath) : null,
  };
}

/** One record, checked; its place in the file (`where`) is spelled out only for an error. */
function toRecord(file: string, concept: string, unit: string, i: number, r: unknown, raw: string | null): CompanyFactRecord {
  if (!isObject(r)) throw failAt(file, concept, unit, i, '', 'is not an object');
  const { start, end, val, accn, fy, fp, form, filed, frame } = r;
  if (typeof val !== 'number' || raw === null || Number(raw) !== val) throw failAt(file, concept, unit, i, '.val', `${JSON.stringify(val)} is not a number the raw text (${raw ?? 'none'}) states`);
  if (start !== undefined && (typeof start !== 'string' || !DATE.test(start))) throw failAt(file, concept, unit, i, '.start', `"${String(start)}" is not an ISO date`);
  if (typeof end !== 'string' || !DATE.test(end)) throw failAt(file, concept, unit, i, '.end', `"${String(end)}" is not an ISO date`);
  if (typeof accn !== 'string' || !ACCESSION.test(accn)) throw failAt(file, concept, unit, i, '.accn', `"${String(accn)}" is not an accession number`);
  if (typeof filed !== 'string' || !DATE.test(filed)) throw failAt(file, concept, unit, i, '.filed', `"${String(filed)}" is not an ISO date`);
  return {
    start: start ?? null,
    end,
    value: exactDecimal(raw),
    accession: accn,
    fy: typeof fy === 'number' ? fy : null,
    fp: str(fp),
    form: str(form) ?? '',
    filed,
    frame: str(frame),
  };
}

function failAt(file: string, concept: string, unit: string, i: number, field: string, reason: string): CompanyFactsError {
  return new CompanyFactsError(file, `${concept}.units.${unit}[${i}]${field}`, reason);
}

/** The raw JSON number as a plain decimal string, without going through a double: "1.5E9" → "1500000000". */
export function exactDecimal(raw: string): string {
  // An integer as JSON writes it (no leading zero) is already plain: most of SEC's values.
  if (INTEGER.test(raw)) return raw === '-0' ? '0' : raw;
  if (PLAIN.test(raw)) return normalise(raw);
  const m = /^(-?)(\d+)(?:\.(\d+))?[eE]([+-]?\d+)$/.exec(raw);
  if (!m) throw new Error(`"${raw}" is not a JSON number`);
  const [, sign, int, frac = '', exp] = m;
  const digits = int + frac;
  const point = int.length + Number(exp);
  const plain = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return normalise(sign + plain);
}

/** No leading zeros, no trailing fractional zeros, no "-0". */
function normalise(s: string): string {
  const negative = s.startsWith('-');
  let [int, frac = ''] = (negative ? s.slice(1) : s).split('.');
  int = int.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

function readSubmissions(path: string): CompanySubmissions | null {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null; // the submissions are a convenience here: the companyfacts stand without them
  }
  if (!isObject(doc)) return null;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const reportDates = new Map<string, string>();
  const recent = isObject(doc.filings) && isObject(doc.filings.recent) ? doc.filings.recent : null;
  if (recent) {
    const accessions = strings(recent.accessionNumber);
    const dates = Array.isArray(recent.reportDate) ? recent.reportDate : [];
    accessions.forEach((a, i) => {
      if (typeof dates[i] === 'string' && DATE.test(dates[i])) reportDates.set(a, dates[i]);
    });
  }
  return { name: str(doc.name), tickers: strings(doc.tickers), exchanges: strings(doc.exchanges), fiscalYearEnd: typeof doc.fiscalYearEnd === 'string' && /^\d{4}$/.test(doc.fiscalYearEnd) ? doc.fiscalYearEnd : null, reportDates };
}

/** A companyfacts file that could not be read, set aside so that the rest load. */
export interface SetAsideCompanyFacts {
  folder: string;
  file: string;
  reason: string;
}

/** Reads every companyfacts file under the filings folder; an unreadable one is set aside with its reason, never thrown. */
export function readAllCompanyFacts(root: string): { read: CompanyFacts[]; setAside: SetAsideCompanyFacts[] } {
  const read: CompanyFacts[] = [];
  const setAside: SetAsideCompanyFacts[] = [];
  for (const file of findCompanyFacts(root)) {
    try {
      read.push(readCompanyFacts(file));
    } catch (e) {
      if (!(e instanceof CompanyFactsError)) throw e;
      setAside.push({ folder: join(file, '..'), file, reason: `${e.where}: ${e.reason}` });
    }
  }
  return { read, setAside };
}

/** Every `<cik>/companyfacts.json` directly under the filings folder, sorted. */
export function findCompanyFacts(root: string): string[] {
  const dir = resolve(root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^\d+$/.test(name))
    .map((name) => join(dir, name, 'companyfacts.json'))
    .filter((file) => existsSync(file) && statSync(file).isFile())
    .sort();
}

function isObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.length > 0 ? v : null;
}
