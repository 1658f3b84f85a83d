import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/domain/graph.js';
import { loadGraph, setAsideNotice } from '../../src/domain/load-graph.js';
import { findFilings, readFiling } from '../../src/xbrl/index.js';
import { editFile, fixture } from './helpers.js';

/**
 * Hostile and odd files (issue 21, item 5). Every fixture is generated here, in a temporary
 * folder, from the small `basic` filing: a root holding a good copy and a copy that is
 * attacked. The attacked copy is set aside with its reason and the good one still loads.
 */
const INSTANCE = 'acme-20240331.xml';
const SCHEMA = 'acme-20240331.xsd';

function root(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xbrl-hostile-'));
  cpSync(fixture('basic'), join(dir, 'good'), { recursive: true });
  return dir;
}

/** A copy of the basic filing under `dir/name`, with its own accession number so that it is another filing. */
function copy(dir: string, name: string, accession = '0000123456-24-000099'): string {
  const target = join(dir, name);
  cpSync(fixture('basic'), target, { recursive: true });
  editFile(target, 'metadata.json', (t) => t.replace('0000123456-24-000007', accession));
  return target;
}

/** The graph of `dir`, its single set-aside record (asserted), and that the good filing loaded. */
function setAside(dir: string): { graph: Graph; reason: string; file: string | null; line: number | null; folder: string } {
  const graph = loadGraph(undefined, dir);
  expect(graph.setAsideFilings).toHaveLength(1);
  expect(graph.companyByCik('0000123456')!.disclosures.some((d) => d.source.path === join('good', INSTANCE))).toBe(true);
  return { graph, ...graph.setAsideFilings[0] };
}

