import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/domain/model.js';
import { toGlobalId } from '../../src/graphql/node/global-id.js';
import { embeddedGraph, execute } from '../helpers.js';

const company = () => embeddedGraph().companies[0];
const allFacts = () => company().lineItems.flatMap((i) => i.facts);

/** Every fact of the company matching `filter`, by global ID, through the API. */
async function factIds(filter: Record<string, unknown>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const result: any = await execute('query ($f: FactFilter, $after: String) { company(ticker: "QFIN") { facts(filter: $f, first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } } }', { f: filter, after });
    expect(result.errors).toBeUndefined();
    ids.push(...result.data.company.facts.nodes.map((n: any) => n.id));
    if (!result.data.company.facts.pageInfo.hasNextPage) return ids;
    after = result.data.company.facts.pageInfo.endCursor;
  }
}

/** The filter selects exactly the facts the predicate holds for, in the unfiltered order. */
async function expectSelects(filter: Record<string, unknown>, holds: (f: Fact) => boolean) {
  const wanted = allFacts().filter(holds).map((f) => toGlobalId('Fact', f.id));
  expect(await factIds(filter)).toEqual(wanted);
  return wanted.length;
}

describe('fact filters', () => {
  it('splits facts into convenience translations and amounts as reported', async () => {
    // Every USD amount of this release, per share and per ADS included, is a translation.
    const inUsd = (f: { unit: string }) => f.unit === 'USD' || f.unit.startsWith('USD/');
    const translated = await expectSelects({ isConvenienceTranslation: true }, inUsd);
    const reported = await expectSelects({ isConvenienceTranslation: false }, (f) => !inUsd(f));
    expect(translated).toBeGreaterThan(0);
    expect(translated + reported).toBe(allFacts().length);
  });

  it('filters by unit, origin, statement and instant', async () => {
    expect(await expectSelects({ unit: 'CNY' }, (f) => f.unit === 'CNY')).toBeGreaterThan(0);
    expect(await expectSelects({ origin: 'PRINTED' }, (f) => f.printed !== null)).toBeGreaterThan(0);
    await expectSelects({ origin: 'DERIVED' }, (f) => f.printed === null);
    expect(await expectSelects({ statement: 'BALANCE_SHEET' }, (f) => f.source.kind === 'TABLE_CELL' && f.source.table.statement === 'BALANCE_SHEET')).toBeGreaterThan(0);
    await expectSelects({ instant: true }, (f) => f.period.startDate === null);
    await expectSelects({ instant: false }, (f) => f.period.startDate !== null);
  });

  it('filters by period range, fiscal year and fiscal period', async () => {
    const ends = [...new Set(allFacts().map((f) => f.period.endDate))].sort();
    expect(ends.length).toBeGreaterThan(1);
    const [early, late] = [ends[0], ends.at(-1)!];
    expect(await expectSelects({ periodTo: early }, (f) => f.period.endDate <= early)).toBeGreaterThan(0);
    expect(await expectSelects({ periodFrom: late }, (f) => (f.period.startDate ?? f.period.endDate) >= late)).toBeGreaterThan(0);
    await expectSelects({ periodFrom: early, periodTo: late }, () => true);
    const year = allFacts()[0].period.fiscalYear;
    await expectSelects({ fiscalYear: year }, (f) => f.period.fiscalYear === year);
    await expectSelects({ fiscalPeriod: 'Q2' }, (f) => f.period.fiscalPeriod === 'Q2');
  });

  it('combines criteria: every one must hold', async () => {
    const late = allFacts().map((f) => f.period.endDate).sort().at(-1)!;
    expect(await expectSelects({ unit: 'USD', periodFrom: late, origin: 'PRINTED' }, (f) => f.unit === 'USD' && (f.period.startDate ?? f.period.endDate) >= late && f.printed !== null)).toBeGreaterThan(0);
  });

  it('filters a disclosure\'s facts the same way, in curation order', async () => {
    const disclosure = company().disclosures[0];
    const result: any = await execute('{ company(ticker: "QFIN") { disclosures(first: 1) { nodes { facts(first: 100, filter: { unit: "USD" }) { totalCount nodes { id } } } } } }');
    const wanted = disclosure.facts.filter((f) => f.unit === 'USD');
    expect(result.data.company.disclosures.nodes[0].facts.totalCount).toBe(wanted.length);
    expect(result.data.company.disclosures.nodes[0].facts.nodes.map((n: any) => n.id)).toEqual(wanted.slice(0, 100).map((f) => toGlobalId('Fact', f.id)));
  });

  it('filters a line item\'s plain list of facts, with `unit` and `filter` together', async () => {
    const item = company().lineItems.find((i) => i.facts.some((f) => f.unit === 'USD') && i.facts.some((f) => f.unit === 'CNY'))!;
    const q = 'query ($id: ID!, $unit: String, $f: FactFilter) { node(id: $id) { ... on LineItem { facts(unit: $unit, filter: $f) { id unit } } } }';
    const id = toGlobalId('LineItem', item.id);
    const usd: any = await execute(q, { id, unit: 'USD' });
    expect(usd.data.node.facts.map((f: any) => f.id)).toEqual(item.facts.filter((f) => f.unit === 'USD').map((f) => toGlobalId('Fact', f.id)));
    const same: any = await execute(q, { id, f: { unit: 'USD' } });
    expect(same.data.node.facts).toEqual(usd.data.node.facts);
    const both: any = await execute(q, { id, unit: 'USD', f: { unit: 'CNY' } });
    expect(both.data.node.facts).toEqual([]);
    const all: any = await execute(q, { id });
    expect(all.data.node.facts).toHaveLength(item.facts.length);
  });
});

