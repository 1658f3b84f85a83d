import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { isoDate, type Context } from '../graphql/context.js';
import { compressFast, COMPRESS_MIN_BYTES, negotiateEncoding, varyOn } from './compression.js';
import { LIMITS } from '../graphql/limits/limits.js';
import { ResponseCache } from './response-cache.js';
import type { FilingDocuments } from './filing-documents.js';
import type { StaticFiles } from './static-files.js';

export const GRAPHQL_PATH = '/graphql';
export const HEALTH_PATH = '/health';
const MAX_BODY_BYTES = 1 << 20;
/** Answers up to this many characters are written as strings (see the handler). */
const TEXT_WRITE_MAX_CHARS = 64 * 1024;
/** How long shared caches and browsers may reuse a GET answer without asking again. */
export const GET_MAX_AGE_SECONDS = 300;

export interface HttpOptions {
  /**
   * Content hash of the served data and schema (graph-version.ts): the ETag of GET answers and
   * part of every response cache key. A function when the served graph can be replaced (a new
   * store generation, see start-server.ts).
   */
  version: string | (() => string);
  /** The body of /health. */
  health: () => Record<string, unknown>;
  /** True once shutdown has begun: /health answers 503 and connections are not kept alive. */
  draining: () => boolean;
  /** Replays the stored bytes of a repeated successful POST query; none when off. */
  cache?: ResponseCache | null;
  /** The clock (default: the system's). Answers may depend on today's date, so it keys the cache and the ETag. */
  clock?: () => Date;
  /** The explorer web app, served at every path but the API's; none to serve the API only. */
  web?: StaticFiles | null;
  /** The loaded filings' own pages, sandboxed, under /filing-documents/; none without filings. */
  filingDocuments?: FilingDocuments | null;
  /** `GET /export/<kind>.<csv|xlsx>` (export/export-handler.ts); none to serve no exports. */
  exports?: ((req: IncomingMessage, res: ServerResponse, url: URL, today: string) => Promise<void>) | null;
  /** Largest serialized answer sent; a larger one is replaced by an ANSWER_TOO_LARGE error. Default LIMITS.maxAnswerBytes. */
  maxAnswerBytes?: number;
  /** Compress answers of cache misses (at the fast level) for clients that accept it; default true. */
  compressMisses?: boolean;
}

const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, apollo-require-preflight, x-apollo-operation-name',
  'access-control-max-age': '86400',
  // Page scripts may read the ETag to revalidate with If-None-Match.
  'access-control-expose-headers': 'ETag',
};

/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * The preflight's answer: the API is public and uses no cookies, so any header a browser app
 * asks to send (Authorization, Apollo Client's apollographql-client-name/-version...) is
 * allowed, by echoing the valid names it requested ("*" does not cover Authorization).
 */
function preflightHeaders(req: IncomingMessage): Record<string, string> {
  const requested = (req.headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter((h) => HEADER_NAME.test(h));
  const allowed = new Set([...CORS_HEADERS['access-control-allow-headers'].split(', '), ...requested]);
  return { ...CORS_HEADERS, 'access-control-allow-headers': [...allowed].join(', '), vary: 'access-control-request-headers' };
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...CORS_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** The request body, refused past MAX_BODY_BYTES. Events rather than `for await`: its async iterator costs a few µs per request. */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        reject(new HttpError(413, `Request body exceeds ${MAX_BODY_BYTES} bytes`, 'PAYLOAD_TOO_LARGE'));
      } else chunks.push(chunk);
    };
    let ended = false;
    req.on('data', onData);
    req.once('end', () => {
      ended = true;
      resolve(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8'));
    });
    // A client gone before the end of its body ('aborted', or a close without an end): the
    // request is settled, so nothing waits forever, and it is the client's doing, not an error to log.
    const gone = () => {
      if (!ended) reject(new HttpError(400, 'The request body ended early: the client closed the connection', 'BAD_REQUEST'));
    };
    req.once('error', gone);
    req.once('close', gone);
  });
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (!contentType?.toLowerCase().includes('json')) return raw;
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw new HttpError(400, 'Malformed JSON in request body', 'BAD_REQUEST');
  }
}

/** A JSON result without errors: an answer about the data, not about the request. */
function isCacheable(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown };
    return parsed.errors === undefined && parsed.data != null;
  } catch {
    return false; // the HTML landing page
  }
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Serves the GraphQL endpoint over node:http, handing every request to Apollo's
 * transport-neutral executeHTTPGraphQLRequest, and /health for orchestrators. With a
 * response cache, a repeated successful query is answered from its stored bytes.
 */
