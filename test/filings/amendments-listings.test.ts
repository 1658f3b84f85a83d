import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/domain/load-graph.js';
import type { Graph } from '../../src/domain/graph.js';
import { editFile, fixture, SHARED_XBRL, sharedExists } from '../xbrl/helpers.js';
import { execute } from '../helpers.js';

const INSTANCE = 'acme-20240331.xml';

/** A copy of the basic filing under `root/name`, edited: its metadata and its instance. */
function basicCopy(root: string, name: string, meta: Record<string, string | number>, instance: (t: string) => string = (t) => t): string {
  const dir = join(root, name);
  cpSync(fixture('basic'), dir, { recursive: true });
  const m = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8'));
  writeFileSync(join(dir, 'metadata.json'), JSON.stringify({ ...m, ...meta }));
  writeFileSync(join(dir, INSTANCE), instance(readFileSync(join(dir, INSTANCE), 'utf8')));
  return dir;
}

const asAmendment = (form: string) => (t: string) =>
  t
    .replace('id="cover-1">10-K<', `id="cover-1">${form}<`)
    .replace('id="cover-2">false<', 'id="cover-2">true<')
    .replace('decimals="-3" id="is-1">10000000<', 'decimals="-3" id="is-1">10500000<')
    .replace('decimals="0" id="is-1b">10000400<', 'decimals="0" id="is-1b">10500400<');

describe('amendments load beside the filing they amend, as later reports', () => {
  it.each([
    ['a 10-K/A', '10-K/A'],
    ['an amendment that kept the form 10-K (AmendmentFlag true)', '10-K'],
  ])('%s is a disclosure of its own, and revises the figures it changes', (_what, form) => {
    const root = mkdtempSync(join(tmpdir(), 'amend-'));
    basicCopy(root, 'original', {});
    basicCopy(root, 'amendment', { accession_no: '0000123456-24-000012', filing_date: '2024-08-01', form: '10-K/A' }, asAmendment(form));
    const graph = loadGraph(undefined, root);
    expect(graph.setAsideFilings).toEqual([]);
    const company = graph.companyByCik('0000123456')!;
    expect(company.disclosures.map((d) => [d.accessionNumber, d.isAmendment])).toEqual([
      ['0000123456-24-000012', true],
      ['0000123456-24-000007', false],
    ]);
    const revision = graph.timeline.revisions(company).find((r) => r.revised.concept.name === 'us-gaap:Revenues' && r.revised.dimensions.length === 0)!;
    expect(revision.previous.value).toBe('10000400');
    expect(revision.revised.value).toBe('10500400');
    expect(revision.revised.disclosure.isAmendment).toBe(true);
    expect(graph.timeline.asOf([revision.revised], '2024-06-30').map((f) => f.value)).toEqual(['10000400']);
    expect(graph.timeline.asOf([revision.revised], '2024-08-01').map((f) => f.value)).toEqual(['10500400']);
  });

  it('without filing dates (both known from the same deadline), the amendment is still the later report', () => {
    const root = mkdtempSync(join(tmpdir(), 'amend-nodate-'));
    for (const [folder, edit] of [['000012345624000007', (t: string) => t], ['000012345624000012', asAmendment('10-K')]] as const) {
      const dir = basicCopy(root, folder, {}, edit);
      rmSync(join(dir, 'metadata.json'));
    }
    const graph = loadGraph(undefined, root);
    const company = graph.companyByCik('0000123456')!;
    expect(company.disclosures.map((d) => [d.accessionNumber, d.filedOn, d.isAmendment])).toEqual([
      ['0000123456-24-000012', null, true],
      ['0000123456-24-000007', null, false],
    ]);
    const revision = graph.timeline.revisions(company).find((r) => r.revised.concept.name === 'us-gaap:Revenues' && r.revised.dimensions.length === 0)!;
    expect([revision.previous.value, revision.revised.value]).toEqual(['10000400', '10500400']);
  });

  it.skipIf(!sharedExists)('a 10-K/A made from Apple\'s 10-K 2023 revises net income, and as-of answers see it only from its filing date', async () => {
    const root = mkdtempSync(join(tmpdir(), 'amend-aapl-'));
    const source = join(SHARED_XBRL, 'aapl-10-k-2023');
    for (const name of ['original', 'amendment']) {
      mkdirSync(join(root, name));
      for (const f of readdirSync(source)) writeFileSync(join(root, name, f), readFileSync(join(source, f)));
    }
    editFile(join(root, 'amendment'), 'metadata.json', (t) => t.replace('"10-K"', '"10-K/A"').replace('2023-11-03', '2024-02-01').replace('0000320193-23-000106', '0000320193-24-000009'));
    editFile(join(root, 'amendment'), 'aapl-20230930_htm.xml', (t) =>
      t
        .replace('id="f-1">10-K<', 'id="f-1">10-K/A<')
        .replace('id="f-59">false<', 'id="f-59">true<')
        .replace(/(<us-gaap:NetIncomeLoss contextRef="c-1" decimals="-6" id="f-\d+" unitRef="usd">)96995000000</g, '$196990000000<'),
    );
    const graph = loadGraph(undefined, root);
    expect(graph.setAsideFilings).toEqual([]);
    const apple = graph.companyByCik('0000320193')!;
    expect(apple.disclosures.map((d) => d.form)).toEqual(['10-K/A', '10-K']);
    const revision = graph.timeline.revisions(apple).find((r) => r.revised.concept.name === 'us-gaap:NetIncomeLoss' && r.revised.dimensions.length === 0)!;
    expect([revision.previous.value, revision.revised.value, revision.revised.disclosure.accessionNumber]).toEqual(['96995000000', '96990000000', '0000320193-24-000009']);
    expect(graph.timeline.asOf([revision.revised], '2024-01-31')[0].value).toBe('96995000000');
    expect(graph.timeline.asOf([revision.revised], '2024-02-01')[0].value).toBe('96990000000');
    const result = await execute(`{ company(ticker: "AAPL") { disclosures(first: 5) { nodes { form isAmendment accessionNumber } } } }`, undefined, graph);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).company.disclosures.nodes).toEqual([
      { form: '10-K/A', isAmendment: true, accessionNumber: '0000320193-24-000009' },
      { form: '10-K', isAmendment: false, accessionNumber: '0000320193-23-000106' },
    ]);
  });
});

