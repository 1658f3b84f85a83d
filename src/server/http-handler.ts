import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Context } from '../graphql/context.js';
import { ResponseCache } from './response-cache.js';

export const GRAPHQL_PATH = '/graphql';
const MAX_BODY_BYTES = 1 << 20;

const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, apollo-require-preflight, x-apollo-operation-name',
  'access-control-max-age': '86400',
};

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

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `Request body exceeds ${MAX_BODY_BYTES} bytes`, 'PAYLOAD_TOO_LARGE');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
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

/**
 * Serves the GraphQL endpoint over node:http, handing every request to Apollo's
 * transport-neutral executeHTTPGraphQLRequest. With a `cache`, a repeated successful query
 * is answered from its stored bytes.
 */
export function createHttpHandler(apollo: ApolloServer<Context>, context: () => Promise<Context>, cache?: ResponseCache): RequestListener {
  return async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname !== GRAPHQL_PATH) {
        sendJson(res, 404, { errors: [{ message: `Not found; the GraphQL endpoint is ${GRAPHQL_PATH}`, extensions: { code: 'NOT_FOUND' } }] });
        return;
      }
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS_HEADERS);
        res.end();
        return;
      }
      const raw = req.method === 'POST' ? await readBody(req) : undefined;
      const cacheKey = cache && raw !== undefined ? ResponseCache.keyFor(req.method, req.headers, raw) : null;
      const hit = cacheKey ? cache!.get(cacheKey) : undefined;
      if (hit) {
        res.writeHead(hit.status, hit.headers);
        res.end(hit.body);
        return;
      }
      const body = raw !== undefined ? parseBody(raw, req.headers['content-type']) : undefined;
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context,
      });
      const outHeaders: Record<string, string> = { ...CORS_HEADERS };
      for (const [key, value] of response.headers) outHeaders[key] = value;
      res.writeHead(response.status ?? 200, outHeaders);
      if (response.body.kind === 'complete') {
        if (cacheKey && ResponseCache.isCacheable(response.status, response.body.string)) {
          const bytes = Buffer.from(response.body.string);
          cache!.set(cacheKey, { status: response.status ?? 200, headers: outHeaders, body: bytes });
          res.end(bytes);
        } else res.end(response.body.string);
      }
      else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (error) {
      if (error instanceof HttpError) sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] });
      else {
        console.error(error);
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        else res.end();
      }
    }
  };
}
