/**
 * Source texts are not shipped: they are looked up in the sources folder (SOURCES_DIR, else
 * ../shared/seeds). Without them the curated data loads unchecked against them, visibly;
 * with them every excerpt is checked; a text that is there but differs stops start-up.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/domain/graph.js';
import { DEFAULT_DATA_DIR, loadGraph, unverifiedSourcesNotice } from '../../src/domain/load-graph.js';
import type { Disclosure } from '../../src/domain/model.js';
import { copyOfData, editDataFile, execute, loadErrorOf, QIFU_DISCLOSURE, QIFU_SOURCE_PATH, qifuSourceExists, qifuSourceText, skipWithoutSource } from '../helpers.js';

const temp = mkdtempSync(join(tmpdir(), 'disclosure-sources-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const EMPTY = join(temp, 'empty');
mkdirSync(EMPTY);
const SOURCE_FILE = basename(QIFU_SOURCE_PATH);

const without = loadGraph(undefined, undefined, EMPTY);
const disclosuresOf = (graph: Graph): Disclosure[] => graph.companies.flatMap((c) => c.disclosures);
const qifu = (graph: Graph) => disclosuresOf(graph).find((d) => d.id === 'qifu-technology/2024-q2-results')!;
/** What a reader gets of a fact: everything but the checks about it. */
const factsOf = (graph: Graph) =>
  qifu(graph).facts.map((f) => ({ id: f.id, value: f.value, unit: f.unit, period: f.period.id, lineItem: f.lineItem.id, origin: f.origin, kind: f.source.kind, excerpt: 'excerpt' in f.source ? f.source.excerpt : null }));
const checksOf = (graph: Graph, kinds: (kind: string) => boolean) => qifu(graph).checks.filter((c) => kinds(c.kind)).map((c) => `${c.kind} ${c.status} ${c.name}`).sort();

const SOURCE_QUERY = `{ company(ticker: "QFIN") { disclosures(first: 1) { nodes { source { path sha256 isVerified } checks(first: 1, kind: SOURCE_TEXT) { totalCount } } } } }`;

describe('without the sources folder', () => {
  it('loads the curated data alone, marked unverified, with no SOURCE_TEXT checks and every other check passing', () => {
    const d = qifu(without);
    expect(d.source).toMatchObject({ path: SOURCE_FILE, text: null, isVerified: false });
    expect(d.facts.length).toBeGreaterThan(700);
    expect(d.checks.filter((c) => c.kind === 'SOURCE_TEXT')).toEqual([]);
    expect(d.checks.length).toBeGreaterThan(500);
    expect(d.checks.filter((c) => c.status === 'FAIL').map((c) => c.name)).toEqual([]);
  });

  it('says so in the API and in the start-up notice', async () => {
    const result = await execute(SOURCE_QUERY, undefined, without);
    expect(result.errors).toBeUndefined();
    const [node] = (result.data as any).company.disclosures.nodes;
    expect(node.source).toEqual({ path: SOURCE_FILE, sha256: qifu(without).source.sha256, isVerified: false });
    expect(node.checks.totalCount).toBe(0);
    const notice = unverifiedSourcesNotice(without, EMPTY);
    expect(notice).toContain(EMPTY);
    expect(notice).toContain('qifu-technology/2024-q2-results');
    expect(notice!.split('\n')).toHaveLength(1);
  });

  it('keeps the notice one short line however many disclosures are unverified', () => {
    const d = qifu(without);
    const many = { companies: [{ disclosures: Array.from({ length: 1000 }, (_, i) => ({ ...d, id: `c${i}/d` })) }] } as unknown as Graph;
    const notice = unverifiedSourcesNotice(many, EMPTY)!;
    expect(notice).toContain('for 1000 disclosure(s) (c0/d, c1/d, c2/d, and 997 more)');
    expect(notice.length).toBeLessThan(300 + EMPTY.length);
  });

  it('does not check governance excerpts against the source, but still checks figures against their excerpts', () => {
    const dir = copyOfData();
    try {
      const governance = `${QIFU_DISCLOSURE}/governance.yaml`;
      editDataFile(dir, governance, (t) => t.replace('since January 2023.', 'since February 2023.'));
      expect(() => loadGraph(dir, undefined, EMPTY)).not.toThrow();
      editDataFile(dir, `${QIFU_DISCLOSURE}/capital-return.yaml`, (t) => t.replace('amount: US$0.60', 'amount: US$0.66'));
      expect(loadErrorOf(dir, EMPTY).reason).toMatch(/"US\$0.66" does not occur in the excerpt/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the server starts and prints a one-line notice', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env: { ...process.env, SOURCES_DIR: EMPTY, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const seen = { out: '', err: '' };
    child.stderr.on('data', (c: Buffer) => (seen.err += c.toString()));
    // 'close' comes once both pipes are drained: stdout and stderr arrive in no fixed order.
    const closed = new Promise((resolve) => child.once('close', resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (c: Buffer) => {
          seen.out += c.toString();
          if (/ready at/.test(seen.out)) resolve();
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}: ${seen.out}${seen.err}`)));
      });
    } finally {
      child.kill('SIGKILL');
      await closed;
    }
    const lines = seen.err.split('\n').filter((l) => l.includes('Source texts not found'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(EMPTY);
  });
});

describe.skipIf(skipWithoutSource('the comparison of loading with and without the source text'))('with the source text', () => {
  const withSource = loadGraph(undefined, undefined, join(QIFU_SOURCE_PATH, '..'));

  it('verifies it: the text is kept, every excerpt is checked and every check passes', () => {
    const d = qifu(withSource);
    expect(d.source).toMatchObject({ path: SOURCE_FILE, isVerified: true });
    expect(d.source.text).toBe(qifuSourceText());
    expect(d.checks.filter((c) => c.kind === 'SOURCE_TEXT')).toHaveLength(d.tables.reduce((n, t) => n + t.rows.length, 0) + d.statements.length + d.footnotes.length);
    expect(d.checks.filter((c) => c.status === 'FAIL').map((c) => c.name)).toEqual([]);
    expect(unverifiedSourcesNotice(withSource)).toBeNull();
  });

  it('serves the same facts and the same other checks as without it', () => {
    expect(factsOf(without)).toEqual(factsOf(withSource));
    const other = (kind: string) => kind !== 'SOURCE_TEXT';
    expect(checksOf(without, other)).toEqual(checksOf(withSource, other));
    expect(checksOf(withSource, (k) => k === 'SOURCE_TEXT').length).toBeGreaterThan(100);
  });
});

describe('a source text that differs from its SHA-256', () => {
  const wrong = join(temp, 'wrong');
  mkdirSync(wrong);
  writeFileSync(join(wrong, SOURCE_FILE), qifuSourceExists ? qifuSourceText().replace('4,177,890', '4,177,891') : 'Not the release.\n');

  it('stops loading with the file, the path inside it and the reason', () => {
    const error = loadErrorOf(DEFAULT_DATA_DIR, wrong);
    expect(error.file).toContain(`${QIFU_DISCLOSURE}/disclosure.yaml`);
    expect(error.path).toBe('source.sha256');
    expect(error.reason).toMatch(new RegExp(`wrong/${SOURCE_FILE.replace(/\./g, '\\.')} has SHA-256 [0-9a-f]{64}; the source text changed since it was curated`));
  });

  it('stops start-up with exit code 1', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env: { ...process.env, SOURCES_DIR: wrong, PORT: '0' }, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('disclosure.yaml: source.sha256: ');
    expect(run.stderr).toContain(`${SOURCE_FILE} has SHA-256`);
  });
});
