import { createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { RateLimiter } from './rate-limiter.js';

/** What a conditional request sends back (`If-None-Match`, `If-Modified-Since`), as the server last gave it. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface ClientOptions {
  userAgent: string;
  /** Requests a second, across every concurrent request of this client. */
  rate: number;
  /** Further attempts after the first, for answers worth retrying. */
  retries?: number;
  /** First backoff delay; doubled each attempt, with jitter. */
  backoffMs?: number;
  /** A request (or, for downloads, a pause between two chunks) longer than this is abandoned and retried. */
  timeoutMs?: number;
}

/** An answer that retrying will not change (404, 403…), or one that kept failing. */
export class FetchError extends Error {
  constructor(
    readonly url: string,
    readonly status: number | null,
    message: string,
  ) {
    super(message);
  }
}

/** Worth another attempt: throttling, server trouble, a dropped or stalled connection, a damaged body. */
class Retryable extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

export type GetResult = { notModified: true } | { notModified: false; body: Buffer; validators: Validators };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * HTTP for EDGAR: every request names the User-Agent, waits for the shared rate limiter, and
 * is retried with exponential backoff and jitter on 429, 5xx, timeouts, resets and damaged
 * bodies, honouring `Retry-After`. Counts requests and bytes for progress and the summary.
 */
export class EdgarClient {
  requests = 0;
  bytes = 0;
  retried = 0;
  private readonly limiter: RateLimiter;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly timeoutMs: number;

