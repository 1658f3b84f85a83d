import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** SEC's responses laid out by host and path, and the six filings (developers and CI have them beside the repository). */
export const SHARED_EDGAR = resolve(repoRoot, '../shared/edgar');
export const SHARED_XBRL = resolve(repoRoot, '../shared/xbrl');
export const sharedEdgarExists = existsSync(SHARED_EDGAR) && existsSync(SHARED_XBRL);

/** What the server can do to a request instead of answering it well. */
export type Fault =
  | { kind: 'status'; status: 429 | 500 | 503; retryAfter?: number }
  | { kind: 'slow'; ms: number }
  | { kind: 'reset' }
  | { kind: 'truncate' }
  | { kind: 'malformed-json' }
  | { kind: 'html' }
  | { kind: 'not-found' };

export interface LoggedRequest {
  /** Host folder and path, e.g. "data.sec.gov/submissions/CIK0000320193.json". */
  path: string;
  status: number | 'reset';
  userAgent: string | undefined;
  at: number;
  fault?: Fault['kind'];
}

interface Served {
  body: Buffer;
  etag: string;
  lastModified: Date;
  type: string;
}

const TYPES: Record<string, string> = { '.json': 'application/json', '.xml': 'application/xml', '.xsd': 'application/xml', '.htm': 'text/html', '.html': 'text/html', '.zip': 'application/zip' };

/**
 * A stand-in for www.sec.gov and data.sec.gov on 127.0.0.1: `/www/…` and `/data/…` serve
 * ../shared/edgar's two host folders, and the filings of ../shared/xbrl that have a
 * metadata.json are served as EDGAR folders under their accession numbers, with an
 * `index.json` listing made here. A CIK with such filings but no recorded submissions file
 * (Netflix) gets one made from their metadata, so that one company has every filing it lists.
 * Answers carry ETag and Last-Modified and honour conditional requests. Every request is
 * logged; faults queued for a path are served first, one per request.
 */
export class EdgarServer {
  readonly requests: LoggedRequest[] = [];
  private readonly faults: { match: RegExp; fault: Fault }[] = [];
  private readonly changed = new Set<string>();
  private readonly filings = new Map<string, string>(); // "www.sec.gov/Archives/edgar/data/<cik>/<acc>" → folder
  private readonly synthetic = new Map<string, Buffer>();
  // Faults reset sockets on purpose: one error listener per connection (not per request on a
  // kept-alive socket, which piled up past Node's limit of 10) keeps them from being thrown.
  private readonly server = createServer((req, res) => void this.handle(req, res)).on('connection', (socket) => socket.on('error', () => {}));
  /** Extra answers for tests (e.g. a bulk zip), by logged path. */
  readonly extra = new Map<string, Buffer>();
  onRequest?: (entry: LoggedRequest) => void;
  url = '';

