import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { embeddedGraph } from '../helpers.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(embeddedGraph(), 0, '127.0.0.1');
});
afterAll(() => server.stop());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a body over 1 MiB', () => {
  it('gets 413 and a closed connection, so the next request on that socket does not hang', async () => {
    const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
    let received = '';
    let closedAt: number | null = null;
    socket.on('data', (d) => (received += d.toString()));
    socket.on('error', () => {});
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.on('close', () => (closedAt = Date.now()));
    const size = 2 * 1024 * 1024;
    socket.write(`POST /graphql HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: ${size}\r\nConnection: keep-alive\r\n\r\n`);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    // A client streams the body while the server refuses it.
    for (let i = 0; i < 20 && closedAt === null; i++) {
      socket.write(chunk);
      await sleep(5);
    }
    await sleep(200);
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    expect(received.toLowerCase()).toContain('connection: close');
    expect(received).toContain('PAYLOAD_TOO_LARGE');
    // The next request written on that keep-alive socket: answered or refused at once, never left waiting.
    const started = Date.now();
    if (closedAt === null) {
      const q = JSON.stringify({ query: '{ __typename }' });
      socket.write(`POST /graphql HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: ${q.length}\r\n\r\n${q}`);
    }
    await Promise.race([closed, sleep(2000)]);
    expect(closedAt, 'the server closed the connection').not.toBeNull();
    expect(closedAt! - started).toBeLessThan(2000);
    // And a new connection is served normally.
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.status).toBe(200);
  });
});

describe('a client gone before the end of its body', () => {
  it('leaves no request waiting, logs nothing, and the server goes on answering', async () => {
    const logged: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    try {
      for (let i = 0; i < 20; i++) {
        const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
        socket.on('error', () => {});
        socket.write(`POST /graphql HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":`);
        await sleep(5);
        socket.destroy();
      }
      await sleep(100);
      const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(res.status).toBe(200);
      expect(logged).toEqual([]);
    } finally {
      console.error = log;
    }
  });
});

describe('CORS for browser apps', () => {
  it('a preflight allows the headers the app asks to send', async () => {
    const requested = 'authorization, apollographql-client-name, apollographql-client-version, content-type, x-request-id';
    const res = await fetch(server.url, {
      method: 'OPTIONS',
      headers: { origin: 'http://app.example', 'access-control-request-method': 'POST', 'access-control-request-headers': requested },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const allowed = res.headers.get('access-control-allow-headers')!.split(',').map((h) => h.trim().toLowerCase());
    for (const header of requested.split(', ')) expect(allowed).toContain(header);
    expect(res.headers.get('vary')?.toLowerCase()).toContain('access-control-request-headers');
  });

  it('exposes the ETag to page scripts', async () => {
    const res = await fetch(`${server.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: 'http://app.example', 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeTruthy();
    expect(res.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('etag');
  });
});
