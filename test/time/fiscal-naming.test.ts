import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/domain/load-graph.js';
import { describeFiscal, fiscalYearOf } from '../../src/domain/time/fiscal-calendar.js';
import { knownOn, knownOnBasis } from '../../src/domain/time/report-identity.js';
import { fixture } from '../xbrl/helpers.js';

const INSTANCE = 'acme-20240331.xml';

/** The basic filing copied to `root/name`, its instance edited, and metadata.json kept or removed. */
function filing(root: string, name: string, edit: (t: string) => string, metadata: Record<string, unknown> | null = {}): string {
  const dir = join(root, name);
  cpSync(fixture('basic'), dir, { recursive: true });
  writeFileSync(join(dir, INSTANCE), edit(readFileSync(join(dir, INSTANCE), 'utf8')));
  if (metadata === null) rmSync(join(dir, 'metadata.json'));
  else writeFileSync(join(dir, 'metadata.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')), ...metadata }));
  return dir;
}

/** Moves the basic filing's year (2023-04-01..2024-03-31, year end --03-31, focus 2024) elsewhere. */
const year = (start: string, end: string, yearEnd: string, focus: number) => (t: string) =>
  t
    .replaceAll('2023-04-01', start)
    .replaceAll('2024-03-31', end)
    .replace('2024-04-01T00:00:00', `${end}T23:59:59`)
    .replace('>--03-31<', `>${yearEnd}<`)
    .replace('id="cover-4">2024<', `id="cover-4">${focus}<`);

describe('fiscal years as companies name them', () => {
  it('a span ending on 1-7 January of a December company is in the new year, not the previous one', () => {
    const calendar = { month: 12, day: 31 };
    expect(describeFiscal('2024-01-01', '2024-01-04', calendar).fiscalYear).toBe(2024); // a predecessor's stub period
    expect(describeFiscal('2023-01-01', '2023-12-31', calendar)).toEqual({ fiscalYear: 2023, fiscalPeriod: 'FY' });
  });

  it('a 52/53-week December year is closed by its known end: 2024-01-03 follows a year ended 2023-12-30', () => {
    const weeks = { month: 12, day: 31, weekBased: true, knownEnds: ['2021-01-02', '2023-12-30'] };
    expect(fiscalYearOf('2024-01-03', weeks)).toBe(2024);
    expect(fiscalYearOf('2023-12-30', weeks)).toBe(2023);
    expect(fiscalYearOf('2021-01-02', weeks)).toBe(2020); // the 53-week fiscal 2020
    expect(describeFiscal('2019-12-29', '2021-01-02', weeks)).toEqual({ fiscalYear: 2020, fiscalPeriod: 'FY' });
    expect(describeFiscal('2024-01-01', '2024-01-05', weeks).fiscalYear).toBe(2024);
  });

  it('names Target-style years ending in early February by the company\'s own focus year', () => {
    const root = mkdtempSync(join(tmpdir(), 'fiscal-target-'));
    filing(root, 'k', year('2023-01-29', '2024-02-03', '--02-03', 2023));
    const graph = loadGraph(undefined, root);
    expect(graph.setAsideFilings).toEqual([]);
    const [disclosure] = graph.companyByCik('0000123456')!.disclosures;
    const periods = new Set(disclosure.facts.filter((f) => f.period.startDate === '2023-01-29').map((f) => f.period));
    expect([...periods].map((p) => [p.fiscalYear, p.fiscalPeriod, p.label])).toEqual([[2023, 'FY', 'FY 2023']]);
    expect(disclosure.checks.find((c) => c.kind === 'COVER')!.status).toBe('PASS');
  });

  it('keeps each filing\'s own year end: a later change of year end does not relabel the years before it', () => {
    const root = mkdtempSync(join(tmpdir(), 'fiscal-change-'));
    filing(root, 'old', year('2019-07-01', '2020-06-30', '--06-30', 2020), { accession_no: '0000123456-20-000001', filing_date: '2020-08-20' });
    filing(root, 'new', year('2023-01-01', '2023-12-31', '--12-31', 2023), { accession_no: '0000123456-24-000001', filing_date: '2024-02-20' });
    const graph = loadGraph(undefined, root);
    expect(graph.setAsideFilings).toEqual([]);
    const company = graph.companyByCik('0000123456')!;
    expect(company.fiscalYearEnd).toMatchObject({ month: 12, day: 31 });
    const label = (start: string) => company.disclosures.flatMap((d) => d.facts).find((f) => f.period.startDate === start)!.period.label;
    expect(label('2019-07-01')).toBe('FY 2020');
    expect(label('2023-01-01')).toBe('FY 2023');
    expect(company.disclosures.every((d) => d.checks.find((c) => c.kind === 'COVER')!.status === 'PASS')).toBe(true);
  });
});

describe('a filing without a known filing date is never known before it could have been filed', () => {
  it('is known from its period end plus its form\'s latest SEC deadline, bounded by its accession number\'s year', () => {
    const root = mkdtempSync(join(tmpdir(), 'known-on-'));
    filing(root, 'acme', (t) => t, null);
    const graph = loadGraph(undefined, root);
    const [d] = graph.companyByCik('0000123456')!.disclosures;
    expect([d.filedOn, knownOn(d), knownOnBasis(d)]).toEqual([null, '2024-06-29', 'FILING_DEADLINE']);
    const revenue = d.facts.find((f) => f.concept.name === 'us-gaap:Revenues' && f.dimensions.length === 0)!;
    expect(graph.timeline.asOf([revenue], '2024-04-15')).toEqual([]);
    expect(graph.timeline.asOf([revenue], '2024-06-29')).toHaveLength(1);
  });

  it.each([
    ['EDGAR folder name of the same year', '000012345624000007', '0000123456-24-000007', '2024-06-29', 'FILING_DEADLINE'],
    ['EDGAR folder name of a later year (filed late)', '000012345625000003', '0000123456-25-000003', '2025-12-31', 'ACCESSION_YEAR'],
  ])('takes the accession number from the %s', (_what, folder, accession, day, basis) => {
    const root = mkdtempSync(join(tmpdir(), 'known-on-'));
    filing(root, folder, (t) => t, null);
    const [d] = loadGraph(undefined, root).companyByCik('0000123456')!.disclosures;
    expect([d.accessionNumber, knownOn(d), knownOnBasis(d)]).toEqual([accession, day, basis]);
  });
});
