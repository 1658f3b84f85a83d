import type { IncomingHttpHeaders } from 'node:http';
import { compressFast, compressForStorage, COMPRESS_MIN_BYTES, type Encoding } from './compression.js';

/** A complete response, replayed byte for byte. */
export interface CachedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** A stored answer with its compressed forms, each kept once and counted in the bound. */
interface Entry extends CachedResponse {
  bytes: number;
  encoded: Partial<Record<Encoding, CachedResponse>>;
  compressing: Partial<Record<Encoding, true>>;
}

/**
 * Serialized responses of successful queries, keyed by everything that decides them.
 * A graph is immutable, and every key names the version of the graph that answered
 * (a replaced graph has another), so a query answered once is answered the same way again; replaying the bytes skips parsing, execution and
 * serialization. Bounded by total bytes, least recently used evicted first.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private size = 0;
  hits = 0;
  misses = 0;

  constructor(
    /** Total bytes of keys and bodies kept. */
    readonly maxBytes: number,
    /** A larger response is served but not kept. */
    readonly maxEntryBytes = Math.floor(maxBytes / 8),
  ) {}

  /**
   * The key of a request, or null when it must not be cached. Only JSON POSTs: the
   * response depends on the body and on the two headers Apollo reads from them
   * (content-type, and accept for the response's media type). A JSON content type
   * always passes Apollo's CSRF prevention, so the other headers cannot change the answer.
   */
  static keyFor(method: string | undefined, headers: IncomingHttpHeaders, body: string): string | null {
    const contentType = headers['content-type'];
    if (method !== 'POST' || !contentType?.toLowerCase().includes('json')) return null;
    return `${contentType}\n${headers.accept ?? ''}\n${body}`;
  }

  /**
   * Whether Apollo's response may be kept: a 200 whose body has data and no errors.
   * Apollo writes `errors` first (runHttpQuery's orderExecutionResultFields), so a body
   * that starts with `{"data":` has none.
   */
  static isCacheable(status: number | undefined, body: string): boolean {
    return (status ?? 200) === 200 && body.startsWith('{"data":');
  }

  /**
   * The stored answer in `encoding` (none: as is). Answers under COMPRESS_MIN_BYTES are
   * never compressed. The first request for an encoding is compressed in line at the fast
   * level while the stored form is made off the event loop; later ones replay it.
   */
  getEncoded(key: string, encoding: Encoding | null): CachedResponse | undefined {
    const entry = this.get(key) as Entry | undefined;
    if (!entry || !encoding || entry.body.length < COMPRESS_MIN_BYTES) return entry;
    const stored = entry.encoded[encoding];
    if (stored) return stored;
    if (!entry.compressing[encoding]) {
      entry.compressing[encoding] = true;
      compressForStorage(entry.body, encoding).then(
        (body) => this.addEncoded(key, entry, encoding, body),
        () => undefined, // not kept; the next request compresses in line again
      );
    }
    return encodedResponse(entry, encoding, compressFast(entry.body, encoding));
  }

  private addEncoded(key: string, entry: Entry, encoding: Encoding, body: Buffer): void {
    if (this.entries.get(key) !== entry) return; // evicted meanwhile
    entry.encoded[encoding] = encodedResponse(entry, encoding, body);
    entry.bytes += body.length;
    this.size += body.length;
    this.evict();
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // Re-insert: Map keeps insertion order, so the first key is the least recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, response: CachedResponse): void {
    const bytes = key.length * 2 + response.body.length;
    if (bytes > this.maxEntryBytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.size -= old.bytes;
    }
    this.entries.set(key, { ...response, bytes, encoded: {}, compressing: {} });
    this.size += bytes;
    this.evict();
  }

  private evict(): void {
    for (const [oldest, entry] of this.entries) {
      if (this.size <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.size -= entry.bytes;
    }
  }

  /** Forgets every entry (the served graph was replaced: their keys name a version no request asks for any more). */
  clear(): void {
    this.entries.clear();
    this.size = 0;
  }

  get count(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.size;
  }
}

function encodedResponse(entry: CachedResponse, encoding: Encoding, body: Buffer): CachedResponse {
  return { status: entry.status, headers: { ...entry.headers, 'content-encoding': encoding, 'content-length': String(body.length) }, body };
}
