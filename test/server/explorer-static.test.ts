import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { embeddedGraph } from '../helpers.js';

/** A stand-in for web/dist: the server's caching rules do not depend on what the app is. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'explorer-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Explorer</title><script type="module" src="/assets/index-AbC123.js"></script>');
  writeFileSync(join(dir, 'assets/index-AbC123.js'), 'console.log("app")');
  return dir;
}

describe('the explorer served at /', () => {
  let server: RunningServer;
  let web: string;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.origin}${path}`, { headers });

  beforeAll(async () => {
    web = fakeBuild();
    server = await startServer(embeddedGraph(), 0, '127.0.0.1', { webRoot: web });
  });
  afterAll(async () => {
    await server.stop();
    rmSync(web, { recursive: true, force: true });
  });

  it('serves index.html revalidated on every use, with an ETag and a policy that allows only this host', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    expect(await res.text()).toContain('/assets/index-AbC123.js');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await get('/', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('marks hashed assets immutable for a year', async () => {
    const res = await get('/assets/index-AbC123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe('console.log("app")');
  });

  it('answers a browser following a deep link with the app, which routes on the client', async () => {
    const res = await get('/c/QFIN/d/2024-q2-results/unaudited-condensed-consolidated-balance-sheets?fact=abc', { accept: 'text/html,application/xhtml+xml' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<title>Explorer</title>');
  });

  it('keeps 404 for missing files, for API clients and for paths that cannot be a view', async () => {
    expect((await get('/assets/gone-123.js', { accept: 'text/html' })).status).toBe(404);
    expect((await get('/favicon.ico', { accept: 'text/html' })).status).toBe(404);
    const api = await get('/nope');
    expect(api.status).toBe(404);
    expect(((await api.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await fetch(`${server.origin}/c/QFIN`, { method: 'POST', headers: { accept: 'text/html' } })).status).toBe(404);
  });

  it('keeps GraphQL at /graphql', async () => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ company(ticker: "QFIN") { name } }' }) });
    expect(((await res.json()) as any).data.company.name).toBe('Qifu Technology');
  });
});

describe('a server whose explorer is not built', () => {
  it('says at / how to build it, and still serves the API', async () => {
    const server = await startServer(embeddedGraph(), 0, '127.0.0.1', { webRoot: join(tmpdir(), 'no-such-explorer-build') });
    try {
      const res = await fetch(`${server.origin}/`);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('npm run build:web');
      const api = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(api.status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
