/**
 * A companyfacts file read straight into what its ingest transaction sends (issue 20, ingest
 * throughput): the reader hands over each record as it reads it (`scanCompanyFacts`), and the
 * record becomes its COPY row at once, with no record list, fact row object or second pass.
 * The bytes are those of the general path (`encodeCompanyFacts`, then ingest's `copyChunks`),
 * which stays for the INSERT writer and the bench, and which the store test compares this with:
 * the same document json and the same COPY text, over SEC's shared files and a fixture of
 * awkward values and names (test/store/companyfacts-store.test.ts).
 */
import { dirname } from 'node:path';
import { scanCompanyFacts, type CompanyFactRecord } from '../companyfacts/read-company-facts.js';
import { frameOf } from '../domain/frames/frames.js';

/** What a companyfacts document's transaction sends (ingest's `PreparedDocument` less what the caller adds). */
export interface CompanyFactsCopy {
  cik: string;
  folder: string;
  /** The document's json (`documents.reader`), as text. */
  reader: string;
  factCount: number;
  /** The fact rows in COPY's text format, UTF-8, in chunks of about 256 KB. */
  copy: Uint8Array[];
}

/** Where a chunk of COPY text ends, and the room its last row may take beyond (a longer row gets a buffer of its own size). */
const CHUNK = 262_144;
const SLACK = 65_536;
const ESCAPED = /[\\\t\n\r]/;

/** COPY's text format for a text field (as ingest's `field`): backslash, tab, newline and carriage return escaped; null as \N. */
function field(s: string | null): string {
  if (s === null) return '\\N';
  return ESCAPED.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : s;
}

const TAB = 9;
const NEWLINE = 10;
const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');
/** Between the context index and the value: the unit index, null. */
const NULL_UNIT_INDEX = utf8('\t\\N\t');
/** Between the value and the period: decimals, element id and line, null. */
const NULL_DECIMALS_TO_LINE = utf8('\t\\N\t\\N\t\\N\t');
const NULL = utf8('\\N');
/** The frame columns of a fact no calendar frame fits. */
const NO_FRAME = utf8('\\N\t\\N\t\\N\t\\N\n');
const NOT_DIMENSIONAL = utf8('\tf\t');

/**
 * COPY text written as bytes, a row at a time, into chunks: the record's own strings (plain
 * decimals, ISO days, accession numbers: ASCII, checked by the reader) byte by byte, what repeats
 * (concept, unit, frame columns) as bytes encoded once. No string is made a row: building rows
 * as strings and joining them cost more than the rest of the ingest's encoding together.
 */
class CopyText {
  readonly chunks: Uint8Array[] = [];
  private buf = Buffer.allocUnsafe(CHUNK + SLACK);
  private at = 0;

  /** Room for `n` more bytes (a row's most), the chunk closed when it is full enough. */
  room(n: number): void {
    if (this.at + n <= this.buf.length && this.at < CHUNK) return;
    if (this.at > 0) this.chunks.push(this.buf.subarray(0, this.at));
    this.buf = Buffer.allocUnsafe(Math.max(CHUNK + SLACK, n));
    this.at = 0;
  }

  /** An ASCII string. */
  ascii(s: string): void {
    const buf = this.buf;
    let at = this.at;
    for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
    this.at = at;
  }

  bytes(b: Uint8Array): void {
    const buf = this.buf;
    let at = this.at;
    for (let i = 0; i < b.length; i++) buf[at++] = b[i];
    this.at = at;
  }

  byte(c: number): void {
    this.buf[this.at++] = c;
  }

  /** A non-negative integer in decimal. */
  int(n: number): void {
    const buf = this.buf;
    if (n < 10) {
      buf[this.at++] = 48 + n;
      return;
    }
    let digits = 1;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
    let at = (this.at += digits);
    let m = n;
    do {
      buf[--at] = 48 + (m % 10);
      m = Math.floor(m / 10);
    } while (m > 0);
  }

  finish(): Uint8Array[] {
    if (this.at > 0) this.chunks.push(this.buf.subarray(0, this.at));
    this.at = 0;
    return this.chunks;
  }
}

/**
 * Reads the companyfacts file at `path` into its document json and COPY rows under
 * `documentId`. A generator pausing after the parsing and after each chunk of COPY text, so
 * that ingest can let the previous document's COPY stream meanwhile; throws the reader's errors.
 */
