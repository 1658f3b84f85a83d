/**
 * A companyfacts file read straight into what its ingest transaction sends (issue 20, ingest
 * throughput): the reader hands over each record as it reads it (`scanCompanyFacts`), and the
 * record becomes its COPY row at once, in COPY's binary format, with no record list, fact row
 * object, row string or second pass. The general path (`encodeCompanyFacts`, then ingest's
 * COPY text) stays for the INSERT writer and the bench; the store test checks that the two
 * store the same rows and document json, over SEC's shared files and a fixture of awkward
 * values and names (test/store/companyfacts-store.test.ts).
 */
import { dirname } from 'node:path';
import { CompanyFactsError, scanCompanyFacts, type CompanyFactRecord } from '../companyfacts/read-company-facts.js';
import { frameOf } from '../domain/frames/frames.js';
import { daysFromCivil, daysInMonth } from '../domain/time/fiscal-calendar.js';

/** What a companyfacts document's transaction sends (ingest's `PreparedDocument` less what the caller adds). */
export interface CompanyFactsCopy {
  cik: string;
  folder: string;
  /** The document's json (`documents.reader`), as text. */
  reader: string;
  factCount: number;
  /** The fact rows in COPY's binary format (header and trailer included), in chunks of about 256 KB. */
  copy: Uint8Array[];
}

/** Where a chunk ends, and the room its last row may take beyond (a longer row gets a buffer of its own size). */
const CHUNK = 262_144;
const SLACK = 65_536;
/** The columns of ingest's COPY (`COPY_COLUMNS`), in its order. */
const COLUMNS = 19;
/** Days from 1970-01-01 to 2000-01-01, PostgreSQL's day 0. */
const POSTGRES_EPOCH_DAY = 10_957;

const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');
const FALSE = new Uint8Array([0]);

/**
 * The fact rows in COPY's binary format, a row at a time, into chunks: each field its length
 * and bytes; integers and dates as PostgreSQL's binary forms, so it parses no text for them
 * (measured: about 1 µs of PostgreSQL's CPU a fact less than COPY text, 6.8 against 7.6);
 * what repeats (company and document, concept, unit, SEC's frame tag, a period's frame columns)
 * encoded once. No string is made a row: building rows as strings and joining them cost more
 * than the rest of the ingest's encoding together.
 */
class CopyRows {
  readonly chunks: Uint8Array[] = [];
  private buf = Buffer.allocUnsafe(CHUNK + SLACK);
  private at = 0;