describe('only regular files are read, within a size cap', () => {
  it('passes over a FIFO named *.xml instead of hanging start-up', () => {
    const dir = root();
    execFileSync('mkfifo', [join(dir, 'good', 'pipe.xml')]);
    execFileSync('mkfifo', [join(dir, 'good', 'metadata2.xsd')]);
    const graph = loadGraph(undefined, dir);
    expect(graph.setAsideFilings).toEqual([]);
    expect(graph.companyByCik('0000123456')!.disclosures).toHaveLength(1);
  });

  it('sets aside an instance beyond the size cap without reading it', () => {
    const dir = root();
    const bad = copy(dir, 'bad');
    truncateSync(join(bad, INSTANCE), 600 * 1024 * 1024); // sparse: costs no disk
    try {
      const r = setAside(dir);
      expect(r.folder).toBe(bad);
      expect(r.file).toBe(join(bad, INSTANCE));
      expect(r.reason).toMatch(/629145600 bytes, more than the \d+ bytes a file may have/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('nesting depth is bounded', () => {
  const nested = (depth: number) => {
    const dir = root();
    const bad = copy(dir, 'bad');
    editFile(bad, INSTANCE, (t) => t.replace('</xbrli:xbrl>', `${'<acme:Tuple>'.repeat(depth)}<gaap:Revenues contextRef="FY2024" unitRef="U001" decimals="-3">1</gaap:Revenues>${'</acme:Tuple>'.repeat(depth)}</xbrli:xbrl>`));
    return { dir, bad };
  };
  it.each([20_000, 100_000])('sets aside a %i-deep tuple instead of overflowing the stack', (depth) => {
    const { dir, bad } = nested(depth);
    const r = setAside(dir);
    expect(r.folder).toBe(bad);
    expect(r.reason).toMatch(/nested more than 1000 deep/);
    expect(r.line).toBeGreaterThan(60);
  });

  it('still reads a tuple nested a few levels deep', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xbrl-tuple-'));
    cpSync(fixture('basic'), dir, { recursive: true });
    editFile(dir, INSTANCE, (t) => t.replace('</xbrli:xbrl>', `${'<acme:Tuple>'.repeat(50)}<gaap:Revenues contextRef="FY2024" unitRef="U001" decimals="-3">7</gaap:Revenues>${'</acme:Tuple>'.repeat(50)}</xbrli:xbrl>`));
    expect(readFiling(dir).facts.some((f) => f.value === '7')).toBe(true);
  });
});

describe('parse and arithmetic errors are caught and reported', () => {
  it.each([
    ['decimals beyond any rounding', 'decimals="-3" id="is-1"', 'decimals="2000000000" id="is-1"', /decimals "2000000000" is outside ±100/],
    ['a value beyond the decimal range', '>10000000</gaap:Revenues>', `>1e${'9'.repeat(30)}</gaap:Revenues>`, /beyond the decimal range/],
    ['a value of 1e9999', '>10000000</gaap:Revenues>', '>1e9999</gaap:Revenues>', /value "1e9999" is beyond the decimal range/],
  ])('sets aside %s, naming file, line and reason', (_what, from, to, reason) => {
    const dir = root();
    const bad = copy(dir, 'bad');
    editFile(bad, INSTANCE, (t) => t.replace(from, to));
    const r = setAside(dir);
    expect(r.file).toBe(join(bad, INSTANCE));
    expect(r.line).toBe(70);
    expect(r.reason).toMatch(reason);
    expect(setAsideNotice(r.graph)).toEqual([expect.stringMatching(new RegExp(`^set aside: bad, bad/${INSTANCE}, line 70: gaap:Revenues`))]);
  });
});

describe('references stay inside the filing folder, and nothing is fetched', () => {
  it.each([
    ['a remote schemaRef', INSTANCE, `xlink:href="${SCHEMA}"`, `xlink:href="http://example.com/${SCHEMA}"`, /schemaRef "http:\/\/example.com\/acme-20240331.xsd" is remote/],
    ['a remote linkbaseRef', SCHEMA, 'xlink:href="acme-20240331_cal.xml"', 'xlink:href="https://example.com/acme-20240331_cal.xml"', /linkbaseRef "https:\/\/example.com\/acme-20240331_cal.xml" is remote/],
    ['a schemaRef by file URL', INSTANCE, `xlink:href="${SCHEMA}"`, `xlink:href="file:///etc/passwd"`, /is remote/],
    ['a schemaRef up out of the folder', INSTANCE, `xlink:href="${SCHEMA}"`, `xlink:href="../good/${SCHEMA}"`, /points outside the filing's folder/],
    ['a linkbaseRef up out of the folder', SCHEMA, 'xlink:href="acme-20240331_cal.xml"', 'xlink:href="../good/acme-20240331_cal.xml"', /points outside the filing's folder/],
  ])('sets aside %s', (_what, file, from, to, reason) => {
    const dir = root();
    const bad = copy(dir, 'bad');
    editFile(bad, file, (t) => t.replace(from, to));
    const r = setAside(dir);
    expect(r.folder).toBe(bad);
    expect(r.reason).toMatch(reason);
  });

  it('sets aside an absolute path to another filing\'s schema (it would give one company the statements of another)', () => {
    const dir = root();
    const bad = copy(dir, 'bad');
    editFile(bad, INSTANCE, (t) => t.replace(`xlink:href="${SCHEMA}"`, `xlink:href="${join(dir, 'good', SCHEMA)}"`));
    expect(setAside(dir).reason).toMatch(/is an absolute path/);
  });

  it('sets aside a link to a file outside the folder', () => {
    const dir = root();
    const bad = copy(dir, 'bad');
    execFileSync('rm', [join(bad, 'acme-20240331_cal.xml')]);
    symlinkSync(join(dir, 'good', 'acme-20240331_cal.xml'), join(bad, 'acme-20240331_cal.xml'));
    expect(setAside(dir).reason).toMatch(/points outside the filing's folder/);
  });

  it('notes a standard taxonomy named by URL without fetching it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xbrl-std-'));
    cpSync(fixture('basic'), dir, { recursive: true });
    editFile(dir, INSTANCE, (t) => t.replace(`<link:schemaRef xlink:type="simple" xlink:href="${SCHEMA}"/>`, `$&<link:schemaRef xlink:type="simple" xlink:href="https://xbrl.fasb.org/us-gaap/2023/elts/us-gaap-2023.xsd"/>`));
    const filing = readFiling(dir);
    expect(filing.notes).toContain('schemaRef https://xbrl.fasb.org/us-gaap/2023/elts/us-gaap-2023.xsd names a standard taxonomy: known by its namespace, not read');
    expect(filing.roles.length).toBeGreaterThan(0);
  });
});

describe('folders', () => {
  it('follows a symlinked filing folder once, and a link back up is no loop', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xbrl-links-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'xbrl-elsewhere-'));
    cpSync(fixture('basic'), join(elsewhere, 'acme'), { recursive: true });
    mkdirSync(join(dir, 'companies'));
    symlinkSync(join(elsewhere, 'acme'), join(dir, 'companies', 'acme'));
    symlinkSync(join(elsewhere, 'acme'), join(dir, 'companies', 'acme-again'));
    symlinkSync(dir, join(dir, 'companies', 'loop'));
    expect(findFilings(dir)).toEqual([join(dir, 'companies', 'acme')]);
    const graph = loadGraph(undefined, dir);
    expect(graph.setAsideFilings).toEqual([]);
    expect(graph.companyByCik('0000123456')!.disclosures).toHaveLength(1);
  });

  it('refuses two different filings claiming one accession number, naming both folders', () => {
    const dir = root();
    const other = join(dir, 'other');
    cpSync(fixture('basic'), other, { recursive: true });
    editFile(other, INSTANCE, (t) => t.replace('>10000000</gaap:Revenues>', '>10000001</gaap:Revenues>'));
    const graph = loadGraph(undefined, dir);
    expect(graph.setAsideFilings.map((r) => r.folder)).toEqual([join(dir, 'good'), other]);
    expect(graph.setAsideFilings[0].reason).toContain(other);
    expect(graph.setAsideFilings[1].reason).toContain(join(dir, 'good'));
    expect(graph.setAsideFilings[0].reason).toMatch(/accession number 0000123456-24-000007 is also claimed by a different filing/);
    expect(graph.companyByCik('0000123456')).toBeUndefined();
  });

  it('loads one filing found twice, or filed jointly under another filer\'s CIK, once', () => {
    const dir = root();
    cpSync(fixture('basic'), join(dir, 'copy'), { recursive: true });
    // The joint filing under a co-registrant's CIK folder: EDGAR's folder name, metadata naming the other filer.
    const joint = join(dir, '999', '000012345624000007');
    cpSync(fixture('basic'), joint, { recursive: true });
    editFile(joint, INSTANCE, (t) => t.replace('</xbrli:xbrl>', '<dei:EntityCentralIndexKey contextRef="FY2024">0000000999</dei:EntityCentralIndexKey></xbrli:xbrl>'));
    editFile(joint, 'metadata.json', (t) => t.replace('123456', '999'));
    cpSync(join(joint, INSTANCE), join(dir, 'good', INSTANCE));
    cpSync(join(joint, INSTANCE), join(dir, 'copy', INSTANCE));
    const graph = loadGraph(undefined, dir);
    expect(graph.setAsideFilings).toEqual([]);
    expect(graph.companyByCik('0000123456')!.disclosures).toHaveLength(1);
  });

  it('does not take a fetched company folder (submissions.json, companyfacts.json) for a filing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xbrl-fetched-'));
    mkdirSync(join(dir, '123456'));
    writeFileSync(join(dir, '123456', 'submissions.json'), '{"cik":"123456"}');
    writeFileSync(join(dir, '123456', 'companyfacts.json'), '{}');
    writeFileSync(join(dir, '123456', 'CIK0000123456-submissions-001.json'), '{}');
    cpSync(fixture('basic'), join(dir, '123456', '000012345624000007'), { recursive: true });
    expect(findFilings(dir)).toEqual([join(dir, '123456', '000012345624000007')]);
    // The companyfacts reader judges companyfacts.json ('{}' here is no companyfacts file); no filing is set aside.
    expect(loadGraph(undefined, dir).setAsideFilings.filter((r) => !r.file?.endsWith('companyfacts.json'))).toEqual([]);
  });
});