export function* companyFactsCopy(path: string, documentId: string): Generator<void, CompanyFactsCopy> {
  // The document's filings, as `encodeCompanyFacts` numbers them: by accession, the tuples seen with it (one, nearly always).
  const filings: [accession: string, fy: number | null, fp: string | null, form: string, filed: string][] = [];
  const filingIndex = new Map<string, number[]>();
  // By period end, then start ('' for an instant): the frame and its distance, with their tabs (null when no frame fits).
  const frames = new Map<string, Map<string, Uint8Array | null>>();
  // SEC's frame tag → the `extra` column ({"frame": …} as JSON, escaped).
  const extras = new Map<string, Uint8Array>();
  const out = new CopyText();
  let seq = 0;
  // What every row starts with (company, document), set when the reader has the CIK, before any record.
  let head: Uint8Array = NULL;
  let concept = '';
  let conceptField: Uint8Array = NULL;
  let unit = '';
  let unitField: Uint8Array = NULL;
  const sink = (c: string, u: string, r: CompanyFactRecord) => {
    if (c !== concept) conceptField = utf8(field((concept = c)));
    if (u !== unit) unitField = utf8(field((unit = u)));
    let seen = filingIndex.get(r.accession);
    if (!seen) filingIndex.set(r.accession, (seen = []));
    let index = -1;
    for (const i of seen) {
      const f = filings[i];
      if (f[1] === r.fy && f[2] === r.fp && f[3] === r.form && f[4] === r.filed) {
        index = i;
        break;
      }
    }
    if (index < 0) {
      seen.push((index = filings.length));
      filings.push([r.accession, r.fy, r.fp, r.form, r.filed]);
    }
    let byStart = frames.get(r.end);
    if (!byStart) frames.set(r.end, (byStart = new Map()));
    const start = r.start ?? '';
    let fit = byStart.get(start);
    if (fit === undefined) {
      const f = frameOf(r.start, r.end);
      byStart.set(start, (fit = f && utf8(`${field(f.name)}\t${f.distance}\t`)));
    }
    let extra: Uint8Array = NULL;
    if (r.frame !== null) {
      const known = extras.get(r.frame);
      if (known === undefined) extras.set(r.frame, (extra = utf8(field(JSON.stringify({ frame: r.frame })))));
      else extra = known;
    }
    // The columns of ingest's COPY (COPY_COLUMNS), in order. The value is a plain decimal
    // (exactDecimal), the accession digits and dashes, the dates ISO days (the reader checks
    // them): ASCII with nothing to escape. 64 bytes cover the numbers and tabs.
    out.room(head.length + conceptField.length + unitField.length + extra.length + (fit?.length ?? 0) + r.value.length + r.accession.length + 4 * 10 + 64);
    out.bytes(head);
    out.int(seq++);
    out.byte(TAB);
    out.bytes(conceptField);
    out.byte(TAB);
    out.int(index);
    out.bytes(NULL_UNIT_INDEX);
    out.ascii(r.value);
    out.bytes(NULL_DECIMALS_TO_LINE);
    if (r.start === null) out.bytes(NULL);
    else out.ascii(r.start);
    out.byte(TAB);
    out.ascii(r.end);
    out.bytes(NOT_DIMENSIONAL);
    out.bytes(unitField);
    out.byte(TAB);
    out.bytes(extra);
    out.byte(TAB);
    if (fit === null) out.bytes(NO_FRAME);
    else {
      out.bytes(fit);
      out.ascii(r.accession);
      out.byte(TAB);
      out.ascii(r.filed);
      out.byte(NEWLINE);
    }
  };
  const steps = scanCompanyFacts(path, sink, (cik) => {
    head = utf8(`${field(cik)}\t${field(documentId)}\t`);
  });
  // A pause after the parsing and the first unit, then after each chunk made.
  let step = steps.next();
  let made = -1;
  while (!step.done) {
    if (out.chunks.length !== made) {
      made = out.chunks.length;
      yield;
    }
    step = steps.next();
  }
  const cf = step.value;
  const copy = out.finish();
  const s = cf.submissions;
  const reader = {
    path: cf.path,
    sha256: cf.sha256,
    cik: cf.cik,
    entityName: cf.entityName,
    recordCount: cf.recordCount,
    concepts: cf.concepts.map((c) => ({ taxonomy: c.taxonomy, name: c.name, label: c.label, description: c.description, units: c.units.map((u) => [u.unit, u.count]) })),
    submissions: s && { name: s.name, tickers: s.tickers, exchanges: s.exchanges, fiscalYearEnd: s.fiscalYearEnd, reportDates: [...s.reportDates] },
    filings,
  };
  return { cik: cf.cik, folder: dirname(cf.path), reader: JSON.stringify(reader), factCount: seq, copy };
}
