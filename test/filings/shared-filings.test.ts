import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { D } from '../../src/domain/decimal.js';
import type { Graph } from '../../src/domain/graph.js';
import type { Fact, TextFact } from '../../src/domain/model.js';
import { unpackText } from '../../src/domain/packed-text.js';
import { loadGraph } from '../../src/domain/load-graph.js';
import { toGlobalId } from '../../src/graphql/node/global-id.js';
import { readFiling } from '../../src/xbrl/index.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { execute } from '../helpers.js';
import { copyOfFixture, editFile, repoRoot, SHARED_XBRL, sharedExists } from '../xbrl/helpers.js';
import { CONTRACT } from './contract-query.js';

if (!sharedExists) console.warn(`Skipping the real-filing tests: ${SHARED_XBRL} is absent (it holds the SEC filings developers and CI have beside the repository).`);

/** One filing's statements with their rows and facts, by the disclosure's global ID, in one query. */
export const FILING_STATEMENTS = `
query FilingStatements($id: ID!) {
  node(id: $id) {
    ... on Disclosure {
      form
      statements { title statement columns { label } rows { label depth lineItem { label } cells facts { value } } }
    }
  }
}`;

describe.skipIf(!sharedExists)('the six SEC filings in ../shared/xbrl', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = loadGraph(undefined, SHARED_XBRL);
  });

  const contract = (ticker: string, concept: string) => execute(CONTRACT, { ticker, concept }, graph);
  type Node = { value: string; unit: string; decimals: number | null; period: { startDate: string | null; endDate: string }; dimensions: { axis: string; member: string }[]; disclosure: { form: string; accessionNumber: string | null; filedOn: string | null } };

  it('gives every figure the six filings gave before issue 19 (the code of 2026-11-27, a0506fb): same concept, period, dimensions, unit, value and decimals', () => {
    // Per filing: its printed facts, and a SHA-256 of them sorted, recorded from that code (the files are not ours to copy).
    const RECORDED: Record<string, [number, string]> = {
      '0000320193 10-K 2022-09-24': [930, '4a289047bc71df73'],
      '0000320193 10-K 2023-09-30': [902, '1fee9af12b6e3547'],
      '0000320193 10-Q 2023-07-01': [664, '62373fb8f505a9ef'],
      '0001065280 10-K 2023-12-31': [863, '8966d50abcbe663d'],
      '0001065280 10-Q 2024-09-30': [942, '8096972392375c17'],
      '0001318605 10-Q 2024-06-30': [952, '49c20c280c726534'],
    };
    const byFiling = new Map<string, string[]>();
    for (const node of graph.allNodes()) {
      if (node.type !== 'Fact') continue;
      const f = node as Fact;
      if (f.disclosure.form === null || f.origin !== 'PRINTED') continue;
      const key = `${f.disclosure.company.cik} ${f.disclosure.form} ${f.disclosure.periodOfReport}`;
      const dimensions = f.dimensions.map((d) => `${d.axis}=${d.member}`).sort().join(',');
      const line = [f.concept.name, f.period.startDate ?? '', f.period.endDate, dimensions, f.unit, f.value, String(f.decimals)].join('|');
      const lines = byFiling.get(key);
      if (lines) lines.push(line);
      else byFiling.set(key, [line]);
    }
    const now = Object.fromEntries([...byFiling].map(([key, lines]) => [key, [lines.length, createHash('sha256').update(lines.sort().join('\n')).digest('hex').slice(0, 16)]]));
    expect(now).toEqual(RECORDED);
  });

  it('reads back every text fact (notes, policies, cover text) exactly as the reader gave it before text facts were held deflated', () => {
    // Per filing: text facts, characters, and a SHA-256 of concept, period, dimensions, kind and value in document order, recorded from the code of 2026-12-06 that held them as strings (989e0cc).
    const RECORDED: Record<string, [number, number, string]> = {
      '0000320193 10-K 2022-09-24': [153, 1019296, '92bb871fd5fc8d25'],
      '0000320193 10-K 2023-09-30': [168, 1011176, '561c20c3fead994d'],
      '0000320193 10-Q 2023-07-01': [98, 592733, '45e4d0d4f2cd11bd'],
      '0001065280 10-K 2023-12-31': [131, 1054447, '0935b7d2862b7ec8'],
      '0001065280 10-Q 2024-09-30': [94, 1162780, '093dde1d5a7ca282'],
      '0001318605 10-Q 2024-06-30': [105, 868166, '55436f07bc418016'],
    };
    const now: Record<string, [number, number, string]> = {};
    for (const company of graph.companies) {
      for (const d of company.disclosures) {
        if (d.form === null) continue;
        const lines = d.textFacts.map((t) => [t.concept.name, t.period?.startDate ?? '', t.period?.endDate ?? '', t.dimensions.map((x) => `${x.axis}=${x.member}`).join(','), t.isTextBlock, unpackText(t.value)].join('|'));
        now[`${company.cik} ${d.form} ${d.periodOfReport}`] = [lines.length, lines.reduce((n, l) => n + l.length, 0), createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)];
      }
    }
    expect(now).toEqual(RECORDED);
    // The long ones are held deflated.
    const blocks = [...graph.allNodes()].filter((n): n is TextFact => n.type === 'TextFact' && n.isTextBlock);
    expect(blocks.filter((t) => t.value instanceof Uint8Array).length).toBeGreaterThan(blocks.length / 2);
  });

  it('makes one company per CIK, beside the curated release', () => {
    const apple = graph.companyByTicker('AAPL')!;
    expect(apple.cik).toBe('0000320193');
    expect(apple.disclosures.map((d) => d.form)).toEqual(['10-K', '10-Q', '10-K']);
    expect(graph.companyByTicker('NFLX')!.disclosures).toHaveLength(2);
    expect(graph.companyByTicker('QFIN')!.disclosures[0].form).toBeNull();
    expect(graph.companies.map((c) => c.name).sort()).toEqual(['Apple Inc.', 'Netflix, Inc.', 'Qifu Technology', 'Tesla, Inc.']);
  });

  it('answers the contract query: Apple\'s fiscal 2023 net sales are 383,285 million, and the segments add up to them', async () => {
    const result = await contract('AAPL', 'us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax');
    expect(result.errors).toBeUndefined();
    const company = result.data!.company;
    expect(company).toMatchObject({ name: 'Apple Inc.', cik: '0000320193', concept: { name: 'us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax' } });
    const nodes = company.concept.facts.nodes as Node[];
    const fy2023 = nodes.filter((n) => n.period.startDate === '2022-09-25' && n.period.endDate === '2023-09-30');
    const total = fy2023.find((n) => n.dimensions.length === 0)!;
    expect(total).toMatchObject({ value: '383285000000', unit: 'USD', decimals: -6, origin: 'PRINTED', isLatest: true, disclosure: { form: '10-K', accessionNumber: '0000320193-23-000106', filedOn: '2023-11-03' } });
    expect((total as any).revisions).toEqual([{ value: '383285000000', disclosure: { accessionNumber: '0000320193-23-000106' } }]);
    // Products + services, as filed on the product-or-service axis, make the total.
    const onAxis = fy2023.filter((n) => n.dimensions.length === 1 && n.dimensions[0].axis === 'srt:ProductOrServiceAxis' && n.disclosure.accessionNumber === total.disclosure.accessionNumber);
    const sum = (members: string[]) => onAxis.filter((n) => members.includes(n.dimensions[0].member)).reduce((s, p) => s.plus(p.value), new D(0)).toFixed();
    expect(sum(['us-gaap:ProductMember', 'us-gaap:ServiceMember'])).toBe(total.value);
    // And by product line: iPhone, Mac, iPad, wearables and services.
    expect(sum(['aapl:IPhoneMember', 'aapl:MacMember', 'aapl:IPadMember', 'aapl:WearablesHomeandAccessoriesMember', 'us-gaap:ServiceMember'])).toBe(total.value);
  });

  it('serves Apple\'s total assets at September 30, 2023, equal to liabilities and equity', async () => {
    const assets = (await contract('AAPL', 'us-gaap:Assets')).data!.company.concept.facts.nodes as Node[];
    const equity = (await contract('AAPL', 'us-gaap:LiabilitiesAndStockholdersEquity')).data!.company.concept.facts.nodes as Node[];
    const at = (nodes: Node[]) => nodes.find((n) => n.period.startDate === null && n.period.endDate === '2023-09-30' && n.dimensions.length === 0)!;
    expect(at(assets).value).toBe('352583000000');
    expect(at(assets).value).toBe(at(equity).value);
  });

  it('serves Netflix\'s third-quarter 2024 revenues and its regions with their dimensions, which add up to them', async () => {
    const result = await contract('NFLX', 'us-gaap:Revenues');
    const q3 = (result.data!.company.concept.facts.nodes as Node[]).filter((n) => n.period.startDate === '2024-07-01' && n.period.endDate === '2024-09-30' && n.disclosure.form === '10-Q');
    const total = q3.find((n) => n.dimensions.length === 0)!;
    expect(total).toMatchObject({ value: '9824703000', unit: 'USD', decimals: -3, disclosure: { accessionNumber: '0001065280-24-000287', filedOn: '2024-10-18' } });
    const regions = q3.filter((n) => n.dimensions.some((d) => d.axis === 'srt:StatementGeographicalAxis') && n.dimensions.some((d) => d.member === 'nflx:StreamingMember'));
    expect(regions.find((n) => n.dimensions.some((d) => d.member === 'us-gaap:EMEAMember'))).toMatchObject({
      value: '3133466000',
      dimensions: [
        { axis: 'srt:ProductOrServiceAxis', member: 'nflx:StreamingMember' },
        { axis: 'srt:StatementGeographicalAxis', member: 'us-gaap:EMEAMember' },
      ],
    });
    expect(regions).toHaveLength(4);
    expect(regions.reduce((s, n) => s.plus(n.value), new D(0)).toFixed()).toBe(total.value);
  });

  it('loads Tesla\'s filing without metadata.json: its filing date and accession number are unknown', () => {
    const [tesla] = graph.companyByTicker('TSLA')!.disclosures;
    expect(tesla).toMatchObject({ form: '10-Q', accessionNumber: null, filedOn: null, periodOfReport: '2024-06-30', fiscalPeriodFocus: 'Q2', fiscalYearFocus: 2024, reportingCurrency: 'USD' });
  });

  it('renders a filing\'s statements by node(id:) in one query within the abuse limits', async () => {
    const disclosure = graph.companyByTicker('AAPL')!.disclosures.find((d) => d.form === '10-K' && d.periodOfReport === '2023-09-30')!;
    const result = await execute(FILING_STATEMENTS, { id: toGlobalId('Disclosure', disclosure.id) }, graph);
    expect(result.errors).toBeUndefined();
    const statements = result.data!.node.statements as { title: string; statement: string; columns: { label: string }[]; rows: { label: string; cells: (string | null)[]; facts: ({ value: string } | null)[] }[] }[];
    const income = statements.find((s) => s.statement === 'INCOME_STATEMENT')!;
    expect(income.title).toBe('CONSOLIDATED STATEMENTS OF OPERATIONS');
    const net = income.rows.find((r) => r.label === 'Net income')!;
    expect(net.facts.some((f) => f?.value === '96995000000')).toBe(true);
    // A row under a negated label displays the opposite sign and keeps the reported value.
    const cash = statements.find((s) => s.statement === 'CASH_FLOW')!;
    const flipped = cash.rows.filter((r) => r.cells.some((c, j) => c !== null && c !== '0' && new D(c).neg().eq(r.facts[j]!.value)));
    expect(flipped.length).toBeGreaterThan(0);
  });

  it('gives a filing line item its weight under its one calculation parent in the latest filing: Apple\'s cost of sales is subtracted from gross profit', async () => {
    const result = await execute(`{ company(ticker: "AAPL") { lineItems { key weight summedInto { key } } } }`, undefined, graph);
    expect(result.errors).toBeUndefined();
    const items = new Map((result.data!.company.lineItems as { key: string; weight: number | null; summedInto: { key: string } | null }[]).map((i) => [i.key, i]));
    expect(items.get('us-gaap:CostOfGoodsAndServicesSold')).toEqual({ key: 'us-gaap:CostOfGoodsAndServicesSold', weight: -1, summedInto: { key: 'us-gaap:GrossProfit' } });
    expect(items.get('us-gaap:ResearchAndDevelopmentExpense')).toMatchObject({ weight: 1, summedInto: { key: 'us-gaap:OperatingExpenses' } });
    // Against the 2023 10-K's own arcs, read independently: a weight exactly where every arc naming the concept as a child agrees.
    const arcs = readFiling(join(SHARED_XBRL, 'aapl-10-k-2023')).calculations;
    let withWeight = 0;
    for (const item of items.values()) {
      const mine = arcs.filter((a) => a.child === item.key);
      const agreeing = mine.length > 0 && mine.every((a) => a.parent === mine[0].parent && a.weight === mine[0].weight);
      if (item.weight !== null) {
        withWeight++;
        expect(agreeing, item.key).toBe(true);
        expect([item.summedInto!.key, item.weight], item.key).toEqual([mine[0].parent, mine[0].weight]);
      } else expect(agreeing && Math.abs(mine[0].weight) === 1, item.key).toBe(false);
    }
    expect(withWeight).toBeGreaterThan(100);
    // Net income is summed into several totals (comprehensive income, operating cash flow): no one weight.
    expect(new Set(arcs.filter((a) => a.child === 'us-gaap:NetIncomeLoss').map((a) => a.parent)).size).toBeGreaterThan(1);
    expect(items.get('us-gaap:NetIncomeLoss')).toMatchObject({ weight: null, summedInto: null });
  });

  it('checks every calculation of the filings with the Calculations 1.1 rounding rule, as CALCULATION checks', async () => {
    const disclosure = graph.companyByTicker('AAPL')!.disclosures[0];
    const calculations = disclosure.checks.filter((c) => c.kind === 'CALCULATION');
    expect(calculations.length).toBeGreaterThan(100);
    expect(calculations.every((c) => c.status === 'PASS')).toBe(true);
    const operatingIncome = calculations.find((c) => c.subject?.concept.name === 'us-gaap:OperatingIncomeLoss' && c.subject.dimensions.length === 0 && c.subject.period.endDate === '2023-09-30')!;
    // Recompute it independently from the inputs and their weights as the calculation linkbase gives them.
    expect(operatingIncome.inputs.map((f) => f.concept.name).sort()).toEqual(['us-gaap:GrossProfit', 'us-gaap:OperatingExpenses']);
    expect(new D(operatingIncome.inputs[0].value).minus(operatingIncome.inputs[1].value).abs().toFixed()).toBe(operatingIncome.subject!.value);
    const result = await execute(`query($id: ID!) { node(id: $id) { ... on Disclosure { checks(kind: CALCULATION, first: 1) { totalCount nodes { kind status expected actual } } } } }`, { id: toGlobalId('Disclosure', disclosure.id) }, graph);
    expect(result.data!.node.checks.totalCount).toBe(calculations.length);
    // The calculation is among the checks of its total and of each child.
    const facts = await execute(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Fact { checks { kind name } } } }`, { ids: [operatingIncome.subject!, ...operatingIncome.inputs].map((f) => toGlobalId('Fact', f.id)) }, graph);
    for (const node of facts.data!.nodes) expect(node.checks).toContainEqual({ kind: 'CALCULATION', name: operatingIncome.name });
  });

  describe('over HTTP', () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startServer(graph, 0, '127.0.0.1');
    });
    afterAll(() => server.stop());

    it('answers the contract query', async () => {
      const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: CONTRACT, variables: { ticker: 'NFLX', concept: 'us-gaap:Revenues', asOf: '2024-12-31' } }) });
      expect(res.status).toBe(200);
      const body = (await res.json()) as any;
      expect(body.errors).toBeUndefined();
      expect(body.data.company.cik).toBe('0001065280');
      expect(body.data.company.concept.facts.nodes.some((n: Node) => n.value === '9824703000' && n.dimensions.length === 0)).toBe(true);
    });
  });
});

describe('FILINGS_DIR at start-up', () => {
  it('sets a broken filing aside, reports it on one line naming folder, file, line and reason, and serves the rest', async () => {
    const dir = copyOfFixture('basic');
    editFile(dir, readSchemaName(dir), (xsd) => xsd.replace(/_lab\.xml/, '_labels-missing.xml'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { cwd: repoRoot, env: { ...process.env, FILINGS_DIR: dir, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 60_000);
        child.stdout.on('data', (d) => {
          stdout += d;
          if (stdout.includes('GraphQL API ready')) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.on('exit', (code) => reject(new Error(`server exited ${code}: ${stderr}`)));
      });
    } finally {
      const exited = new Promise((resolve) => child.once('close', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    expect(stderr).toMatch(/^set aside: \., acme-20240331\.xsd, line \d+: .*linkbaseRef.*_labels-missing\.xml.*which is not there$/m);
    expect(stdout).toMatch(/Loaded \d+ companies/);
  }, 70_000);
});

function readSchemaName(dir: string): string {
  return readdirSync(dir).find((f) => f.endsWith('.xsd'))!;
}