  constructor() {
    const byCik = new Map<number, { meta: Record<string, unknown>; folder: string; instance: string }[]>();
    for (const name of readdirSync(SHARED_XBRL)) {
      const folder = join(SHARED_XBRL, name);
      const metaFile = join(folder, 'metadata.json');
      if (!existsSync(metaFile)) continue;
      const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, unknown>;
      const cik = Number(meta.cik);
      this.filings.set(`www.sec.gov/Archives/edgar/data/${cik}/${String(meta.accession_no).replace(/-/g, '')}`, folder);
      const instance = readdirSync(folder).find((n) => n.endsWith('_htm.xml')) ?? '';
      byCik.set(cik, [...(byCik.get(cik) ?? []), { meta, folder, instance }]);
    }
    for (const [cik, list] of byCik) {
      const path = `data.sec.gov/submissions/CIK${String(cik).padStart(10, '0')}.json`;
      if (existsSync(join(SHARED_EDGAR, path))) continue;
      list.sort((a, b) => String(b.meta.filing_date).localeCompare(String(a.meta.filing_date)));
      const col = (f: (x: (typeof list)[number]) => unknown) => list.map(f);
      const recent = {
        accessionNumber: col((x) => x.meta.accession_no),
        filingDate: col((x) => x.meta.filing_date),
        reportDate: col(() => ''),
        acceptanceDateTime: col(() => ''),
        form: col((x) => x.meta.form),
        isXBRL: col(() => 1),
        isInlineXBRL: col(() => 0),
        primaryDocument: col((x) => x.instance),
      };
      this.synthetic.set(path, Buffer.from(JSON.stringify({ cik: String(cik), name: list[0].meta.company, tickers: [list[0].meta.ticker], filings: { recent, files: [] } })));
    }
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  get wwwUrl() {
    return `${this.url}/www`;
  }

  get dataUrl() {
    return `${this.url}/data`;
  }

  /** The next requests whose path matches get these faults, one each, in order. */
  fault(match: RegExp, ...faults: Fault[]): void {
    for (const fault of faults) this.faults.push({ match, fault });
  }

  /** Drops the faults not yet served. */
  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Makes a path look changed since any earlier answer (new ETag and Last-Modified). */
  change(path: string): void {
    this.changed.add(path);
  }

  /** Requests logged so far, and a fresh start for the next count. */
  take(): LoggedRequest[] {
    return this.requests.splice(0);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }

  private log(req: IncomingMessage, path: string, status: LoggedRequest['status'], fault?: Fault['kind']) {
    const entry: LoggedRequest = { path, status, userAgent: req.headers['user-agent'], at: performance.now(), fault };
    this.requests.push(entry);
    this.onRequest?.(entry);
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    res.on('error', () => {});
    const url = new URL(req.url ?? '/', 'http://x');
    const host = url.pathname.startsWith('/www/') ? 'www.sec.gov' : url.pathname.startsWith('/data/') ? 'data.sec.gov' : null;
    const rest = decodeURIComponent(url.pathname.replace(/^\/(www|data)\//, ''));
    const path = `${host}/${normalize(rest).replace(/^(\.\.(\/|$))+/, '')}`;
    const served = host ? this.lookup(path) : null;
    const i = this.faults.findIndex((f) => f.match.test(path));
    if (i >= 0) {
      const [{ fault }] = this.faults.splice(i, 1);
      return this.serveFault(req, res, path, fault, served);
    }
    if (!served) {
      this.log(req, path, 404);
      res.writeHead(404, { 'Content-Type': 'text/html' }).end('<html><body>Not found</body></html>');
      return;
    }
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    const notModified = inm ? inm === served.etag : ims ? Math.floor(served.lastModified.getTime() / 1000) <= Math.floor(Date.parse(ims) / 1000) : false;
    const headers = { ETag: served.etag, 'Last-Modified': served.lastModified.toUTCString() };
    if (notModified) {
      this.log(req, path, 304);
      res.writeHead(304, headers).end();
      return;
    }
    this.log(req, path, 200);
    res.writeHead(200, { ...headers, 'Content-Type': served.type, 'Content-Length': served.body.length }).end(served.body);
  }

  private serveFault(req: IncomingMessage, res: ServerResponse, path: string, fault: Fault, served: Served | null) {
    const body = served?.body ?? Buffer.from('{"ok":true}');
    switch (fault.kind) {
      case 'status':
        this.log(req, path, fault.status, 'status');
        res.writeHead(fault.status, { 'Content-Type': 'text/html', ...(fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {}) }).end('<html><body>Slow down</body></html>');
        return;
      case 'slow':
        this.log(req, path, 200, 'slow');
        setTimeout(() => res.writeHead(200, { 'Content-Type': served?.type ?? 'application/json', 'Content-Length': body.length }).end(body), fault.ms).unref();
        return;
      case 'reset':
        this.log(req, path, 'reset', 'reset');
        req.socket.destroy();
        return;
      case 'truncate':
        this.log(req, path, 200, 'truncate');
        res.writeHead(200, { 'Content-Type': served?.type ?? 'application/json', 'Content-Length': body.length });
        res.write(body.subarray(0, Math.floor(body.length / 2)), () => req.socket.destroy());
        return;
      case 'malformed-json': {
        this.log(req, path, 200, 'malformed-json');
        const half = body.subarray(0, Math.floor(body.length / 2));
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': half.length }).end(half);
        return;
      }
      case 'html': {
        this.log(req, path, 200, 'html');
        const page = Buffer.from('<!DOCTYPE html><html><body><h1>Your Request Originates from an Undeclared Automated Tool</h1></body></html>');
        res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': page.length }).end(page);
        return;
      }
      case 'not-found':
        this.log(req, path, 404, 'not-found');
        res.writeHead(404, { 'Content-Type': 'text/html' }).end('<html><body>Not found</body></html>');
    }
  }

  private lookup(path: string): Served | null {
    const extra = this.extra.get(path) ?? this.synthetic.get(path);
    if (extra) return this.mark(path, { body: extra, etag: `"${createHash('sha1').update(extra).digest('hex').slice(0, 16)}"`, lastModified: new Date('2025-11-01T00:00:00Z'), type: typeFor(path) });
    const file = join(SHARED_EDGAR, path);
    if (file.startsWith(SHARED_EDGAR + '/') && existsSync(file) && statSync(file).isFile()) return this.mark(path, fromFile(file, typeFor(path)));
    const folder = this.filings.get(dirname(path));
    const name = path.slice(dirname(path).length + 1);
    if (folder) {
      if (name === 'index.json') {
        const item = readdirSync(folder)
          .filter((n) => n !== 'metadata.json')
          .sort()
          .map((n) => {
            const s = statSync(join(folder, n));
            return { 'last-modified': s.mtime.toISOString().slice(0, 19).replace('T', ' '), name: n, type: 'text.gif', size: String(s.size) };
          });
        const body = Buffer.from(JSON.stringify({ directory: { item, name: `/Archives/edgar/data/${dirname(path).split('/').slice(-2).join('/')}`, 'parent-dir': '' } }, null, 1));
        return this.mark(path, { body, etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`, lastModified: new Date('2025-11-01T00:00:00Z'), type: 'application/json' });
      }
      if (name !== 'metadata.json' && !name.includes('/') && existsSync(join(folder, name))) return this.mark(path, fromFile(join(folder, name), typeFor(path)));
    }
    return null;
  }

  private mark(path: string, s: Served): Served {
    if (!this.changed.has(path)) return s;
    return { ...s, etag: s.etag.replace(/"$/, '-changed"'), lastModified: new Date(s.lastModified.getTime() + 86_400_000) };
  }
}

function fromFile(file: string, type: string): Served {
  const s = statSync(file);
  return { body: readFileSync(file), etag: `"${s.size.toString(16)}-${Math.floor(s.mtimeMs).toString(16)}"`, lastModified: s.mtime, type };
}

function typeFor(path: string): string {
  const ext = /\.[a-z]+$/i.exec(path)?.[0].toLowerCase() ?? '';
  return TYPES[ext] ?? 'application/octet-stream';
}