describe('line item filters', () => {
  it('finds line items by words of their label and headings, in any case and order', async () => {
    const result: any = await execute('{ company(ticker: "QFIN") { lineItems(search: "EQUIVALENTS cash") { label qualifiedLabel } } }');
    const labels = result.data.company.lineItems.map((i: any) => i.label);
    expect(labels).toContain('Cash and cash equivalents');
    for (const item of result.data.company.lineItems) expect(item.qualifiedLabel.toLowerCase()).toMatch(/(?=.*\bcash\b)(?=.*\bequivalents\b)/);
  });

  it('matches words under a heading and whole words only', async () => {
    const child = company().lineItems.find((i) => i.parent && !i.label.toLowerCase().includes(i.parent.label.toLowerCase().split(/\W+/)[0]))!;
    const headingWord = child.parent!.label.toLowerCase().match(/[a-z]{4,}/)![0];
    const result: any = await execute('query ($s: String) { company(ticker: "QFIN") { lineItems(search: $s) { label } } }', { s: `${headingWord} ${child.label}` });
    expect(result.data.company.lineItems.map((i: any) => i.label)).toContain(child.label);
    const partial: any = await execute('{ company(ticker: "QFIN") { lineItems(search: "equival") { label } } }');
    expect(partial.data.company.lineItems).toEqual([]);
  });

  it('combines `statement` and `search`', async () => {
    const balance: any = await execute('{ company(ticker: "QFIN") { lineItems(statement: BALANCE_SHEET, search: "cash") { label statement } } }');
    const any: any = await execute('{ company(ticker: "QFIN") { lineItems(search: "cash") { label statement } } }');
    expect(balance.data.company.lineItems.length).toBeGreaterThan(0);
    expect(balance.data.company.lineItems).toEqual(any.data.company.lineItems.filter((i: any) => i.statement === 'BALANCE_SHEET'));
    const none: any = await execute('{ company(ticker: "QFIN") { lineItems(statement: OPERATING_METRICS, search: "restricted cash") { label } } }');
    expect(none.data.company.lineItems).toEqual(company().lineItems.filter((i) => i.statement === 'OPERATING_METRICS' && /restricted/i.test(i.label) && /cash/i.test(i.label)).map((i) => ({ label: i.label })));
  });
});

