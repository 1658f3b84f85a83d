import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/domain/load-graph.js';
import { copyOfFixture, editFile } from '../xbrl/helpers.js';

/** A cover that names another fiscal period than its period of report ends is a failed check, visible on the filing. */
describe('the cover check', () => {
  const coverCheck = (dir: string) => {
    const graph = loadGraph(undefined, dir);
    const filing = graph.companies.flatMap((c) => c.disclosures).find((d) => d.form !== null)!;
    return filing.checks.filter((c) => c.kind === 'COVER');
  };

  it('passes when the cover names the fiscal year its period of report ends (a March year end)', () => {
    expect(coverCheck(copyOfFixture('basic'))).toMatchObject([{ status: 'PASS', expected: 'FY 2024', actual: 'FY 2024' }]);
  });

  it('fails when the cover names another year or period', () => {
    const dir = copyOfFixture('basic');
    editFile(dir, 'acme-20240331.xml', (t) => t.replace('>2024</dei:DocumentFiscalYearFocus>', '>2019</dei:DocumentFiscalYearFocus>').replace('>FY</dei:DocumentFiscalPeriodFocus>', '>Q1</dei:DocumentFiscalPeriodFocus>'));
    expect(coverCheck(dir)).toMatchObject([{ status: 'FAIL', expected: 'FY 2024', actual: 'Q1 2019' }]);
  });
});
