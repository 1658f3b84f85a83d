/**
 * The physical limit of this stack: a bare node:http server, in its own process, that
 * answers every request with precomputed bytes (the real server's response to the same
 * request, with the same status and headers). Forked by bench/main.ts; takes
 * `{ status, headers, body }` messages (body in base64) and acknowledges each.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BareResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

if (!process.send) throw new Error('run by bench/main.ts');

let status = 200;
let headers: Record<string, string> = {};
let body = Buffer.alloc(0);

const server = createServer((req, res) => {
  // Read the request to its end, as the real server must, then write the stored bytes.
  req.resume();
  req.on('end', () => {
    res.writeHead(status, headers);
    res.end(body);
  });
});

process.on('message', (message: BareResponse) => {
  status = message.status;
  headers = message.headers;
  body = Buffer.from(message.body, 'base64');
  process.send!({ ok: true });
});
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.send!({ url: `http://127.0.0.1:${port}/graphql` });
});
