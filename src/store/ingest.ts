/**
 * Ingest: what is new or changed under FILINGS_DIR goes into the store, once: XBRL filing
 * folders and SEC companyfacts files (`<cik>/companyfacts.json`). A filing folder is known by
 * the SHA-256 of its files (names and bytes), a companyfacts file by that of itself and its
 * submissions.json; what the store holds is skipped without being read. Each document is
 * written in one transaction (its document row, its fact rows by COPY, the next store
 * generation): a process killed at any moment leaves it whole or absent. One the reader
 * refuses, or whose transaction fails (a constraint, a full disk), is reported and the
 * others go on. The next document is read while the previous one is written (pipelined, in
 * this thread, the reading yielding to the event loop so the COPY keeps streaming; or, on
 * request, `readAhead`, in a worker thread: src/store/read-worker.ts); the transactions stay
 * one per document, one at a time, in order.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { CompanyFactsError, findCompanyFacts, readCompanyFacts, type CompanyFacts } from '../companyfacts/read-company-facts.js';
import { frameOf } from '../domain/frames/frames.js';
import { latestFilingDay } from '../domain/time/report-identity.js';
import { findFilings, readFiling } from '../xbrl/index.js';
import type { XbrlFiling } from '../xbrl/xbrl-filing.js';
import { encodeCompanyFacts } from './companyfacts-codec.js';
import { companyFactsCopy, type CompanyFactsCopy } from './companyfacts-copy.js';
import { encodeFiling, type FactRow } from './filing-codec.js';
import { ReadPool } from './read-pool.js';
import { inTransaction } from './transaction.js';

export interface IngestFailure {
  folder: string;
  /** Where it failed: reading (the reader's message names file and element) or storing (the database's reason). */
  stage: 'read' | 'store';
  reason: string;
  /** The error itself, for callers that keep today's reactions to a reader's error. */
  error: unknown;
}

export interface IngestReport {
  /** Filing folders and companyfacts files found. */
  found: number;
  unchanged: number;
  ingested: { folder: string; cik: string; kind: 'xbrl-filing' | 'companyfacts'; facts: number }[];
  failed: IngestFailure[];
  facts: number;
  /** Seconds spent reading (parsing) and writing; they overlap (the next document is read while one is written). */
  readSeconds: number;
  writeSeconds: number;
  /** Wall-clock seconds of reading and writing the new and changed documents. */
  seconds: number;
}

