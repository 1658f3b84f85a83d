/**
 * The physical limit of this stack: a bare node:http server, in its own process, that
 * answers every request with the real server's answer to the same request (same status
 * and headers). Forked by bench/main.ts; takes `{ status, headers, body, mode, encoding }`
 * messages (body in base64) and acknowledges each. Two modes:
 * - `bytes`: writes the stored bytes (the limit for an answer served from a cache);
 * - `stringify`: keeps the answer as a parsed object and, for each request, does what any
 *   server must do to send a freshly computed answer: JSON.stringify it, encode it to
 *   UTF-8, compress it at the server's fast level when `encoding` is set, and write it
 *   (the limit for an executed answer);
 * - `graphql-js` and `compiled`: no Apollo Server and no handler: parses the request body,
 *   parses and validates its query once per distinct query, executes it for each request
 *   with graphql-js (or a graphql-jit compiled query) over the same graph, and writes
 *   `JSON.stringify` of the result: what the executors cost without Apollo's pipeline.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import 'reflect-metadata';
import { execute, parse, validate, type DocumentNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Graph } from '../src/domain/graph.js';
import { loadGraph } from '../src/domain/load-graph.js';
import { getSchema } from '../src/graphql/build-schema.js';
import { compressFast, type Encoding } from '../src/server/compression.js';

export interface BareResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  mode: 'bytes' | 'stringify' | 'graphql-js' | 'compiled';
  /** graphql-js and compiled modes: the data folder to load. */
  dataDir?: string;
  /** SEC filings to load beside `dataDir`, for the filings' workload. */
  filingsDir?: string;
  /** stringify mode: compress each answer in this coding. */
  encoding?: Encoding;
}

if (!process.send) throw new Error('run by bench/main.ts');

let current: BareResponse = { status: 200, headers: {}, body: '', mode: 'bytes' };
let bytes = Buffer.alloc(0);
let answer: unknown = null;

function respond(): { headers: Record<string, string>; body: Buffer } {
  if (current.mode === 'bytes') return { headers: current.headers, body: bytes };
  let body: Buffer = Buffer.from(JSON.stringify(answer));
  if (current.encoding) body = compressFast(body, current.encoding);
  return { headers: { ...current.headers, 'content-length': String(body.length) }, body };
}

let graph: Graph | undefined;
const documents = new Map<string, { document: DocumentNode; compiled?: CompiledQuery }>();

async function executeAlone(raw: string): Promise<Buffer> {
  const { query, variables } = JSON.parse(raw) as { query: string; variables?: Record<string, unknown> };
  let known = documents.get(query);
  if (!known) {
    const document = parse(query);
    if (validate(getSchema(), document).length > 0) throw new Error('invalid query');
    const compiled = compileQuery(getSchema(), document);
    known = { document, compiled: isCompiledQuery(compiled) ? compiled : undefined };
    documents.set(query, known);
  }
  const contextValue = { graph: graph! };
  const result = current.mode === 'compiled' && known.compiled
    ? await known.compiled.query(undefined, contextValue, variables ?? {})
    : await execute({ schema: getSchema(), document: known.document, contextValue, variableValues: variables });
  return Buffer.from(JSON.stringify(result));
}

const server = createServer((req, res) => {
  // Read the request to its end, as the real server must, then answer.
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    if (current.mode === 'graphql-js' || current.mode === 'compiled') {
      void executeAlone(Buffer.concat(chunks).toString('utf8')).then((body) => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(body.length) });
        res.end(body);
      });
      return;
    }
    const { headers, body } = respond();
    res.writeHead(current.status, headers);
    res.end(body);
  });
});

process.on('message', (message: BareResponse) => {
  current = message;
  if (message.dataDir) graph ??= loadGraph(message.dataDir, message.filingsDir);
  bytes = Buffer.from(message.body, 'base64');
  if (message.mode === 'stringify') {
    answer = JSON.parse(bytes.toString('utf8'));
    const { 'content-length': _length, 'content-encoding': _encoding, ...headers } = message.headers;
    current = { ...message, headers: message.encoding ? { ...headers, 'content-encoding': message.encoding } : headers };
  }
  process.send!({ ok: true });
});
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.send!({ url: `http://127.0.0.1:${port}/graphql` });
});
