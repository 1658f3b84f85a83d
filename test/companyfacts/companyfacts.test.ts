import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CompanyFactsError, exactDecimal, readAllCompanyFacts, readCompanyFacts } from '../../src/companyfacts/read-company-facts.js';
import type { Graph } from '../../src/domain/graph.js';
import { D } from '../../src/domain/decimal.js';
import { execute } from '../helpers.js';
import { CIKS, companyFactsExist, companyFactsGraph, companyFactsPath, SHARED_EDGAR } from './helpers.js';
import { frameIndex } from '../../src/domain/frames/frames.js';
import { acceptedExtensions } from '../../src/domain/metrics/extensions.js';
import { VOCABULARY } from '../../src/domain/metrics/vocabulary.js';
import { sharedExists } from '../xbrl/helpers.js';

describe('the companyfacts reader', () => {
  it('turns JSON numbers into exact decimal strings without going through a double', () => {
    expect(exactDecimal('12345678901234567')).toBe('12345678901234567');
    expect(exactDecimal('-0.0100')).toBe('-0.01');
    expect(exactDecimal('1.5E9')).toBe('1500000000');
    expect(exactDecimal('2.5e-3')).toBe('0.0025');
    expect(exactDecimal('-0')).toBe('0');
  });

  it('keeps every digit of a value a double cannot hold', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cf-'));
    const file = join(dir, 'companyfacts.json');
    const record = (val: string) => `{"end":"2023-12-31","val":${val},"accn":"0000000001-24-000001","fy":2023,"fp":"FY","form":"10-K","filed":"2024-02-01"}`;
    writeFileSync(file, `{"cik":1,"entityName":"X","facts":{"us-gaap":{"Assets":{"label":"Assets","description":"d","units":{"USD":[${record('12345678901234567')},${record('0.1')}]}}}}}`);
    const read = readCompanyFacts(file);
    expect(read.concepts[0].units[0].records.map((r) => r.value)).toEqual(['12345678901234567', '0.1']);
  });

  it('refuses a file that is not companyfacts, naming file, place and reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cf-'));
    const file = join(dir, 'companyfacts.json');
    writeFileSync(file, '{"cik":1,"facts":{"us-gaap":{"Assets":{"units":{"USD":[{"end":"2023-12-31","val":"7","accn":"x"}]}}}}}');
    expect(() => readCompanyFacts(file)).toThrow(CompanyFactsError);
    expect(() => readCompanyFacts(file)).toThrow(/facts\.us-gaap\.Assets\.units\.USD\[0\]\.val/);
    writeFileSync(file, '<html>');
    expect(() => readCompanyFacts(file)).toThrow(/not readable JSON/);
  });

  it('sets an unreadable companyfacts file aside and reads the others', () => {
    const root = mkdtempSync(join(tmpdir(), 'cf-'));
    for (const [cik, text] of [['1', '{"cik":1,"entityName":"Good","facts":{}}'], ['2', '{"cik":2,"facts":']]) {
      mkdirSync(join(root, cik));
      writeFileSync(join(root, cik, 'companyfacts.json'), text);
    }
    const { read, setAside } = readAllCompanyFacts(root);
    expect(read.map((r) => r.entityName)).toEqual(['Good']);
    expect(setAside).toEqual([{ folder: join(root, '2'), file: join(root, '2', 'companyfacts.json'), reason: expect.stringMatching(/not readable JSON/) }]);
  });
});

if (!companyFactsExist) console.warn(`Skipping the companyfacts graph tests: ${SHARED_EDGAR} is absent.`);

