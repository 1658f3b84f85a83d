import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';

/** The content codings the server answers in, preferred first. */
export type Encoding = 'br' | 'gzip';

/**
 * Answers smaller than this go uncompressed: about one TCP packet, below which
 * compression saves no round trip and costs CPU on both ends.
 */
export const COMPRESS_MIN_BYTES = 1400;

/**
 * Levels chosen by measurement on the bench workloads (README, "Compression"): for a
 * 425 KB answer, brotli quality 1 takes 1.1 ms (35 KB) and gzip level 1 0.7 ms (39 KB);
 * quality 5 takes 2.0 ms (26 KB), quality 9 21 ms (25 KB), quality 11 450 ms (22 KB).
 * A miss is compressed at the fastest level, in line; an answer kept by the response cache
 * is compressed once per encoding at the knee of the curve, off the event loop.
 */
const FAST = { br: 1, gzip: 1 } as const;
const STORED = { br: 5, gzip: 6 } as const;

/**
 * The coding to answer in, from an Accept-Encoding header: brotli when accepted, else
 * gzip, else none. Honours `q=0` (refused) and `*`; an absent header means identity.
 */
export function negotiateEncoding(header: string | string[] | undefined): Encoding | null {
  if (!header) return null;
  const accepted = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const wildcard = accepted.get('*');
  const ok = (coding: Encoding) => (accepted.get(coding) ?? (coding === 'gzip' ? accepted.get('x-gzip') : undefined) ?? wildcard ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

const brotliOptions = (quality: number, size: number) => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: size, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
});

/** Compresses an answer in line, at the fast level (a cache miss). */
export function compressFast(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br' ? brotliCompressSync(body, brotliOptions(FAST.br, body.length)) : gzipSync(body, { level: FAST.gzip });
}

/** Compresses an answer to keep, at the stored level, on libuv's thread pool. */
export function compressForStorage(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, out: Buffer) => (error ? reject(error) : resolve(out));
    if (encoding === 'br') brotliCompress(body, brotliOptions(STORED.br, body.length), done);
    else gzip(body, { level: STORED.gzip }, done);
  });
}

/** Adds a field name to a Vary header value, once. */
export function varyOn(vary: string | undefined, field: string): string {
  if (!vary) return field;
  return vary.toLowerCase().split(',').some((f) => f.trim() === field.toLowerCase()) ? vary : `${vary}, ${field}`;
}
