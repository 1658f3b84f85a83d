import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/domain/graph.js';
import { loadGraph } from '../../src/domain/load-graph.js';
import { metricFigures } from '../../src/domain/metrics/metrics.js';
import { repoRoot } from '../xbrl/helpers.js';

/**
 * A company's own concept in the standard metrics (src/domain/metrics/extensions.ts), over two
 * hand-written 10-Ks of a fictitious company (test/fixtures/metrics): the first tags capital
 * expenditure with its own concept (as NVIDIA's 10-Ks of fiscal 2013–2021 did), the next moves
 * it to us-gaap:PaymentsToAcquireProductiveAssets; look-alikes beside it must never be taken.
 */
describe("standard metrics from a company's own (extension) concepts", () => {
  let graph: Graph;
  beforeAll(() => {
    graph = loadGraph(undefined, join(repoRoot, 'test/fixtures/metrics'));
  });
  const company = () => graph.companyByCik('0000999001')!;
  const byYear = (figures: ReturnType<typeof metricFigures>) => Object.fromEntries(figures.map((f) => [f.fiscalYear, f]));

  it('takes the extension concept for the years only it reports, the standard concept where a later filing reports one', () => {
    const capex = byYear(metricFigures(graph, company(), 'CAPITAL_EXPENDITURE', 'ANNUAL'));
    expect(Object.keys(capex)).toEqual(['2020', '2021', '2022']);
    expect(capex[2020]).toMatchObject({ value: '500000000', concept: { name: 'ecc:PurchasesRelatedToPropertyAndEquipmentAndIntangibleAssets' }, rule: 'REPORTED' });
    expect(capex[2020].fact!.disclosure.accessionNumber).toBe('0000999001-21-000010');
    expect(capex[2020].explanation).toMatch(/company's own concept, taken because its row .* is subtracted in us-gaap:NetCashProvidedByUsedInInvestingActivities/);
    // Re-reported under the standard concept by the later 10-K: that report wins, as for any concept switch.
    expect(capex[2021]).toMatchObject({ value: '1100000000', concept: { name: 'us-gaap:PaymentsToAcquireProductiveAssets' } });
    expect(capex[2022]).toMatchObject({ value: '976000000', concept: { name: 'us-gaap:PaymentsToAcquireProductiveAssets' } });
    // As known before the later 10-K, fiscal 2021 is the extension's.
    const then = byYear(metricFigures(graph, company(), 'CAPITAL_EXPENDITURE', 'ANNUAL', '2021-12-31'));
    expect(then[2021]).toMatchObject({ value: '1100000000', concept: { name: 'ecc:PurchasesRelatedToPropertyAndEquipmentAndIntangibleAssets' } });
    expect(then[2022]).toBeUndefined();
  });

  it('computes free cash flow over every year with capital expenditure, with its inputs', () => {
    const fcf = metricFigures(graph, company(), 'FREE_CASH_FLOW', 'ANNUAL');
    expect(fcf.map((f) => [f.fiscalYear, f.value])).toEqual([
      [2020, '3500000000'],
      [2021, '3900000000'],
      [2022, '8024000000'],
    ]);
    expect(fcf[0].inputs.map((i) => [i.weight, i.figure.concept!.name])).toEqual([
      [1, 'us-gaap:NetCashProvidedByUsedInOperatingActivities'],
      [-1, 'ecc:PurchasesRelatedToPropertyAndEquipmentAndIntangibleAssets'],
    ]);
  });

  it('never takes a look-alike: securities, a financing repayment, a line no calculation places, a second line beside the standard concept', () => {
    const taken = new Set(metricFigures(graph, company(), 'CAPITAL_EXPENDITURE', 'ANNUAL').map((f) => f.concept!.name));
    for (const name of ['ecc:PurchasesOfMarketableSecuritiesAndOther', 'ecc:PrincipalPaymentsOnPropertyAndEquipment', 'ecc:PaymentsForLicensedEquipment', 'ecc:PurchasesOfDataCenterEquipment']) {
      expect(graph.concept(company(), name), name).toBeDefined(); // loaded, so refused by the rule
      expect(taken.has(name), name).toBe(false);
    }
    // No other metric has an extension rule that any of these meets.
    for (const key of ['REVENUE', 'OPERATING_CASH_FLOW', 'NET_INCOME'] as const) for (const f of metricFigures(graph, company(), key, 'ANNUAL')) expect(f.concept?.name ?? '').not.toMatch(/^ecc:/);
  });
});
