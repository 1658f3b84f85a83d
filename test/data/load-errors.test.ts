import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyOfData, editDataFile, loadErrorOf, QIFU_DISCLOSURE, QIFU_SOURCE_PATH, qifuSourceText, skipWithoutSource } from '../helpers.js';

const BALANCE_SHEET = `${QIFU_DISCLOSURE}/tables/balance-sheet.yaml`;
let dir: string;

const edit = (relative: string, change: (text: string) => string) => editDataFile(dir, relative, change);

const loadError = () => loadErrorOf(dir);

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a malformed data file stops loading with the file, the path inside it and the reason', () => {
  it('an unparseable cell', () => {
    dir = copyOfData();
    edit(BALANCE_SHEET, (t) => t.replace('"4,177,890"', '"4,177,89O"'));
    const error = loadError();
    expect(error.file).toContain('balance-sheet.yaml');
    expect(error.path).toBe('rows[0].rows[0].rows[0].values[0]');
    expect(error.reason).toContain('not a printed number');
  });

  it('a row with a missing cell', () => {
    dir = copyOfData();
    edit(BALANCE_SHEET, (t) => t.replace('values: ["15,000", "291,154", "40,064"]', 'values: ["15,000", "291,154"]'));
    const error = loadError();
    expect(error.path).toBe('rows[0].rows[0].rows[2].values');
    expect(error.reason).toMatch(/2 cells but the table has 3 columns/);
  });

  it('an unknown field (a typo is never ignored)', () => {
    dir = copyOfData();
    edit(BALANCE_SHEET, (t) => t.replace('statement: BALANCE_SHEET', 'statement: BALANCE_SHEET\nscal: thousands'));
    const error = loadError();
    expect(error.reason).toMatch(/unrecognized key/i);
  });

  it('a sum naming a row that does not exist', () => {
    dir = copyOfData();
    edit(BALANCE_SHEET, (t) => t.replace('sum: [total-current-assets, total-non-current-assets]', 'sum: [total-current-assets, total-noncurrent-assets]'));
    const error = loadError();
    expect(error.path).toBe('rows[0].rows[2].sum[1]');
    expect(error.reason).toContain('no row "total-noncurrent-assets"');
  });

  it('invalid YAML', () => {
    dir = copyOfData();
    edit(BALANCE_SHEET, (t) => t.replace('rows:\n', 'rows: [\n'));
    expect(loadError().reason).toContain('invalid YAML');
  });

  it.skipIf(skipWithoutSource('the test of a changed source text'))('a source text that changed since curation', () => {
    dir = copyOfData();
    const sources = join(dir, 'sources');
    mkdirSync(sources);
    const text = qifuSourceText();
    expect(text).toContain('4,177,890');
    writeFileSync(join(sources, basename(QIFU_SOURCE_PATH)), text.replace('4,177,890', '4,177,891'));
    const error = loadErrorOf(dir, sources);
    expect(error.file).toContain(`${QIFU_DISCLOSURE}/disclosure.yaml`);
    expect(error.path).toBe('source.sha256');
    expect(error.reason).toContain(`sources/${basename(QIFU_SOURCE_PATH)} has SHA-256 `);
    expect(error.reason).toMatch(/the source text changed since it was curated/);
  });

  it('a ticker claimed by two companies', () => {
    dir = copyOfData();
    edit('companies/qifu-technology/company.yaml', (t) => t.replace('ticker: "3660"', 'ticker: QFIN'));
    expect(loadError().reason).toContain('ticker QFIN is already used');
  });
});
