// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { print } from 'graphql';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { StatementTable, type Table } from '../src/components/StatementTable.js';
import { StatementTableDocument } from '../src/generated/graphql.js';
import { queryGraph } from './query-graph.js';

/** The tables as the app receives them: the app's own query, run against the real graph. */
function tables(...titles: RegExp[]): Table[] {
  const [list] = queryGraph<any>([{ query: '{ company(ticker: "QFIN") { disclosures(first: 1) { nodes { statements { id title } } } } }' }]);
  const all = list.data.company.disclosures.nodes[0].statements as { id: string; title: string }[];
  const results = queryGraph<any>(titles.map((title) => ({ query: print(StatementTableDocument), variables: { id: all.find((t) => title.test(t.title))!.id } })));
  for (const r of results) expect(r.errors).toBeUndefined();
  return results.map((r) => r.data.node as Table);
}

describe('StatementTable', () => {
  let operations: Table;
  let balance: Table;
  beforeAll(() => {
    [operations, balance] = tables(/Statements of Operations/, /Balance Sheets/);
  });
  afterEach(cleanup);

  it('prints every cell exactly as the source does, headings and totals set apart', () => {
    render(<StatementTable table={balance} selectedFactId={null} onOpen={() => {}} />);
    const row = (name: RegExp) => screen.getAllByRole('row').find((r) => name.test(within(r).queryByRole('rowheader')?.textContent ?? ''))!;
    expect(within(row(/^Cash and cash equivalents$/)).getAllByRole('cell').map((c) => c.textContent)).toEqual(['4,177,890', '6,337,134', '872,019']);
    expect(row(/^TOTAL ASSETS$/).className).toBe('total');
    expect(row(/^Current assets:$/).className).toBe('heading');
    const depth = (name: RegExp) => parseFloat(within(row(name)).getByRole('rowheader').style.paddingLeft);
    expect(depth(/^Cash and cash equivalents$/)).toBeGreaterThan(depth(/^Current assets:$/));
    expect(depth(/^Current assets:$/)).toBeGreaterThan(depth(/^ASSETS$/));
    // Every printed cell, blank ones blank: compare with the API's cells, row by row.
    const rendered = screen.getAllByRole('row').slice(1).map((r) => within(r).queryAllByRole('cell').map((c) => c.textContent));
    expect(rendered).toEqual(balance.rows.map((r) => r.cells.map((c) => c ?? '')));
  });

  it('keeps negatives in parentheses and nils as dashes', () => {
    render(<StatementTable table={operations} selectedFactId={null} onOpen={() => {}} />);
    expect(screen.getByRole('button', { name: /^Provision for contingent liabilities, Three months ended Jun 30, 2024, RMB: \(213,267\)$/ })).toBeTruthy();
    const investment = screen.getAllByRole('row').find((r) => r.textContent?.startsWith('Investment loss'))!;
    expect(within(investment).getAllByRole('cell').map((c) => c.textContent)).toEqual(['(30,112)', '-', '-', '(30,112)', '-', '-']);
  });

  it('is one tab stop; arrow keys move between figures, Home and End along the row; Enter opens the trace', () => {
    const onOpen = vi.fn();
    render(<StatementTable table={operations} selectedFactId={null} onOpen={onOpen} />);
    const tabbable = screen.getAllByRole('button').filter((b) => b.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
    const first = tabbable[0];
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Credit driven services, Three months ended Jun 30, 2024, RMB: 2,912,205$/);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Loan facilitation and servicing fees-capital heavy, Three months ended Jun 30, 2024, RMB: 151,073$/);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/Six months ended Jun 30, 2024, USD: /);
    fireEvent.click(document.activeElement!);
    const fact = operations.rows.find((r) => r.lineItem.label === 'Loan facilitation and servicing fees-capital heavy')!.facts[5]!;
    expect(onOpen).toHaveBeenCalledWith(fact.id);
    expect(screen.getAllByRole('button').filter((b) => b.tabIndex === 0)).toEqual([document.activeElement]);
  });

  it('marks the traced figure', () => {
    const fact = operations.rows[0].facts[1]!;
    render(<StatementTable table={operations} selectedFactId={fact.id} onOpen={() => {}} />);
    expect(screen.getAllByRole('button', { pressed: true }).map((b) => b.textContent)).toEqual([operations.rows[0].cells[1]]);
  });
});
