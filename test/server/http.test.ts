import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { copyOfData, embeddedGraph, QIFU_DISCLOSURE } from '../helpers.js';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer(embeddedGraph(), 0, '127.0.0.1');
});
afterAll(() => server.stop());

async function post(body: string, headers: Record<string, string> = {}) {
  return fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

describe('over real HTTP', () => {
  it('answers the contract query', async () => {
    const query = '{ company(ticker: "QFIN") { lineItems { label statement parent { label } footnotes { number text } facts { value unit period { startDate endDate } } } } }';
    const res = await post(JSON.stringify({ query }));
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await res.json()) as any;
    expect(body.errors).toBeUndefined();
    const cash = body.data.company.lineItems.find((i: any) => i.label === 'Cash and cash equivalents');
    expect(cash.facts.length).toBeGreaterThan(0);
  });

  it('answers CORS preflight for browser frontends', async () => {
    const res = await fetch(server.url, { method: 'OPTIONS', headers: { origin: 'http://example.test', 'access-control-request-method': 'POST' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toContain('content-type');
  });

  it('answers a malformed JSON body with 400 and a coded error', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('answers a query with a syntax error with a coded GraphQL error', async () => {
    const res = await post(JSON.stringify({ query: '{ company(ticker: "QFIN") { name ' }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('serves the Sandbox landing page to a browser outside production', async () => {
    const res = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toMatch(/sandbox/i);
  });
});

describe('start-up', () => {
  it('exits non-zero naming the file, the path inside it and the reason when a data file is malformed', () => {
    const dir = copyOfData();
    try {
      const file = join(dir, QIFU_DISCLOSURE, 'tables/balance-sheet.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"6,337,134"', '"6.337.134"'));
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
        env: { ...process.env, DATA_DIR: dir, PORT: '0' },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('balance-sheet.yaml');
      expect(run.stderr).toContain('rows[0].rows[0].rows[0].values[1]');
      expect(run.stderr).toContain('"6.337.134" is not a printed number');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
