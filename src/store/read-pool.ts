/**
 * The ingest's reader threads (src/store/read-worker.ts), both off by default (see
 * `IngestOptions`): a pool for XBRL filings (`readers`): reading a filing (XML parsing, the
 * reader, encoding, the COPY text) costs about five times what writing it costs PostgreSQL, so
 * several filings can be read at once, each whole in one thread, while the main thread writes
 * them one transaction at a time, in order; and the read-ahead (`readAhead`), a pool of one
 * thread reading every document. Only the sources a pool is given are read in it; the caller
 * reads the others.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** What a reader thread hands back: the prepared document, or null when it could not read it. */
export interface PoolRead<Doc> {
  doc: Doc | null;
  seconds: number;
}

/**
 * Each thread's young generation, in MB (three semi-spaces' worth). A filing's XML trees live until
 * the filing is read, so with V8's default (16 MB semi-spaces) most of them are copied into the old
 * generation first; measured on the six shared filings in one thread, 64 MB semi-spaces
 * (`--max-semi-space-size=64`) took 15 % off the reading's CPU.
 */
const YOUNG_GENERATION_MB = 192;

/** Documents read ahead of the one being written, per thread: memory stays a few filings' worth. */
const AHEAD_PER_THREAD = 2;

/** Generic in the source and document types (ingest's `IngestSource`, `PreparedDocument`), so that this file imports nothing of ingest.ts. */
export class ReadPool<Source, Doc> {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly waiting = new Map<number, (r: PoolRead<Doc>) => void>();
  private readonly done = new Map<number, PoolRead<Doc>>();
  /** Positions (in the caller's order) of the sources this pool reads, and how many were sent. */
  private readonly order: number[];
  private readonly mine: Set<number>;
  private sent = 0;
  private taken = 0;
  private failure: Error | null = null;

  constructor(
    private readonly sources: readonly Source[],
    private readonly root: string,
    private readonly ids: readonly string[],
    /** Which of `sources` this pool reads. */
    reads: (source: Source) => boolean,
    threads: number,
  ) {
    this.order = sources.flatMap((s, i) => (reads(s) ? [i] : []));
    this.mine = new Set(this.order);
    const n = Math.max(1, Math.min(threads, this.order.length));
    for (let t = 0; t < n; t++) {
      const entry = { worker: startWorker(new URL(`./read-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url)), busy: 0 };
      entry.worker.on('message', (m: { i: number } & PoolRead<Doc>) => {
        entry.busy--;
        const w = this.waiting.get(m.i);
        if (w) {
          this.waiting.delete(m.i);
          w({ doc: m.doc, seconds: m.seconds });
        } else this.done.set(m.i, { doc: m.doc, seconds: m.seconds });
        this.fill();
      });
      entry.worker.on('error', (e) => this.fail(e));
      entry.worker.on('exit', (code) => code !== 0 && this.fail(new Error(`a reader thread stopped (exit code ${code})`)));
      this.workers.push(entry);
    }
    this.fill();
  }

  /** Whether source `i` is read by this pool. */
  has(i: number): boolean {
    return this.mine.has(i);
  }

  /** Sends sources to the least busy threads, up to the read-ahead bound past the one being taken. */
  private fill(): void {
    if (this.failure) return;
    while (this.sent < this.order.length && this.sent - this.taken < this.workers.length * AHEAD_PER_THREAD) {
      const i = this.order[this.sent++];
      const entry = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      entry.busy++;
      entry.worker.postMessage({ i, source: this.sources[i], root: this.root, documentId: this.ids[i] });
    }
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const w of this.waiting.values()) w({ doc: null, seconds: 0 });
    this.waiting.clear();
  }

  /** Source `i`, prepared; null when its thread could not read it, or stopped (the caller then reads it itself, for the reader's own error). */
  async take(i: number): Promise<PoolRead<Doc>> {
    this.taken++;
    this.fill();
    const had = this.done.get(i);
    if (had) {
      this.done.delete(i);
      return had;
    }
    if (this.failure) return { doc: null, seconds: 0 };
    return new Promise((ok) => this.waiting.set(i, ok));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/**
 * A worker thread on a module of this folder. Run from TypeScript (tsx, vitest), the thread
 * registers tsx's loader itself first: a worker inherits neither tsx's hooks nor vitest's.
 */
function startWorker(entry: URL): Worker {
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { resourceLimits });
  // tsx's ES module entry: `require.resolve` gives its CommonJS one, whose `register()` looks for a file that is not there (the thread then failed at start).
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, resourceLimits });
}