/** SHA-256 over the folder's files (not its subfolders, which are other filings): name, size, bytes. */
export function folderHash(folder: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
  for (const name of files) {
    const bytes = readFileSync(join(folder, name));
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}

/** Rows per INSERT … SELECT FROM unnest(…) statement (the INSERT path, kept to measure COPY against). */
const BATCH = 5000;

/** How fact rows go in: `COPY … FROM STDIN` (the default), or multi-row INSERT (the bench compares the two in one run). */
export type FactWriter = 'copy' | 'insert';

/** What a document's row says of it, the same before and after it is prepared for its transaction. */
interface DocumentHead {
  cik: string;
  contentSha256: string;
  kind: 'xbrl-filing' | 'companyfacts';
  folder: string;
  root: string;
  accessionNumber: string | null;
  form: string | null;
  periodEnd: string | null;
  /** The day the filing was known (filed, else its latest filing day); null for a document of many filings. */
  knownOn: string | null;
}

/** One document to store: its row, and its fact rows. */
interface StoredDocument extends DocumentHead {
  reader: unknown;
  facts: FactRow[];
}

/**
 * One document read, encoded and turned into what its transaction sends: its row (the reader's
 * json as text) and its fact rows as COPY text, under a document number taken beforehand. Plain
 * strings and numbers only, so a worker thread can make it while the previous document is
 * written (`ingestFilings`, read-ahead).
 */
export interface PreparedDocument extends DocumentHead {
  documentId: string;
  reader: string;
  factCount: number;
  /** The fact rows in COPY's text format, in chunks of about 256 KB; or, with `binary`, in its binary format (companyfacts: src/store/companyfacts-copy.ts). */
  copy: (string | Uint8Array)[];
  binary?: true;
}

function filingDocument(filing: XbrlFiling, root: string, contentSha256: string): StoredDocument {
  const { reader, facts } = encodeFiling(filing);
  const accessionNumber = filing.accession?.number ?? filing.metadata?.accessionNumber ?? null;
  const periodEnd = /^\d{4}-\d{2}-\d{2}$/.test(filing.cover.periodEndDate) ? filing.cover.periodEndDate : null;
  const form = filing.cover.documentType;
  // As the graph's disclosure knows it (knownOn): the filing date, else the form's deadline after its period.
  const knownOn = filing.metadata?.filingDate ?? (periodEnd ? latestFilingDay({ form, periodOfReport: periodEnd, accessionNumber }).day : null);
  return { cik: filing.cover.cik, contentSha256, kind: 'xbrl-filing', folder: filing.folder, root, accessionNumber, form, periodEnd, knownOn, reader, facts };
}

function companyFactsDocument(cf: CompanyFacts, root: string, contentSha256: string): StoredDocument {
  const { reader, facts } = encodeCompanyFacts(cf);
  return { cik: cf.cik, contentSha256, kind: 'companyfacts', folder: dirname(cf.path), root, accessionNumber: null, form: null, periodEnd: null, knownOn: null, reader, facts };
}

function prepare(doc: StoredDocument, documentId: string, copy: string[] = [...copyChunks(doc, documentId)]): PreparedDocument {
  const { facts, reader, ...row } = doc;
  return { ...row, documentId, reader: JSON.stringify(reader), factCount: facts.length, copy };
}

/** A read filing, prepared to be written under `documentId` (see `nextDocumentIds`). */
export function prepareFiling(filing: XbrlFiling, root: string, contentSha256: string, documentId: string): PreparedDocument {
  return prepare(filingDocument(filing, root, contentSha256), documentId);
}

/** A read companyfacts file, prepared to be written under `documentId`. */
export function prepareCompanyFacts(cf: CompanyFacts, root: string, contentSha256: string, documentId: string): PreparedDocument {
  return prepare(companyFactsDocument(cf, root, contentSha256), documentId);
}

/** `n` document numbers from the documents' sequence (one statement); a number taken and not used is a gap, nothing more. */
export async function nextDocumentIds(pool: pg.Pool | pg.PoolClient, n: number): Promise<string[]> {
  if (n <= 0) return [];
  const { rows } = await pool.query<{ id: string }>("select nextval(pg_get_serial_sequence('documents', 'id'))::text as id from generate_series(1, $1)", [n]);
  return rows.map((r) => r.id);
}

/** Writes one read filing in one transaction; returns its fact count. Exported for the bench and the fault tests. */
export async function storeFiling(pool: pg.Pool, filing: XbrlFiling, root: string, contentSha256: string, writer: FactWriter = 'copy'): Promise<number> {
  return storeDocument(pool, filingDocument(filing, root, contentSha256), writer);
}

/** Writes one companyfacts file (read by src/companyfacts) in one transaction; returns its record count. */
export async function storeCompanyFacts(pool: pg.Pool, cf: CompanyFacts, root: string, contentSha256: string, writer: FactWriter = 'copy'): Promise<number> {
  return storeDocument(pool, companyFactsDocument(cf, root, contentSha256), writer);
}

async function storeDocument(pool: pg.Pool, doc: StoredDocument, writer: FactWriter): Promise<number> {
  const [documentId] = await nextDocumentIds(pool, 1);
  if (writer === 'copy') return writeDocument(pool, prepare(doc, documentId));
  const { facts, reader, ...row } = doc;
  return writeDocument(pool, { ...row, documentId, reader: JSON.stringify(reader), factCount: facts.length, copy: [] }, async (client) => {
    const frames = new FrameMemo();
    for (let i = 0; i < facts.length; i += BATCH) await insertFacts(client, doc, documentId, facts.slice(i, i + BATCH), frames);
  });
}

/**
 * One document's transaction: what was read from its folder before goes, the next generation,
 * its row, its facts (the prepared COPY text, or `insert` for the bench's INSERT baseline);
 * `onStreaming` hears when the statements before the facts are done.
 */
export async function writeDocument(pool: pg.Pool, doc: PreparedDocument, insert?: (client: pg.PoolClient) => Promise<void>, onStreaming?: () => void): Promise<number> {
  return inTransaction(pool, async (client) => {
    // A changed folder replaces what the store read from it before (its company's: one shard group on Citus), facts first (no foreign key: migration 0040).
    const replaced = [doc.cik, doc.folder, doc.kind, doc.contentSha256];
    await client.query('delete from facts where company_cik = $1 and document_id in (select id from documents where company_cik = $1 and folder = $2 and kind = $3 and content_sha256 <> $4)', replaced);
    await client.query('delete from documents where company_cik = $1 and folder = $2 and kind = $3 and content_sha256 <> $4', replaced);
    const { rows } = await client.query<{ generation: string }>('update store_state set generation = generation + 1 where id = 1 returning generation');
    await client.query(
      `insert into documents (id, company_cik, content_sha256, kind, folder, root, accession_number, form, period_end, known_on, reader, fact_count, generation)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [doc.documentId, doc.cik, doc.contentSha256, doc.kind, doc.folder, doc.root, doc.accessionNumber, doc.form, doc.periodEnd, doc.knownOn, doc.reader, doc.factCount, rows[0].generation],
    );
    onStreaming?.();
    if (insert) await insert(client);
    else if (doc.copy.length) await pipeline(Readable.from(doc.copy), client.query(copyFrom(`copy facts (${COPY_COLUMNS}) from stdin${doc.binary ? ' (format binary)' : ''}`)));
    return doc.factCount;
  });
}

/** A numeric value as the graph takes it (decimal or float lexical form; not INF or NaN). */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The calendar frame of a fact that can be framed (numeric, with a unit, no dimensions), by the
 * function the in-memory frames use; memoised by period, which repeats across a document's facts.
 */
class FrameMemo {
  /** By period end, then start ('' for an instant): no key string made a row. */
  private readonly byEnd = new Map<string, Map<string, { name: string; distance: number } | null>>();
  of(r: FactRow): { name: string; distance: number } | null {
    if (r.dimensional || r.unit === null || r.value === null || r.periodEnd === null || !NUMBER.test(r.value)) return null;
    let byStart = this.byEnd.get(r.periodEnd);
    if (!byStart) this.byEnd.set(r.periodEnd, (byStart = new Map()));
    const start = r.periodStart ?? '';
    let fit = byStart.get(start);
    if (fit === undefined) byStart.set(start, (fit = frameOf(r.periodStart, r.periodEnd)));
    return fit;
  }
}

const COPY_COLUMNS = 'company_cik, document_id, seq, concept, context_index, unit_index, value, decimals, element_id, line, period_start, period_end, dimensional, unit, extra, frame, frame_distance, accession_number, known_on';

const ESCAPED = /[\\\t\n\r]/;

/** COPY's text format: a field with a backslash, tab, newline or carriage return escaped; null as \N. */
function field(v: string | number | null): string {
  if (v === null) return '\\N';
  const s = typeof v === 'string' ? v : String(v);
  return ESCAPED.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : s;
}

/** The fact rows in COPY's text format, in chunks of about 256 KB. */
function* copyChunks(doc: StoredDocument, documentId: string): Generator<string> {
  const frames = new FrameMemo();
  // What every row of the document repeats, escaped once.
  const head = `${field(doc.cik)}\t${field(documentId)}\t`;
  const accession = field(doc.accessionNumber);
  const knownOn = field(doc.knownOn);
  let rows: string[] = [];
  let size = 0;
  // A concept's and a unit's rows usually follow one another: each escaped once a run.
  let concept: string | null = null;
  let conceptField = '';
  let unit: string | null = null;
  let unitField = '\\N';
  for (const r of doc.facts) {
    const fit = frames.of(r);
    if (r.concept !== concept) conceptField = field((concept = r.concept));
    if (r.unit !== unit) unitField = field((unit = r.unit));
    const row =
      head + r.seq + '\t' + conceptField + '\t' + r.contextIndex + '\t' + (r.unitIndex === null ? '\\N' : r.unitIndex) + '\t' + field(r.value) + '\t' + field(r.decimals) + '\t' +
      field(r.elementId) + '\t' + (r.line === null ? '\\N' : r.line) + '\t' +
      // Dates are ISO days (the reader's), nothing to escape.
      (r.periodStart ?? '\\N') + '\t' + (r.periodEnd ?? '\\N') + '\t' + (r.dimensional ? 't' : 'f') + '\t' + unitField + '\t' + (r.extra === null ? '\\N' : field(JSON.stringify(r.extra))) + '\t' +
      (fit
        ? fit.name + '\t' + fit.distance + '\t' + (r.accessionNumber == null ? accession : field(r.accessionNumber)) + '\t' + (r.knownOn == null ? knownOn : field(r.knownOn))
        : '\\N\t\\N\t\\N\t\\N') +
      '\n';
    rows.push(row);
    size += row.length;
    if (size > 262_144) {
      yield rows.join('');
      rows = [];
      size = 0;
    }
  }
  if (rows.length) yield rows.join('');
}

/** One multi-row insert: each column as one array parameter, unnested together. */
async function insertFacts(client: pg.PoolClient, doc: StoredDocument, documentId: string, rows: readonly FactRow[], frames: FrameMemo): Promise<void> {
  const col = <T>(f: (r: FactRow) => T) => rows.map(f);
  const fits = rows.map((r) => frames.of(r));
  await client.query(
    `insert into facts (${COPY_COLUMNS})
     select $1, $2::bigint, * from unnest($3::int[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[], $9::text[], $10::int[], $11::date[], $12::date[], $13::boolean[], $14::text[], $15::json[], $16::text[], $17::smallint[], $18::text[], $19::date[])`,
    [
      doc.cik,
      documentId,
      col((r) => r.seq),
      col((r) => r.concept),
      col((r) => r.contextIndex),
      col((r) => r.unitIndex),
      col((r) => r.value),
      col((r) => r.decimals),
      col((r) => r.elementId),
      col((r) => r.line),
      col((r) => r.periodStart),
      col((r) => r.periodEnd),
      col((r) => r.dimensional),
      col((r) => r.unit),
      col((r) => (r.extra === null ? null : JSON.stringify(r.extra))),
      fits.map((f) => f?.name ?? null),
      fits.map((f) => f?.distance ?? null),
      rows.map((r, i) => (fits[i] ? (r.accessionNumber ?? doc.accessionNumber) : null)),
      rows.map((r, i) => (fits[i] ? (r.knownOn ?? doc.knownOn) : null)),
    ],
  );
}

/** SHA-256 over a companyfacts file and the submissions.json beside it (links followed): what "new or changed" means for it. */
export function companyFactsHash(file: string): string {
  const hash = createHash('sha256');
  for (const f of [file, join(dirname(file), 'submissions.json')]) {
    if (!existsSync(f)) continue;
    const bytes = readFileSync(f);
    hash.update(`${basename(f)}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}

/** One thing to ingest: a filing folder or a companyfacts file, known by its content hash. */
export interface IngestSource {
  kind: 'xbrl-filing' | 'companyfacts';
  /** The filing folder, or the folder of the companyfacts file. */
  folder: string;
  /** What the reader reads: the filing folder, or the companyfacts file. */
  path: string;
  hash: string;
}

/** Reads and prepares one source (in this thread or in the read-ahead worker); throws the reader's error. */
export function readSource(source: IngestSource, root: string, documentId: string): PreparedDocument {
  if (source.kind === 'companyfacts') {
    const steps = companyFactsCopy(source.path, documentId);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return preparedCompanyFacts(step.value, source, root, documentId);
  }
  return prepare(readDocument(source, root), documentId);
}

/** A companyfacts file read straight into binary COPY rows (src/store/companyfacts-copy.ts): the rows and document `prepareCompanyFacts` would store. */
function preparedCompanyFacts(c: CompanyFactsCopy, source: IngestSource, root: string, documentId: string): PreparedDocument {
  return { cik: c.cik, contentSha256: source.hash, kind: 'companyfacts', folder: c.folder, root, accessionNumber: null, form: null, periodEnd: null, knownOn: null, documentId, reader: c.reader, factCount: c.factCount, copy: c.copy, binary: true };
}

/** Reads and encodes one source; throws the reader's error. */
function readDocument(source: IngestSource, root: string): StoredDocument {
  // The filing is encoded and dropped at once: its strings need not be copied out of the documents' text.
  return source.kind === 'xbrl-filing' ? filingDocument(readFiling(source.path, { copyStrings: false }), root, source.hash) : companyFactsDocument(readCompanyFacts(source.path), root, source.hash);
}

export interface IngestOptions {
  /**
   * Read (parse, encode, make the COPY text of) the next document in a worker thread while this
   * one is written. Off by default: measured (bench:scale, bench:ingest, same runs) 0.88× reading
   * in turn on a quiet machine and 0.79–1.05× at load 7.5–11, against 0.90–1.19× for the pipeline
   * (the thread's start and copying each prepared document to the main thread cost what the
   * overlap saves).
   */
  readAhead?: boolean;
  /**
   * Read the next document in this thread while the previous one is written (default true): the
   * previous COPY streams between the reading's steps (`readSourceInTurns`). False reads each
   * document only after the previous one is committed (the bench's baseline).
   */
  pipelined?: boolean;
  /**
   * Reader threads for XBRL filings (src/store/read-pool.ts), when there are at least two to
   * read and `readAhead` is off. Default 0 (read in this thread, pipelined): measured with 48
   * filings at load 12–18 (bench:ingest, BENCH_XBRL_COPIES=8), two threads took 1.4× the CPU a
   * fact of the pipeline (starting a thread costs about a second of CPU: tsx and the modules
   * loaded again; each document is copied to this thread) and were no faster; on idle cores they
   * would overlap the reading of several filings.
   */
  readers?: number;
}


/**
 * Takes every new or changed filing under `filingsDir` into the store, and every
 * `<cik>/companyfacts.json` directly under it (as `npm run fetch` lays them out).
 */
export async function ingestFilings(pool: pg.Pool, filingsDir: string, log: (line: string) => void = () => undefined, writer: FactWriter = 'copy', options: IngestOptions = {}): Promise<IngestReport> {
  const root = resolve(filingsDir);
  const sources: IngestSource[] = [
    ...findFilings(root).map((folder): IngestSource => ({ kind: 'xbrl-filing', folder, path: folder, hash: folderHash(folder) })),
    ...findCompanyFacts(root).map((file): IngestSource => ({ kind: 'companyfacts', folder: dirname(file), path: file, hash: companyFactsHash(file) })),
  ];
  const { rows } = await pool.query<{ content_sha256: string }>('select content_sha256 from documents where content_sha256 = any($1)', [sources.map((s) => s.hash)]);
  const known = new Set(rows.map((r) => r.content_sha256));
  const report: IngestReport = { found: sources.length, unchanged: 0, ingested: [], failed: [], facts: 0, readSeconds: 0, writeSeconds: 0, seconds: 0 };
  // The same content twice under one root is read once (the second is unchanged by then).
  const todo: IngestSource[] = [];
  for (const source of sources) {
    if (known.has(source.hash)) report.unchanged++;
    else {
      todo.push(source);
      known.add(source.hash);
    }
  }
  const readAhead = writer === 'copy' && options.readAhead === true;
  const ids = await nextDocumentIds(pool, todo.length);
  // The read-ahead: one thread reading every document in order, a pool of one.
  const reader = readAhead ? new ReadPool<IngestSource, PreparedDocument>(todo, root, ids, () => true, 1) : null;
  const threads = readerPool(todo, root, ids, writer, options);
  const started = performance.now();
  // The previous document's write, under way while this one is read (pipelined: one transaction at a time, in order).
  let writing: Promise<void> = Promise.resolve();
  // Settled once that write streams its rows (or is over). Reading waits for it: a document's
  // parsing holds this thread for tens of milliseconds, which would leave the write's statements
  // before its COPY (each a round trip through this thread) and PostgreSQL waiting meanwhile.
  let streaming: Promise<void> = Promise.resolve();
  try {
    for (const [i, source] of todo.entries()) {
      const { folder } = source;
      let doc: PreparedDocument | undefined;
      let cik: string;
      let store: (onStreaming: () => void) => Promise<number>;
      const t0 = performance.now();
      try {
        if (reader || threads?.has(i)) {
          const read = await (reader ?? threads!).take(i);
          report.readSeconds += read.seconds;
          // A document the worker could not read is read here again, for the reader's own error.
          doc = read.doc ?? readSource(source, root, ids[i]);
        } else if (writer === 'copy') {
          await streaming;
          doc = await readSourceInTurns(source, root, ids[i]);
        }
        if (doc) {
          const prepared = doc;
          cik = prepared.cik;
          store = (onStreaming) => writeDocument(pool, prepared, undefined, onStreaming);
        } else if (source.kind === 'xbrl-filing') {
          const filing = readFiling(source.path);
          cik = filing.cover.cik;
          store = () => storeFiling(pool, filing, root, source.hash, writer);
        } else {
          const cf = readCompanyFacts(source.path);
          cik = cf.cik;
          store = () => storeCompanyFacts(pool, cf, root, source.hash, writer);
        }
      } catch (error) {
        // Reported after the previous document's outcome, in the sources' order.
        await writing;
        if (source.kind === 'companyfacts' && !(error instanceof CompanyFactsError)) throw error;
        report.failed.push({ folder, stage: 'read', reason: (error as Error).message, error });
        continue;
      } finally {
        if (!reader && !threads?.has(i)) report.readSeconds += (performance.now() - t0) / 1000;
      }
      await writing;
      const t1 = performance.now();
      let streamingNow = () => undefined as void;
      streaming = new Promise<void>((ok) => (streamingNow = ok));
      writing = store(streamingNow).then(
        (n) => {
          report.ingested.push({ folder, cik, kind: source.kind, facts: n });
          report.facts += n;
          log(`Ingested ${folder}${source.kind === 'companyfacts' ? ' companyfacts' : ''} (${n} facts)`);
        },
        (error) => {
          report.failed.push({ folder, stage: 'store', reason: (error as Error).message, error });
          log(`Not ingested ${folder}: ${(error as Error).message}`);
        },
      ).finally(() => {
        streamingNow();
        report.writeSeconds += (performance.now() - t1) / 1000;
      });
      // The INSERT baseline is not pipelined (it stays what it measured).
      if (writer === 'insert' || options.pipelined === false) await writing;
    }
    await writing;
  } finally {
    await writing.catch(() => undefined);
    await reader?.close();
    await threads?.close();
    report.seconds = (performance.now() - started) / 1000;
  }
  return report;
}

/** The reader threads for this ingest's XBRL filings, or null where they would not pay (see `IngestOptions.readers`). */
function readerPool(todo: IngestSource[], root: string, ids: string[], writer: FactWriter, options: IngestOptions): ReadPool<IngestSource, PreparedDocument> | null {
  const threads = options.readers ?? 0;
  const isFiling = (s: IngestSource) => s.kind === 'xbrl-filing';
  if (writer !== 'copy' || options.readAhead || options.pipelined === false || threads < 1 || todo.filter(isFiling).length < 2) return null;
  return new ReadPool(todo, root, ids, isFiling, threads);
}

/** Lets the event loop run (the previous document's COPY goes on streaming) between steps of reading the next one. */
const turn = () => new Promise<void>((ok) => setImmediate(ok));

/**
 * `readSource` in steps with turns of the event loop between them (after parsing, after each
 * 256 KB of COPY text), so that the previous document's COPY keeps the socket to PostgreSQL fed
 * while this one is read: Node reads on one core while PostgreSQL writes on the other.
 */
async function readSourceInTurns(source: IngestSource, root: string, documentId: string): Promise<PreparedDocument> {
  if (source.kind === 'companyfacts') {
    const steps = companyFactsCopy(source.path, documentId);
    let step = steps.next();
    while (!step.done) {
      await turn();
      step = steps.next();
    }
    return preparedCompanyFacts(step.value, source, root, documentId);
  }
  const doc = readDocument(source, root);
  await turn();
  const copy: string[] = [];
  for (const chunk of copyChunks(doc, documentId)) {
    copy.push(chunk);
    await turn();
  }
  return prepare(doc, documentId, copy);
}