describe('declared encodings are honoured', () => {
  it('reads a Latin-1 instance as Latin-1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xbrl-latin1-'));
    cpSync(fixture('basic'), dir, { recursive: true });
    const text = readFileSync(join(dir, INSTANCE), 'utf8').replace('encoding="utf-8"', 'encoding="ISO-8859-1"').replace('Acme Widgets, Inc.', 'Acme Société Générale');
    writeFileSync(join(dir, INSTANCE), Buffer.from(text, 'latin1'));
    expect(readFiling(dir).cover.registrantName).toBe('Acme Société Générale');
  });

  it.each([
    ['bytes that are not UTF-8 in a UTF-8 document', 'utf-8', /bytes that are not valid UTF-8/],
    ['an encoding nobody can decode', 'x-unheard-of', /declared encoding "x-unheard-of" is not one this reader can decode/],
  ])('sets aside %s', (_what, declared, reason) => {
    const dir = root();
    const bad = copy(dir, 'bad');
    const text = readFileSync(join(bad, INSTANCE), 'utf8').replace('encoding="utf-8"', `encoding="${declared}"`).replace('Acme Widgets, Inc.', 'Acme Société');
    writeFileSync(join(bad, INSTANCE), Buffer.from(text, 'latin1'));
    expect(setAside(dir).reason).toMatch(reason);
  });
});