export function createHttpHandler(apollo: ApolloServer<Context>, context: () => Promise<Omit<Context, 'today'>>, options: HttpOptions): RequestListener {
  const clock = options.clock ?? (() => new Date());
  const { version: v } = options;
  const versionOf = typeof v === 'function' ? v : () => v;
  const maxAnswerBytes = options.maxAnswerBytes ?? LIMITS.maxAnswerBytes;
  return async (req, res) => {
    try {
      // Read before the graph (context) is: an answer is never kept under a newer version than the graph it came from.
      const version = versionOf();
      // One date per request: `asOf` defaults to it, and it is part of every cache key and ETag.
      const today = isoDate(clock());
      if (options.draining()) res.setHeader('connection', 'close');
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === HEALTH_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
        const draining = options.draining();
        res.writeHead(draining ? 503 : 200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : JSON.stringify({ status: draining ? 'draining' : 'ok', version, ...options.health() }));
        return;
      }
      if (options.exports && url.pathname.startsWith('/export/')) {
        await options.exports(req, res, url, today);
        return;
      }
      if (url.pathname !== GRAPHQL_PATH) {
        if (options.filingDocuments?.serve(req, res, url.pathname)) return;
        if (options.web?.serve(req, res, url.pathname)) return;
        sendJson(res, 404, { errors: [{ message: `Not found; the GraphQL endpoint is ${GRAPHQL_PATH}`, extensions: { code: 'NOT_FOUND' } }] });
        return;
      }
      if (req.method === 'OPTIONS') {
        res.writeHead(204, preflightHeaders(req));
        res.end();
        return;
      }
      if (req.method !== 'GET' && req.method !== 'POST' && req.method !== 'HEAD') {
        // Answered before CSRF prevention, which would call a bodiless PUT a refused GET.
        res.setHeader('allow', 'GET, POST, OPTIONS');
        sendJson(res, 405, { errors: [{ message: `${req.method} is not supported: send the operation with POST (or GET for a query).`, extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
      const raw = req.method === 'POST' ? await readBody(req) : undefined;
      const cache = options.cache;
      const requestKey = cache && raw !== undefined ? ResponseCache.keyFor(req.method, req.headers, raw) : null;
      // Answers may depend on today's date (board members as of today): the date keys the cache.
      const cacheKey = requestKey ? `${version}\n${today}\n${requestKey}` : null;
      const encoding = negotiateEncoding(req.headers['accept-encoding']);
      const hit = cacheKey ? cache!.getEncoded(cacheKey, encoding) : undefined;
      if (hit) {
        res.writeHead(hit.status, options.draining() ? { ...hit.headers, connection: 'close' } : hit.headers);
        res.end(hit.body);
        return;
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const body = raw !== undefined ? parseBody(raw, req.headers['content-type']) : undefined;
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => ({ ...(await context()), today }),
      });
      const outHeaders: Record<string, string> = { ...CORS_HEADERS };
      for (const [key, value] of response.headers) outHeaders[key] = value;
      const status = response.status ?? 200;
      // A request that began before shutdown is answered, then its connection is closed.
      if (options.draining()) outHeaders.connection = 'close';
      if (response.body.kind !== 'complete') {
        res.writeHead(status, outHeaders);
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
        return;
      }
      let text = response.body.string;
      // A UTF-8 byte per character at least, three at most: counted only when it may matter.
      if (text.length > maxAnswerBytes || (text.length * 3 > maxAnswerBytes && Buffer.byteLength(text) > maxAnswerBytes)) {
        text = JSON.stringify({
          errors: [{ message: `The answer exceeds ${maxAnswerBytes.toLocaleString('en-US')} bytes, the largest sent. Ask for fewer fields, pages or aliases, or split the query.`, extensions: { code: 'ANSWER_TOO_LARGE', limit: maxAnswerBytes } }],
        });
      }
      // A small answer is written as text, which node:http sends in one write with the headers
      // (a Buffer goes as a second chunk: 15–20% fewer small answers a second); a large one is
      // encoded once, as counting its bytes first would cost a second pass.
      const asText = text.length <= TEXT_WRITE_MAX_CHARS;
      let bytes = asText ? null : Buffer.from(text);
      const length = bytes ? bytes.length : Buffer.byteLength(text);
      // Encoded at most once, for the cache and compression alike.
      const encoded = () => (bytes ??= Buffer.from(text));
      // Large answers go compressed to clients that accept it (compression.ts); small ones as they are.
      const encodeAs = length >= COMPRESS_MIN_BYTES && options.compressMisses !== false ? encoding : null;
      if (req.method === 'GET' && status === 200 && isCacheable(text)) {
        // A served graph never changes (a new store generation is a new graph with its own content
        // hash): the same GET on the same day gets the same answer, named by the graph's content
        // hash, the date and the request. POST answers
        // are never stored by HTTP caches. Each coding is its own representation, with its own ETag.
        const etag = `"${version}.${createHash('sha256').update(`${today}\n${url.search}`).digest('base64url').slice(0, 16)}${encodeAs ? `.${encodeAs}` : ''}"`;
        outHeaders['cache-control'] = `public, max-age=${GET_MAX_AGE_SECONDS}`;
        outHeaders.etag = etag;
        outHeaders.vary = 'accept, apollo-require-preflight, x-apollo-operation-name, accept-encoding';
        if (matchesEtag(req.headers['if-none-match'], etag)) {
          delete outHeaders['content-type'];
          res.writeHead(304, outHeaders);
          res.end();
          return;
        }
      }
      outHeaders.vary = varyOn(outHeaders.vary, 'accept-encoding');
      if (cacheKey && ResponseCache.isCacheable(status, text)) {
        const { connection: _closing, ...stored } = outHeaders;
        cache!.set(cacheKey, { status, headers: { ...stored, 'content-length': String(length) }, body: encoded() });
      }
      const sent = encodeAs ? compressFast(encoded(), encodeAs) : asText ? text : encoded();
      if (encodeAs) outHeaders['content-encoding'] = encodeAs;
      outHeaders['content-length'] = String(typeof sent === 'string' ? length : sent.length);
      res.writeHead(status, outHeaders);
      res.end(sent);
    } catch (error) {
      if (error instanceof HttpError) {
        // The rest of a refused body may still be arriving: close the connection, or the client
        // would send its next request on a socket whose stream the server no longer reads as HTTP.
        if (error.status === 413) res.setHeader('connection', 'close');
        sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] });
      }
      else {
        console.error(error);
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        else res.end();
      }
    }
  };
}