describe('tickers are listings with dates', () => {
  function companies(): Graph {
    const root = mkdtempSync(join(tmpdir(), 'tickers-'));
    const other = (t: string) => t.replaceAll('0000123456', '0000000777').replace('Acme Widgets, Inc.', 'Newco Corp');
    basicCopy(root, 'acme-2020', { filing_date: '2020-05-20', accession_no: '0000123456-20-000001' }, (t) => t.replace(/(<xbrli:(startDate|endDate|instant)>)2024/g, '$12020').replace(/(<xbrli:startDate>)2023/g, '$12019').replace('id="cover-3">2024-03-31<', 'id="cover-3">2020-03-31<'));
    basicCopy(root, 'acme-2022', { filing_date: '2022-05-20', accession_no: '0000123456-22-000001' }, (t) => t.replace('id="cover-9">ACME<', 'id="cover-9">ACMX, ACMX WS<'));
    basicCopy(root, 'newco-2024', { filing_date: '2024-05-20', accession_no: '0000000777-24-000001', cik: 777, company: 'Newco Corp' }, other);
    return loadGraph(undefined, root);
  }

  it('resolves a ticker another company used earlier as of a date, with no error', async () => {
    const graph = companies();
    expect(graph.setAsideFilings).toEqual([]);
    expect(graph.companyByTicker('ACME')!.name).toBe('Newco Corp');
    expect(graph.companyByTicker('ACME', '2021-06-30')!.name).toBe('Acme Widgets, Inc.');
    expect(graph.companyByTicker('ACMX')!.name).toBe('Acme Widgets, Inc.');
    const acme = graph.companyByCik('0000123456')!;
    expect(acme.listings.map((l) => [l.ticker, l.listedFrom, l.listedUntil])).toEqual([
      ['ACME', '2020-05-20', '2020-05-20'],
      ['ACMX', '2022-05-20', null],
      ['ACMX WS', '2022-05-20', null],
    ]);
    const result = await execute(`{ then: company(ticker: "acme", asOf: "2021-01-01") { name } now: company(ticker: "ACME") { name listings { ticker listedFrom listedUntil } } warrants: company(ticker: "ACMX WS") { name } }`, undefined, graph);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      then: { name: 'Acme Widgets, Inc.' },
      now: { name: 'Newco Corp', listings: [{ ticker: 'ACME', listedFrom: '2024-05-20', listedUntil: null }] },
      warrants: { name: 'Acme Widgets, Inc.' },
    });
  });

  it('does not split a warrant symbol "AEON WS" into a ticker "WS"', () => {
    const graph = companies();
    expect(graph.companyByTicker('WS')).toBeUndefined();
    expect(graph.companyByTicker('ACMX WS')!.cik).toBe('0000123456');
  });
});

describe('foreign private issuers', () => {
  it.each([
    ['20-F', 'ANNUAL_REPORT'],
    ['40-F', 'ANNUAL_REPORT'],
    ['6-K', 'INTERIM_REPORT'],
  ])('a %s with XBRL loads as a %s', (form, kind) => {
    const root = mkdtempSync(join(tmpdir(), 'fpi-'));
    basicCopy(root, 'f', { form }, (t) => t.replace('id="cover-1">10-K<', `id="cover-1">${form}<`));
    const graph = loadGraph(undefined, root);
    expect(graph.setAsideFilings).toEqual([]);
    const [d] = graph.companyByCik('0000123456')!.disclosures;
    expect([d.form, d.kind, d.facts.length > 10]).toEqual([form, kind, true]);
  });
});

describe('the setAsideFilings query', () => {
  it('lists each set-aside filing with its folder, file, line and reason', async () => {
    const root = mkdtempSync(join(tmpdir(), 'set-aside-api-'));
    basicCopy(root, 'good', {});
    basicCopy(root, 'bad', { accession_no: '0000123456-24-000099' }, (t) => t.replace('decimals="-3" id="is-1"', 'decimals="2000000000" id="is-1"'));
    const graph = loadGraph(undefined, root);
    const result = await execute(`{ setAsideFilings(first: 10) { totalCount nodes { id folder file line reason } } }`, undefined, graph);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).setAsideFilings).toEqual({
      totalCount: 1,
      nodes: [{ id: 'bad', folder: 'bad', file: `bad/${INSTANCE}`, line: 70, reason: expect.stringMatching(/^gaap:Revenues\[@id="is-1"\]: decimals "2000000000" is outside ±100/) }],
    });
  });
});