describe('disclosure filters and ordering', () => {
  const q = 'query ($f: DisclosureFilter, $o: DisclosureOrder) { company(ticker: "QFIN") { disclosures(filter: $f, orderBy: $o) { totalCount nodes { date kind } } } }';

  it('filters by date range and kind', async () => {
    const date = company().disclosures[0].date;
    const on: any = await execute(q, { f: { dateFrom: date, dateTo: date } });
    expect(on.data.company.disclosures.nodes.map((d: any) => d.date)).toEqual(company().disclosures.filter((d) => d.date === date).map((d) => d.date));
    const after: any = await execute(q, { f: { dateFrom: '2100-01-01' } });
    expect(after.data.company.disclosures.totalCount).toBe(0);
    const kind: any = await execute(q, { f: { kind: 'ANNUAL_REPORT' } });
    expect(kind.data.company.disclosures.totalCount).toBe(company().disclosures.filter((d) => d.kind === 'ANNUAL_REPORT').length);
  });

  it('orders newest first by default and oldest first on request', async () => {
    const desc: any = await execute(q, {});
    const asc: any = await execute(q, { o: { field: 'DATE', direction: 'ASC' } });
    const dates = desc.data.company.disclosures.nodes.map((d: any) => d.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(asc.data.company.disclosures.nodes).toEqual([...desc.data.company.disclosures.nodes].reverse());
  });
});

describe('argument validation: BAD_USER_INPUT naming the argument', () => {
  it.each([
    ['a ticker with spaces inside', '{ company(ticker: "QF IN") { name } }', 'ticker'],
    ['a ticker too long', '{ company(ticker: "ABCDEFGHIJKL") { name } }', 'ticker'],
    ['an empty ticker', '{ company(ticker: "") { name } }', 'ticker'],
    ['a period range ending before it starts', '{ company(ticker: "QFIN") { facts(filter: { periodFrom: "2024-06-30", periodTo: "2024-01-01" }) { totalCount } } }', 'filter.periodTo'],
    ['an unknown fiscal period', '{ company(ticker: "QFIN") { facts(filter: { fiscalPeriod: "Q5" }) { totalCount } } }', 'filter.fiscalPeriod'],
    ['a fiscal year out of range', '{ company(ticker: "QFIN") { facts(filter: { fiscalYear: 20245 }) { totalCount } } }', 'filter.fiscalYear'],
    ['a malformed unit', '{ company(ticker: "QFIN") { facts(filter: { unit: "$$$" }) { totalCount } } }', 'filter.unit'],
    ['a malformed unit on a line item', '{ company(ticker: "QFIN") { lineItems { facts(unit: "") { value } } } }', 'unit'],
    ['a blank search', '{ company(ticker: "QFIN") { lineItems(search: " ") { label } } }', 'search'],
    ['a disclosure date range ending before it starts', '{ company(ticker: "QFIN") { disclosures(filter: { dateFrom: "2024-12-31", dateTo: "2024-01-01" }) { totalCount } } }', 'filter.dateTo'],
  ])('refuses %s', async (_name, query, argumentName) => {
    const result: any = await execute(query);
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.argumentName).toBe(argumentName);
    expect(error.message).toContain(`Argument \`${argumentName}\``);
    expect(error.message).not.toMatch(/Argument Validation Error/);
  });

  it('names every invalid argument when several are wrong', async () => {
    const result: any = await execute('{ company(ticker: "QFIN") { facts(filter: { fiscalPeriod: "H1", unit: "!" }) { totalCount } } }');
    expect(result.errors[0].extensions.invalidArguments.map((a: any) => a.argument).sort()).toEqual(['filter.fiscalPeriod', 'filter.unit']);
  });

  it('keeps an unknown but well-formed ticker a null company, not an error', async () => {
    for (const ticker of ['ZZZZ', 'BRK.B', ' qfin ']) {
      const result: any = await execute('query ($t: String!) { company(ticker: $t) { name } }', { t: ticker });
      expect(result.errors).toBeUndefined();
    }
  });

  it('refuses a malformed date with a coded error', async () => {
    const literal: any = await execute('{ company(ticker: "QFIN") { facts(filter: { periodFrom: "2024-02-30" }) { totalCount } } }');
    expect(literal.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const variable: any = await execute('query ($d: Date) { company(ticker: "QFIN") { facts(filter: { periodFrom: $d }) { totalCount } } }', { d: '30/06/2024' });
    expect(variable.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(variable.errors[0].message).toContain('$d');
  });
});