  constructor() {
    // The signature, no flags, no header extension.
    this.bytes(Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'));
    this.int32(0);
    this.int32(0);
  }

  /** Room for `n` more bytes (a row's most), the chunk closed when it is full enough. */
  room(n: number): void {
    if (this.at + n <= this.buf.length && this.at < CHUNK) return;
    if (this.at > 0) this.chunks.push(this.buf.subarray(0, this.at));
    this.buf = Buffer.allocUnsafe(Math.max(CHUNK + SLACK, n));
    this.at = 0;
  }

  bytes(b: Uint8Array): void {
    const buf = this.buf;
    let at = this.at;
    for (let i = 0; i < b.length; i++) buf[at++] = b[i];
    this.at = at;
  }

  int16(n: number): void {
    const buf = this.buf;
    buf[this.at++] = (n >>> 8) & 0xff;
    buf[this.at++] = n & 0xff;
  }

  int32(n: number): void {
    const buf = this.buf;
    buf[this.at++] = (n >>> 24) & 0xff;
    buf[this.at++] = (n >>> 16) & 0xff;
    buf[this.at++] = (n >>> 8) & 0xff;
    buf[this.at++] = n & 0xff;
  }

  /** A text field of an ASCII string (the reader has checked it is). */
  ascii(s: string): void {
    this.int32(s.length);
    const buf = this.buf;
    let at = this.at;
    for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
    this.at = at;
  }

  /** An int4 field. */
  int4(n: number): void {
    this.int32(4);
    this.int32(n);
  }

  /** A date field: days since 2000-01-01. */
  date(day: number): void {
    this.int32(4);
    this.int32(day);
  }

  null(): void {
    this.int32(-1);
  }

  finish(): Uint8Array[] {
    this.room(2);
    this.int16(-1); // the trailer
    this.chunks.push(this.buf.subarray(0, this.at));
    this.at = 0;
    return this.chunks;
  }
}

/** A field as COPY's binary format sends it: its length, then its bytes. */
function field(bytes: Uint8Array): Uint8Array {
  const out = Buffer.allocUnsafe(4 + bytes.length);
  out.writeInt32BE(bytes.length, 0);
  out.set(bytes, 4);
  return out;
}

/**
 * Reads the companyfacts file at `path` into its document json and COPY rows under
 * `documentId`. A generator pausing after the parsing and after each chunk made, so that ingest
 * can let the previous document's COPY stream meanwhile; throws the reader's errors, and a
 * `CompanyFactsError` for a date that is no day of the calendar (which COPY would refuse).
 */
export function* companyFactsCopy(path: string, documentId: string): Generator<void, CompanyFactsCopy> {
  // The document's filings, as `encodeCompanyFacts` numbers them: by accession, the tuples seen with it (one, nearly always).
  const filings: [accession: string, fy: number | null, fp: string | null, form: string, filed: string][] = [];
  const filingIndex = new Map<string, number[]>();
  // By period end, then start ('' for an instant): the frame and frame_distance fields (null when no frame fits).
  const frames = new Map<string, Map<string, Uint8Array | null>>();
  // SEC's frame tag → the `extra` field ({"frame": …} as JSON: a json field's binary form is its text).
  const extras = new Map<string, Uint8Array>();
  // ISO day → PostgreSQL's day number.
  const days = new Map<string, number>();
  const dayOf = (iso: string): number => {
    let day = days.get(iso);
    if (day === undefined) {
      const y = Number(iso.slice(0, 4));
      const m = Number(iso.slice(5, 7));
      const d = Number(iso.slice(8, 10));
      // As PostgreSQL's date input: a month of the year, a day of the month, no year 0.
      if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new CompanyFactsError(path, 'facts', `"${iso}" is not a day of the calendar`);
      days.set(iso, (day = daysFromCivil(y, m) + d - 1 - POSTGRES_EPOCH_DAY));
    }
    return day;
  };
  const out = new CopyRows();
  let seq = 0;
  // What every row starts with (its field count, company, document), set when the reader has the CIK, before any record.
  let head: Uint8Array = new Uint8Array();
  let concept = '';
  let conceptField: Uint8Array = head;
  let unit = '';
  let unitField: Uint8Array = head;
  const sink = (c: string, u: string, r: CompanyFactRecord) => {
    if (c !== concept) conceptField = field(utf8((concept = c)));
    if (u !== unit) unitField = field(utf8((unit = u)));
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
      if (f === null) fit = null;
      else {
        const name = field(utf8(f.name));
        fit = new Uint8Array(name.length + 6);
        fit.set(name, 0);
        Buffer.from(fit.buffer, fit.byteOffset, fit.length).writeInt32BE(2, name.length);
        Buffer.from(fit.buffer, fit.byteOffset, fit.length).writeInt16BE(f.distance, name.length + 4);
      }
      byStart.set(start, fit);
    }
    let extra: Uint8Array | null = null;
    if (r.frame !== null) {
      extra = extras.get(r.frame) ?? null;
      if (extra === null) extras.set(r.frame, (extra = field(utf8(JSON.stringify({ frame: r.frame })))));
    }
    const startDay = r.start === null ? 0 : dayOf(r.start);
    const endDay = dayOf(r.end);
    const filedDay = fit === null ? 0 : dayOf(r.filed);
    // The value is a plain decimal (exactDecimal), the accession digits and dashes: ASCII. 128 bytes cover the fixed-width fields and lengths.
    out.room(head.length + conceptField.length + unitField.length + (extra?.length ?? 0) + (fit?.length ?? 0) + r.value.length + r.accession.length + 128);
    out.bytes(head);
    out.int4(seq++);
    out.bytes(conceptField);
    out.int4(index);
    out.null(); // unit_index
    out.ascii(r.value);
    out.null(); // decimals
    out.null(); // element_id
    out.null(); // line
    if (r.start === null) out.null();
    else out.date(startDay);
    out.date(endDay);
    out.int32(1); // dimensional: false
    out.bytes(FALSE);
    out.bytes(unitField);
    if (extra === null) out.null();
    else out.bytes(extra);
    if (fit === null) {
      // frame, frame_distance, accession_number, known_on
      out.null();
      out.null();
      out.null();
      out.null();
    } else {
      out.bytes(fit);
      out.ascii(r.accession);
      out.date(filedDay);
    }
  };
  const steps = scanCompanyFacts(path, sink, (cik) => {
    const count = Buffer.alloc(2);
    count.writeInt16BE(COLUMNS);
    const id = Buffer.alloc(12);
    id.writeInt32BE(8, 0);
    id.writeBigInt64BE(BigInt(documentId), 4);
    head = Buffer.concat([count, field(utf8(cik)), id]);
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
