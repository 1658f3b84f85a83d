import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationsDocument, OPERATIONS_FILE } from '../../scripts/readme-operations.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { embeddedGraph } from '../helpers.js';
import { allTranslatedFacts, refetchedCompanyNames, searchedLineItems } from './typed-client.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('typed clients (npm run codegen)', () => {
  it('has client/operations.graphql equal to the README\'s operations', () => {
    expect(readFileSync(OPERATIONS_FILE, 'utf8')).toBe(operationsDocument());
  });

  it('has every generated file (the README client\'s and the explorer\'s) equal to what GraphQL Code Generator makes from schema/schema.graphql now', async () => {
    const config = parse(readFileSync(`${root}codegen.yml`, 'utf8'));
    const outputs = await generate({ ...config, cwd: root, silent: true }, false);
    expect(outputs.map((o: { filename: string }) => o.filename).sort()).toEqual(['client/operations.generated.ts', 'web/src/generated/graphql.ts', 'web/src/generated/possible-types.ts']);
    for (const output of outputs) expect(readFileSync(`${root}${output.filename}`, 'utf8'), `${output.filename} is stale: run npm run codegen`).toBe(output.content);
  });

  it('type-checks the client written against the generated types', () => {
    const tsc = spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}test/client/tsconfig.json`], { encoding: 'utf8', timeout: 60_000 });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});

describe('the typed client against the running server, as a frontend developer would use it', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(embeddedGraph(), 0, '127.0.0.1');
  });
  afterAll(() => server.stop());

  it('pages through facts to the end, getting each one once', async () => {
    const { totalCount, rows } = await allTranslatedFacts(server.url);
    const expected = embeddedGraph().companies[0].lineItems.flatMap((i) => i.facts).filter((f) => f.translationOf !== null && f.period.startDate === null && f.period.endDate === '2024-06-30');
    expect(totalCount).toBe(expected.length);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.map((r) => r.value)).toEqual(expected.map((f) => f.value));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const row of rows) expect(row).toMatchObject({ unit: 'USD', period: 'Jun 30, 2024' });
  });

  it('refetches a node by its ID and searches line items', async () => {
    expect(await refetchedCompanyNames(server.url)).toEqual(['Qifu Technology']);
    const items = await searchedLineItems(server.url);
    const total = items.find((i) => i.label.endsWith('TOTAL ASSETS'));
    const domain = embeddedGraph().companies[0].lineItems.find((i) => i.label === 'TOTAL ASSETS')!;
    expect(total?.values).toEqual(domain.facts.filter((f) => f.unit === 'CNY').map((f) => f.value));
    for (const item of items) expect(item.label.toLowerCase()).toMatch(/(?=.*\btotal\b)(?=.*\bassets\b)/);
  });
});