describe.skipIf(!companyFactsExist)('Apple and NVIDIA from their companyfacts (../shared/edgar), beside the six shared filings where present', () => {
  let graph: Graph;
  beforeAll(() => {
    // One load per file: the filings join where ../shared/xbrl is present, and every test below holds either way.
    graph = companyFactsGraph(sharedExists);
  }, 120_000);
  const run = (query: string, variables?: Record<string, unknown>) => execute(query, variables, graph);

  it('reads every record, each value exactly as SEC wrote it', () => {
    const apple = readCompanyFacts(companyFactsPath('0000320193'));
    expect(apple.recordCount).toBe(24_579);
    const raw = JSON.parse(readFileSync(companyFactsPath('0000320193'), 'utf8'));
    const values = apple.concepts.flatMap((c) => c.units.flatMap((u) => u.records.map((r) => r.value)));
    const numbers = Object.values(raw.facts).flatMap((byConcept: any) => Object.values(byConcept).flatMap((c: any) => Object.values(c.units).flatMap((list: any) => list.map((r: any) => r.val))));
    expect(values.length).toBe(numbers.length);
    values.forEach((v, i) => expect(Number(v)).toBe(numbers[i]));
  });

  /** Every fact of the query, page by page, without dimensions. */
  const allFacts = async (concept: string) => {
    const facts: any[] = [];
    let after: string | null = null;
    for (;;) {
      const result = await run(NET_SALES, { concept, after });
      expect(result.errors).toBeUndefined();
      const page = result.data!.company.concept.facts;
      facts.push(...page.nodes.filter((f: any) => f.dimensions.length === 0));
      if (!page.pageInfo.hasNextPage) return facts;
      after = page.pageInfo.endCursor;
    }
  };

  const NET_SALES = `query($concept: String!, $after: String) { company(ticker: "AAPL") { concept(name: $concept) {
    label
    facts(first: 50, after: $after, filter: { fiscalPeriod: "FY", unit: "USD" }) { pageInfo { hasNextPage endCursor } nodes {
      value isLatest dimensions { axis } period { fiscalYear startDate endDate }
      disclosure { form accessionNumber filedOn }
      companyFacts { secFiscalYear form frame }
      firstReport { value disclosure { filedOn } }
      revisions { value disclosure { filedOn } }
    } } } } }`;

  it("serves Apple's net sales for every fiscal year 2009-2025 under the concepts Apple used, each with its first report and revisions", async () => {
    const years = new Map<number, Set<string>>();
    for (const concept of ['us-gaap:SalesRevenueNet', 'us-gaap:Revenues', 'us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax']) {
      const facts = await allFacts(concept);
      expect(facts.length).toBeGreaterThan(0);
      for (const f of facts) {
        const set = years.get(f.period.fiscalYear) ?? new Set();
        set.add(concept);
        years.set(f.period.fiscalYear, set);
        // Every report lists the whole history, oldest first, the first report first.
        expect(f.revisions.length).toBeGreaterThanOrEqual(1);
        expect(f.firstReport).toEqual(f.revisions[0]);
        expect(f.revisions.map((r: any) => r.disclosure.filedOn)).toEqual([...f.revisions.map((r: any) => r.disclosure.filedOn)].sort());
        expect(f.disclosure.accessionNumber).toMatch(/^\d{10}-\d{2}-\d{6}$/);
      }
    }
    for (let year = 2009; year <= 2025; year++) expect(years.get(year), `fiscal ${year}`).toBeDefined();
    expect([...years.get(2009)!]).toEqual(['us-gaap:SalesRevenueNet']);
    expect([...years.get(2025)!]).toEqual(['us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax']);
  });

  it('names periods by the fiscal calendar, never by SEC\'s `fy` (the filing\'s year)', async () => {
    const fy2017 = (await allFacts('us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax')).filter((f) => f.period.endDate === '2017-09-30');
    expect(fy2017.length).toBeGreaterThan(0);
    for (const f of fy2017) {
      expect(f.period.fiscalYear).toBe(2017);
      expect(f.companyFacts.secFiscalYear).toBeGreaterThan(2017); // reported again as a comparative in 10-Ks of 2019 and later
    }
    expect(fy2017.some((f) => f.companyFacts.frame === 'CY2017')).toBe(true);
  });

  it('gives each concept its label and taxonomy definition, which a trace reaches', async () => {
    const result = await run(`{ company(ticker: "NVDA") { name fiscalYearEnd fiscalCalendar concept(name: "us-gaap:Revenues") {
      label periodType definitions { text disclosure { form } } labels { role text }
      facts(first: 1) { nodes { concept { definitions { text } } source { kind excerpt companyFacts { accessionNumber } } } } } } }`);
    expect(result.errors).toBeUndefined();
    const company = result.data!.company;
    expect(company).toMatchObject({ name: 'NVIDIA CORP', fiscalCalendar: 'WEEKS_52_53' });
    const raw = JSON.parse(readFileSync(companyFactsPath('0001045810'), 'utf8')).facts['us-gaap'].Revenues;
    expect(company.concept.label).toBe(raw.label);
    expect(company.concept.definitions[0].text).toBe(raw.description);
    expect(company.concept.periodType).toBe('DURATION');
    const [fact] = company.concept.facts.nodes;
    expect(fact.source.kind).toBe('COMPANY_FACTS');
    expect(fact.concept.definitions[0].text).toBe(raw.description);
  });

  it('frames: picks, for every fact SEC tagged with a frame, that same fact', () => {
    const index = frameIndex(graph);
    let checked = 0;
    const wrong: string[] = [];
    for (const cik of CIKS) {
      const company = graph.companyByCik(cik)!;
      const raw = JSON.parse(readFileSync(companyFactsPath(cik), 'utf8'));
      for (const [taxonomy, byConcept] of Object.entries<any>(raw.facts)) {
        for (const [local, entry] of Object.entries<any>(byConcept)) {
          for (const [unit, records] of Object.entries<any[]>(entry.units)) {
            for (const r of records) {
              if (!r.frame) continue;
              checked++;
              const picked = index.frame(`${taxonomy}:${local}`, unit, r.frame).find((f) => f.company === company);
              const source = picked && (picked.fact.source.kind === 'COMPANY_FACTS' ? picked.fact.source : picked.fact.companyFacts);
              const ok = picked && source?.filing.accessionNumber === r.accn && picked.fact.period.startDate === (r.start ?? null) && picked.fact.period.endDate === r.end && Number(picked.fact.value) === r.val && source?.frame === r.frame;
              if (!ok) wrong.push(`${cik} ${local} ${unit} ${r.frame}: SEC ${r.accn} ${r.start ?? ''}..${r.end}, picked ${picked ? `${picked.fact.disclosure.accessionNumber} ${picked.fact.period.id}` : 'nothing'}`);
            }
          }
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(checked).toBe(9_635 + 11_884);
  });

  it('frames: answers the issue\'s query as written, one fact per company, paginated and sortable by value', async () => {
    const result = await run('{ frame(concept: "us-gaap:Revenues", period: "CY2023Q3", unit: "USD") { nodes { value company { cik name } } } }');
    expect(result.errors).toBeUndefined();
    // NVIDIA's quarter ended 2023-10-29 (Q3 of fiscal 2024) is its calendar Q3 2023; Apple files no us-gaap:Revenues then
    // (Netflix, from its 10-Q of Q3 2024, joins where the shared filings are loaded).
    const nodes = result.data!.frame.nodes as any[];
    expect(nodes).toContainEqual({ value: '18120000000', company: { cik: '0001045810', name: 'NVIDIA CORP' } });
    expect(nodes.some((n) => n.company.name === 'Apple Inc.')).toBe(false);
    expect(new Set(nodes.map((n) => n.company.cik)).size).toBe(nodes.length);
    const sorted = await run(`{ frame(concept: "us-gaap:Assets", period: "CY2023Q3I", unit: "USD", orderBy: { field: VALUE, direction: DESC }, first: 1) {
      totalCount pageInfo { hasNextPage } nodes { value frame distanceDays rule period { endDate fiscalPeriod } fact { companyFacts { frame } } company { name } } } }`);
    expect(sorted.errors).toBeUndefined();
    const page = sorted.data!.frame;
    expect(page.totalCount).toBeGreaterThanOrEqual(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.nodes[0]).toMatchObject({ frame: 'CY2023Q3I', company: { name: 'Apple Inc.' }, period: { endDate: '2023-09-30' }, fact: { companyFacts: { frame: 'CY2023Q3I' } } });
    const bad = await run('{ frame(concept: "us-gaap:Revenues", period: "2023Q3", unit: "USD") { totalCount } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('takes no company concept of the shared filings for a standard metric: none says it is one (Netflix\'s content additions, Tesla\'s solar systems are not capital expenditure)', () => {
    for (const company of graph.companies) for (const definition of VOCABULARY) expect(acceptedExtensions(company, definition, (n) => graph.concept(company, n)).map((e) => e.concept.name), `${company.name} ${definition.key}`).toEqual([]);
  });

  it('derives the quarters nobody reported, from companyfacts alone', async () => {
    const result = await run(`{ company(ticker: "AAPL") { concept(name: "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax") {
      series(frequency: QUARTERLY, unit: "USD") { value isDerived period { fiscalYear fiscalPeriod } fact { derivedFrom { value period { fiscalPeriod } } } } } } }`);
    expect(result.errors).toBeUndefined();
    const points = result.data!.company.concept.series as any[];
    const q4 = points.filter((p) => p.period.fiscalPeriod === 'Q4' && p.isDerived);
    expect(q4.length).toBeGreaterThanOrEqual(5);
    for (const p of q4) {
      const [fy, m9] = p.fact.derivedFrom;
      expect([fy.period.fiscalPeriod, m9.period.fiscalPeriod]).toEqual(['FY', '9M']);
      expect(BigInt(p.value)).toBe(BigInt(fy.value) - BigInt(m9.value));
    }
  });
  it('is one disclosure whose facts have both sources, and a check says they agree', async () => {
    if (!sharedExists) return; // the six filings are absent: nothing to compare
    const apple = graph.companyByCik('0000320193')!;
    const k2023 = apple.disclosures.filter((d) => d.accessionNumber === '0000320193-23-000106');
    expect(k2023).toHaveLength(1);
    const [d] = k2023;
    expect(d.source.description).toMatch(/XBRL instance/);
    const both = d.facts.filter((f) => f.source.kind === 'XBRL_ELEMENT' && f.companyFacts);
    expect(both.length).toBeGreaterThan(400);
    for (const f of both) expect(f.companyFacts!.disclosure).toBe(d);
    const checks = d.checks.filter((c) => c.kind === 'COMPANY_FACTS');
    expect(checks.length).toBe(both.length);
    for (const c of checks) expect([c.status, new D(c.expected).eq(c.actual)]).toEqual(['PASS', true]);
    const result = await execute(`{ company(ticker: "AAPL") { concept(name: "us-gaap:Assets") { facts(first: 20, filter: { periodFrom: "2023-09-30", periodTo: "2023-09-30" }) { nodes { value source { kind } companyFacts { accessionNumber form } } } } } }`, undefined, graph);
    expect(result.errors).toBeUndefined();
    const assets = (result.data!.company.concept.facts.nodes as any[]).find((f) => f.source.kind === 'XBRL_ELEMENT');
    expect(assets.companyFacts).toEqual({ accessionNumber: '0000320193-23-000106', form: '10-K' });
  });
});