  constructor(private readonly options: ClientOptions) {
    this.limiter = new RateLimiter(options.rate);
    this.retries = options.retries ?? 5;
    this.backoffMs = options.backoffMs ?? 1000;
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  /**
   * GETs a URL whole. With `validators`, asks conditionally and may answer `notModified`.
   * With `json`, a body that is not JSON (SEC's HTML error pages come with 200 too) is retried
   * and finally reported rather than saved.
   */
  async get(url: string, opts: { validators?: Validators; json?: boolean } = {}): Promise<GetResult> {
    return this.withRetries(url, async (signal) => {
      const res = await this.send(url, opts.validators, signal);
      if (res.status === 304) {
        await res.body?.cancel();
        return { notModified: true as const };
      }
      let body: Buffer;
      try {
        body = Buffer.from(await res.arrayBuffer());
      } catch (e) {
        throw new Retryable(`body cut off (${describe(e)})`);
      }
      this.bytes += body.length;
      const declared = res.headers.get('content-length');
      if (declared !== null && !res.headers.get('content-encoding') && Number(declared) !== body.length) {
        throw new Retryable(`body cut off (${body.length} of ${declared} bytes)`);
      }
      if (opts.json) checkJson(body, res.headers.get('content-type'));
      return { notModified: false as const, body, validators: validatorsOf(res) };
    });
  }

  /** GETs a URL straight to a file, never holding the body in memory. */
  async download(url: string, file: string, opts: { validators?: Validators } = {}): Promise<{ notModified: true } | { notModified: false; validators: Validators; bytes: number }> {
    return this.withRetries(url, async (signal, abort) => {
      const res = await this.send(url, opts.validators, signal);
      if (res.status === 304) {
        await res.body?.cancel();
        return { notModified: true as const };
      }
      let bytes = 0;
      let idle = setTimeout(abort, this.timeoutMs);
      const count = new Transform({
        transform: (chunk: Buffer, _enc, done) => {
          bytes += chunk.length;
          this.bytes += chunk.length;
          clearTimeout(idle);
          idle = setTimeout(abort, this.timeoutMs);
          done(null, chunk);
        },
      });
      try {
        await pipeline(Readable.fromWeb(res.body as unknown as WebReadableStream), count, createWriteStream(file));
      } catch (e) {
        throw new Retryable(`download cut off after ${bytes} bytes (${describe(e)})`);
      } finally {
        clearTimeout(idle);
      }
      const declared = res.headers.get('content-length');
      if (declared !== null && !res.headers.get('content-encoding') && Number(declared) !== bytes) {
        throw new Retryable(`download cut off (${bytes} of ${declared} bytes)`);
      }
      return { notModified: false as const, validators: validatorsOf(res), bytes };
    });
  }

  private async send(url: string, validators: Validators | undefined, signal: AbortSignal): Promise<Response> {
    await this.limiter.take();
    this.requests++;
    const headers: Record<string, string> = { 'User-Agent': this.options.userAgent, 'Accept-Encoding': 'gzip, deflate' };
    if (validators?.etag) headers['If-None-Match'] = validators.etag;
    if (validators?.lastModified) headers['If-Modified-Since'] = validators.lastModified;
    let res: Response;
    try {
      res = await fetch(url, { headers, signal, redirect: 'follow' });
    } catch (e) {
      if ((e as { cause?: { code?: string } }).cause?.code === 'ERR_INVALID_URL') throw new FetchError(url, null, `not a URL: ${url}`);
      throw new Retryable(describe(e));
    }
    if (res.status === 304 && validators) return res;
    if (res.status === 429 || res.status >= 500) {
      await res.body?.cancel();
      throw new Retryable(`HTTP ${res.status}${res.status === 429 ? ' (too many requests)' : ''}`, retryAfter(res.headers.get('retry-after')));
    }
    if (res.status === 404) {
      await res.body?.cancel();
      throw new FetchError(url, 404, `not found (HTTP 404): ${url}`);
    }
    if (res.status === 403) {
      await res.body?.cancel();
      throw new FetchError(url, 403, `refused (HTTP 403): ${url}; SEC answers 403 to clients without a proper SEC_USER_AGENT or over the rate limit`);
    }
    if (res.status !== 200) {
      await res.body?.cancel();
      throw new FetchError(url, res.status, `unexpected HTTP ${res.status}: ${url}`);
    }
    return res;
  }

  private async withRetries<T>(url: string, attempt: (signal: AbortSignal, abort: () => void) => Promise<T>): Promise<T> {
    for (let n = 0; ; n++) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(new Error(`no answer within ${this.timeoutMs} ms`)), this.timeoutMs);
      try {
        return await attempt(controller.signal, () => controller.abort(new Error(`stalled for ${this.timeoutMs} ms`)));
      } catch (e) {
        if (!(e instanceof Retryable)) throw e;
        if (n >= this.retries) throw new FetchError(url, null, `${e.message} after ${n + 1} attempts: ${url}`);
        this.retried++;
        // Full jitter on an exponential base, so that workers that failed together do not retry together.
        const backoff = this.backoffMs * 2 ** n * (0.5 + Math.random());
        await sleep(Math.max(backoff, e.retryAfterMs ?? 0));
      } finally {
        clearTimeout(timer);
      }
    }
  }
}

function validatorsOf(res: Response): Validators {
  const v: Validators = {};
  const etag = res.headers.get('etag');
  const lastModified = res.headers.get('last-modified');
  if (etag) v.etag = etag;
  if (lastModified) v.lastModified = lastModified;
  return v;
}

/** `Retry-After` as seconds or an HTTP date, capped at ten minutes. */
function retryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = /^\s*\d+\s*$/.test(value) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(seconds) ? Math.min(Math.max(seconds, 0), 600_000) : null;
}

function checkJson(body: Buffer, contentType: string | null): void {
  const head = body.subarray(0, 512).toString('utf8').trimStart();
  if (/html/i.test(contentType ?? '') || /^<(!doctype|html)/i.test(head)) throw new Retryable(`expected JSON, got an HTML page (${contentType ?? 'no Content-Type'})`);
  try {
    JSON.parse(body.toString('utf8'));
  } catch (e) {
    throw new Retryable(`malformed JSON (${(e as Error).message})`);
  }
}

function describe(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = (e as { cause?: unknown }).cause;
  const code = cause && typeof cause === 'object' && 'code' in cause ? String((cause as { code: unknown }).code) : null;
  if (e.name === 'AbortError' || e.name === 'TimeoutError') return cause instanceof Error ? cause.message : 'timed out';
  return [e.message, code ?? (cause instanceof Error ? cause.message : null)].filter(Boolean).join(': ');
}
