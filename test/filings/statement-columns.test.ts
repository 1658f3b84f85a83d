import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/domain/graph.js';
import { loadGraph } from '../../src/domain/load-graph.js';
import { SHARED_XBRL, sharedExists } from '../xbrl/helpers.js';

if (!sharedExists) console.warn(`Skipping the statement-column tests on real filings: ${SHARED_XBRL} is absent.`);

/** A filing's primary statements have the periods the printed statements have, not every period a row of them reports elsewhere. */
describe.skipIf(!sharedExists)('columns of the primary statements of real filings', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = loadGraph(undefined, SHARED_XBRL);
  }, 60_000);
  const columns = (ticker: string, form: string, periodOfReport: string, statement: string) => {
    const disclosure = graph.companyByTicker(ticker)!.disclosures.find((d) => d.form === form && d.periodOfReport === periodOfReport)!;
    // Columns of the whole company; member columns (a split the statement prints as rows) are kept apart.
    return disclosure.tables.find((t) => t.statement === statement)!.columns.filter((c) => c.dimensions.length === 0).map((c) => c.period!.label);
  };

  it.each([
    ['AAPL', '10-K', '2023-09-30', 'BALANCE_SHEET', ['Sep 30, 2023', 'Sep 24, 2022']],
    ['AAPL', '10-K', '2023-09-30', 'INCOME_STATEMENT', ['FY 2023', 'FY 2022', 'FY 2021']],
    ['AAPL', '10-Q', '2023-07-01', 'CASH_FLOW', ['9M 2023', '9M 2022']],
    ['TSLA', '10-Q', '2024-06-30', 'BALANCE_SHEET', ['Jun 30, 2024', 'Dec 31, 2023']],
    ['NFLX', '10-Q', '2024-09-30', 'INCOME_STATEMENT', ['Q3 2024', 'Q3 2023', '9M 2024', '9M 2023']],
  ])('%s %s %s %s: %j', (ticker, form, period, statement, expected) => {
    expect(columns(ticker, form, period, statement)).toEqual(expected);
  });

  it('prints the ending balance of every cash-flow and equity statement (a second arc to the concept of the beginning balance; it was dropped)', () => {
    const tables = graph.companies.flatMap((c) => c.disclosures).filter((d) => d.form).flatMap((d) => d.tables).filter((t) => t.statement === 'CASH_FLOW' || t.statement === 'EQUITY');
    expect(tables.length).toBeGreaterThanOrEqual(10);
    for (const table of tables) {
      const ends = table.rows.filter((r) => r.preferredLabel === 'PERIOD_END' && r.cells.some((c) => c !== null));
      expect(ends.length, `${table.disclosure.id} ${table.title}`).toBeGreaterThan(0);
    }
  });

  it('keeps the facts of a left-out column on their line items', () => {
    const apple = graph.companyByTicker('AAPL')!;
    const equity = apple.concepts.find((c) => c.name === 'us-gaap:StockholdersEquity')!;
    const at2021 = equity.lineItems.flatMap((i) => i.facts).filter((f) => f.period.endDate === '2021-09-25' && f.dimensions.length === 0);
    expect(at2021.length).toBeGreaterThan(0);
  });
});
