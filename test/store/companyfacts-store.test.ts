import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAllCompanyFacts, readCompanyFacts } from '../../src/companyfacts/read-company-facts.js';
import { D } from '../../src/domain/decimal.js';
import { frameIndex, frameOf } from '../../src/domain/frames/frames.js';
import { framePicksSql, selectFrame } from '../../src/store/frame-sql.js';
import { ingestFilings } from '../../src/store/ingest.js';
import { loadStoredGraph } from '../../src/store/load-stored-graph.js';
import { StoreServing } from '../../src/server/serve-store.js';
import type { StoreSource } from '../../src/store/store-source.js';
import { createApollo } from '../../src/server/create-apollo.js';
import { readStoredCompanyFacts } from '../../src/store/read-companyfacts.js';
import { companyFactsExist, filingsDir } from '../companyfacts/helpers.js';
import { repoRoot, SHARED_XBRL, sharedExists } from '../xbrl/helpers.js';
import { metricReads, VOCABULARY } from '../../src/domain/metrics/vocabulary.js';
import { factCount } from '../../src/store/company-graphs.js';
import { testDatabase } from './helpers.js';

const made: string[] = [];

/** The contract query of issue 20 (bench/lazy-serving.ts), and the same with every field a concept slice serves. */
const CONTRACT = `query Concept($ticker: String!, $concept: String!) { company(ticker: $ticker) { name cik concept(name: $concept) { name label facts(first: 100) { nodes { value unit decimals origin isLatest period { startDate endDate } dimensions { axis member } disclosure { form accessionNumber filedOn } revisions { value disclosure { accessionNumber } } } } } } }`;
const EVERY_SAFE_FIELD = `query Concept($cik: String!, $concept: String!) { companyByCik(cik: $cik) { id name cik concept(name: $concept) { name label facts(first: 60) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } nodes { value unit decimals isExact precision origin isLatest isConvenienceTranslation period { startDate endDate fiscalYear fiscalPeriod label } dimensions { axis member typed } disclosure { id form accessionNumber filedOn date kind isAmendment } revisions { value origin disclosure { id accessionNumber } } firstReport { value } latestReport { value disclosure { id } } derivedFrom { value period { label } disclosure { id } } } } } } }`;
/** Trailing twelve months of a concept (issue 22), with every field a slice serves under it. */
const TTM = `query Ttm($ticker: String!, $concept: String!, $asOf: Date!) { company(ticker: $ticker) { name ttm(concept: $concept, asOf: $asOf) { metric value unit asOf isStale rule quarters { value unit fiscalYear fiscalPeriod rule explanation knownOn asOf metric period { startDate endDate fiscalYear fiscalPeriod label } fact { value decimals origin isLatest disclosure { id accessionNumber filedOn } derivedFrom { value disclosure { id } } revisions { value } } } } } }`;
/** A standard metric (issue 22) by every field that reads it, with every field a slice serves under them (FREE_CASH_FLOW's inputs, growth, the company by its keys). */
const FIGURE = `fragment F on StandardFigure { id value unit fiscalYear fiscalPeriod rule explanation knownOn asOf metric period { startDate endDate fiscalYear fiscalPeriod label }
  fact { value decimals origin isLatest disclosure { id accessionNumber filedOn } derivedFrom { value disclosure { id } } revisions { value } }
  concept { name label } inputs { weight figure { id value explanation concept { name } fact { value disclosure { id } } } }
  yearOverYear { value rule numerator { id } denominator { id value } } company { id cik name } }`;
/** `flows`: with the fields only money flows have (margin, TTM). */
const metricQuery = (flows: boolean) => `query Metric($ticker: String!, $metric: StandardMetric!, $asOf: Date) { company(ticker: $ticker) { name
  q: metric(metric: $metric, frequency: QUARTERLY, asOf: $asOf) { ...F } a: metric(metric: $metric, frequency: ANNUAL, asOf: $asOf) { id value fiscalYear explanation knownOn concept { name } }
  ${flows ? `margin(metric: $metric, frequency: QUARTERLY, asOf: $asOf) { value rule numerator { id value } denominator { id value } }
  ttm(metric: $metric, asOf: "2025-06-30") { metric value unit asOf isStale rule quarters { id value explanation fact { value origin derivedFrom { value } } } } ttmSeries(metrics: [$metric], asOf: $asOf) { value unit asOf isStale rule quarters { id } }` : ''} } } ${FIGURE}`;
const METRIC = metricQuery(true);
const LATEST = `query Latest($ticker: String!, $asOf: Date) { company(ticker: $ticker) { name cik latestMetrics(asOf: $asOf) { ...F } } } ${FIGURE}`;
const METRICS = `query Metrics($ticker: String!, $asOf: Date) { company(ticker: $ticker) { latestMetrics(asOf: $asOf) { ...F } metrics(metrics: [${VOCABULARY.map((d) => d.key).join(', ')}], frequency: ANNUAL, asOf: $asOf) { id value explanation } } } ${FIGURE}`;
const apollo = createApollo();
async function answer(query: string, variables: Record<string, unknown>, source: StoreSource): Promise<string> {
  const response = await apollo.executeOperation({ query, variables }, { contextValue: { source, today: '2026-12-06' } });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return JSON.stringify(response.body.singleResult);
}
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

if (!companyFactsExist) console.warn('Skipping the store tests over the shared companyfacts: ../shared/edgar is absent.');

/** A companyfacts file whose values a double cannot hold, written as SEC writes numbers. */
function exactValuesFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'store-companyfacts-'));
  made.push(dir);
  mkdirSync(join(dir, '1234567'));
  const record = (val: string, end: string, frame?: string) =>
    `{"end":"${end}","val":${val},"accn":"0001234567-24-000001","fy":2024,"fp":"FY","form":"10-K","filed":"2024-02-01"${frame ? `,"frame":"${frame}"` : ''}}`;
  writeFileSync(
    join(dir, '1234567', 'companyfacts.json'),
    `{"cik":1234567,"entityName":"Exact\\tValues\\\\Inc.\\nLine","facts":{"us-gaap":{"Assets":{"label":"Assets","description":"Tab\\there","units":{"USD":[` +
      [record('12345678901234567', '2023-12-31', 'CY2023Q4I'), record('1.5E9', '2022-12-31'), record('-0.000000123456789012345678', '2021-12-31'), record('100.10', '2020-12-31')].join(',') +
      `],"EUR":[]}},"Empty":{"label":null,"units":{}}}}}`,
  );
  return dir;
}

describe('companyfacts in the store', () => {
  it('reads back exactly what the reader returns, values a double cannot hold included; a second ingest stores nothing', async () => {
    const { pool } = await testDatabase();
    const dir = exactValuesFolder();
    const report = await ingestFilings(pool, dir);
    expect(report.ingested.map((i) => [i.kind, i.cik, i.facts])).toEqual([['companyfacts', '0001234567', 4]]);
    const stored = await readStoredCompanyFacts(pool);
    expect(stored).toEqual([readCompanyFacts(join(dir, '1234567', 'companyfacts.json'))]);
    expect(stored[0].concepts[0].units[0].records.map((r) => r.value)).toEqual(['12345678901234567', '1500000000', '-0.000000123456789012345678', '100.1']);
    expect(await readStoredCompanyFacts(pool, '0000000001')).toEqual([]);
    const again = await ingestFilings(pool, dir);
    expect([again.ingested.length, again.unchanged]).toEqual([0, 1]);
    // A changed file replaces the stored one.
    const file = join(dir, '1234567', 'companyfacts.json');
    writeFileSync(file, (await import('node:fs')).readFileSync(file, 'utf8').replace('100.10', '100.20'));
    expect((await ingestFilings(pool, dir)).ingested).toHaveLength(1);
    expect((await readStoredCompanyFacts(pool))[0].concepts[0].units[0].records[3].value).toBe('100.2');
    expect((await pool.query("select count(*)::int as n from documents where kind = 'companyfacts'")).rows[0].n).toBe(1);
    // The file's hash (what its disclosures name as their source) is kept in the store: serving never needs the file again.
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
    rmSync(file);
    expect((await readStoredCompanyFacts(pool))[0].sha256).toBe(hash);
  });

  describe.skipIf(!companyFactsExist || !sharedExists)('with the shared companyfacts and two shared filings', () => {
    // One store for the three tests, made on first use (never when the shared data is absent and they are skipped).
    /** What /health over the whole graph of the store counts (set by the test that builds it). */
    let wholeCounts: Record<string, unknown> | undefined;
    let made1: Promise<{ pool: import('pg').Pool; dir: string; report: Awaited<ReturnType<typeof ingestFilings>> }> | undefined;
    const shared = () =>
      (made1 ??= (async () => {
        const { pool } = await testDatabase();
        // Two of the six shared filings keep the test short: Apple's 2023 10-K (its facts and its companyfacts records meet) and Netflix's 10-Q (a company known from a filing only).
        const dir = filingsDir(false);
        made.push(dir);
        for (const name of ['aapl-10-k-2023', 'nflx-10-q-2024-q3']) cpSync(join(SHARED_XBRL, name), join(dir, 'xbrl', name), { recursive: true });
        // And the two hand-written 10-Ks whose capital expenditure is an extension concept (test/metrics/extensions.test.ts): a few hundred facts.
        for (const name of ['ecc-10-k-2021', 'ecc-10-k-2022']) cpSync(join(repoRoot, 'test/fixtures/metrics', name), join(dir, 'xbrl', name), { recursive: true });
        // Read ahead in the worker thread (not the default): what it prepares must read back deep-equal too.
        const report = await ingestFilings(pool, dir, undefined, 'copy', { readAhead: true });
        return { pool, dir, report };
      })());

    it('stores both companies\' companyfacts and reads them back deep-equal to the reader, every exact value included', async () => {
      const { pool, dir, report } = await shared();
      expect(report.failed).toEqual([]);
      expect(report.ingested.filter((i) => i.kind === 'companyfacts').map((i) => i.cik).sort()).toEqual(['0000320193', '0001045810']);
      const fromFiles = readAllCompanyFacts(dir).read;
      expect(await readStoredCompanyFacts(pool)).toEqual(fromFiles);
      expect(await readStoredCompanyFacts(pool, '0001045810')).toEqual(fromFiles.filter((cf) => cf.cik === '0001045810'));
      const records = fromFiles.reduce((n, cf) => n + cf.recordCount, 0);
      expect((await pool.query("select count(*)::int as n from facts f join documents d on d.company_cik = f.company_cik and d.id = f.document_id where kind = 'companyfacts'")).rows[0].n).toBe(records);
    }, 120_000); // waits for the shared ingest (two filings read, two companyfacts)

    it('picks, in SQL, the same fact as the in-memory frames for every concept, unit and calendar period of the store', async () => {
      const { pool, dir } = await shared();
      const { graph } = await loadStoredGraph(pool, undefined, undefined, dir);
      const stored = new Set((await pool.query<{ company_cik: string }>('select distinct company_cik from documents')).rows.map((r) => r.company_cik));
      // Every frame the in-memory index holds for the stored companies.
      const index = frameIndex(graph);
      const inMemory = new Map<string, string>();
      for (const company of graph.companies) {
        if (!stored.has(company.cik ?? '')) continue;
        for (const concept of company.concepts) {
          for (const item of concept.lineItems) {
            for (const fact of item.facts) {
              if (fact.origin !== 'PRINTED' || fact.dimensions.length > 0 || fact.translationOf) continue;
              const fit = frameOf(fact.period.startDate, fact.period.endDate);
              const key = fit && `${company.cik}|${concept.name}|${fact.unit}|${fit.name}`;
              if (!key || inMemory.has(key)) continue;
              const picked = index.frame(concept.name, fact.unit, fit.name).find((f) => f.company === company)!;
              inMemory.set(key, `${picked.fact.disclosure.accessionNumber} ${picked.fact.period.startDate}..${picked.fact.period.endDate} ${new D(picked.fact.value).toFixed()}`);
            }
          }
        }
      }
      const { rows } = await pool.query(framePicksSql('f.frame is not null', 'f.company_cik, f.concept, f.unit, f.frame'));
      const inSql = new Map(rows.map((r) => [`${r.cik}|${r.concept}|${r.unit}|${r.frame}`, `${r.accession_number} ${r.period_start}..${r.period_end} ${new D(r.value).toFixed()}`]));
      expect(inMemory.size).toBeGreaterThan(20_000);
      const differences = [...new Set([...inMemory.keys(), ...inSql.keys()])].filter((k) => inMemory.get(k) !== inSql.get(k)).map((k) => `${k}: memory ${inMemory.get(k)}, SQL ${inSql.get(k)}`);
      expect(differences.slice(0, 10)).toEqual([]);
      expect(inSql.size).toBe(inMemory.size);
      // What /health over this whole graph counts (served.ts): the next test compares the store's /health with it.
      const disclosures = graph.companies.flatMap((c) => c.disclosures);
      const checks = disclosures.flatMap((d) => d.checks);
      wholeCounts = { companies: graph.companies.length, disclosures: disclosures.length, facts: disclosures.reduce((n, d) => n + d.facts.length, 0), checks: { total: checks.length, failed: checks.filter((c) => c.status === 'FAIL').length } };
    }, 120_000); // builds the graph of two filings and 51,482 companyfacts records

    it('answers from concept slices exactly as from whole company graphs: the contract query and every slice-safe field for every concept of Netflix and a sample of Apple\'s and NVIDIA\'s, and frames', async () => {
      const { pool } = await shared();
      // Whole graphs: the first start derives the catalog (and each row's slice basis), keeping every graph in memory.
      const whole = await StoreServing.open(pool, { filingsDir: null });
      const w = await whole.snapshot();
      expect(w.refreshed.sort()).toEqual(['0000320193', '0000999001', '0001045810', '0001065280']);
      // /health counts as over the whole graph (the previous test's), from the catalog's rows.
      const health = w.served.health();
      if (wholeCounts) expect({ companies: health.companies, disclosures: health.disclosures, facts: health.facts, checks: health.checks }).toEqual(wholeCounts);
      // A later start holds no graph: slice-safe selections are answered from slices.
      const sliced = await StoreServing.open(pool, { filingsDir: null });
      const s = await sliced.snapshot();
      const differing: string[] = [];
      let compared = 0;
      let ttms = 0;
      // A deterministic sample keeps the test short: every 15th concept of Netflix (a filing only), every 80th of Apple (a filing and its
      // companyfacts) and of NVIDIA (companyfacts only), the contract's, a few more and one with derived quarters, and one no company
      // reports. SLICE_EVERY_CONCEPT=1 compares every concept of the three (about 2,400: minutes).
      const everyConcept = process.env.SLICE_EVERY_CONCEPT === '1';
      const named = ['us-gaap:NetIncomeLoss', 'us-gaap:Revenues', 'us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax', 'us-gaap:EarningsPerShareDiluted', 'dei:EntityCommonStockSharesOutstanding'];
      for (const [cik, every] of [['0001065280', 15], ['0000320193', 80], ['0001045810', 80]] as const) {
        const company = (await w.source.companyByCik(cik))!;
        const ticker = company.listings[0].ticker;
        const derived = company.concepts.find((c) => c.lineItems.some((item) => item.facts.some((f) => f.origin === 'DERIVED')))?.name;
        const names = company.concepts.map((c) => c.name).filter((n, i) => everyConcept || i % every === 0 || named.includes(n) || n === derived);
        for (const concept of [...names, 'us-gaap:NoSuchConcept']) {
          for (const [query, variables] of [[CONTRACT, { ticker, concept }], [EVERY_SAFE_FIELD, { cik, concept }]] as const) {
            const fromWhole = await answer(query, variables, w.source);
            expect(JSON.parse(fromWhole).errors, `${cik} ${concept}`).toBeUndefined();
            const fromSlice = await answer(query, variables, s.source);
            if (fromSlice !== fromWhole) differing.push(`${cik} ${concept}\n${fromWhole.slice(0, 600)}\n${fromSlice.slice(0, 600)}`);
            compared++;
          }
          // TTM of the concept as known on two dates (a balance or a per-share concept answers BAD_USER_INPUT in both).
          for (const asOf of ['2023-12-31', '2025-06-30']) {
            const fromWhole = await answer(TTM, { ticker, concept, asOf }, w.source);
            if (JSON.parse(fromWhole).data?.company?.ttm) ttms++;
            const fromSlice = await answer(TTM, { ticker, concept, asOf }, s.source);
            if (fromSlice !== fromWhole) differing.push(`${cik} ${concept} TTM ${asOf}\n${fromWhole.slice(0, 600)}\n${fromSlice.slice(0, 600)}`);
          }
        }
      }
      expect(differing.slice(0, 3)).toEqual([]);
      expect(ttms).toBeGreaterThanOrEqual(8);
      expect(compared).toBeGreaterThan(100);
      // Nothing was answered from a whole graph; Apple's contract answer has revisions to compare.
      expect(sliced.graphs.stats().graphs).toBe(0);
      expect(sliced.graphs.stats().slices).toBeGreaterThan(0);
      const apple = JSON.parse(await answer(EVERY_SAFE_FIELD, { cik: '0000320193', concept: 'us-gaap:NetIncomeLoss' }, s.source)).data.companyByCik.concept.facts.nodes;
      expect(apple.filter((f: { revisions: unknown[] }) => f.revisions.length > 1).length).toBeGreaterThan(0);
      const withDerived = (await w.source.companyByCik('0001045810'))!.concepts.find((c) => c.lineItems.some((item) => item.facts.some((f) => f.origin === 'DERIVED')))!.name;
      const derived = `{ companyByCik(cik: "0001045810") { concept(name: "${withDerived}") { facts(first: 3, filter: { origin: DERIVED }) { totalCount nodes { value isLatest period { label } derivedFrom { value disclosure { id } } } } } } }`;
      expect(JSON.parse(await answer(derived, {}, s.source)).data.companyByCik.concept.facts.totalCount).toBeGreaterThan(0);
      expect(await answer(derived, {}, s.source)).toBe(await answer(derived, {}, w.source));

      // Frames over companies not in memory: each page company's slice of the concept.
      const frames = ['us-gaap:NetIncomeLoss|CY2023', 'us-gaap:Assets|CY2023Q3I', 'us-gaap:EarningsPerShareDiluted|CY2021'].map((f) => {
        const [concept, period] = f.split('|');
        const unit = concept.includes('PerShare') ? 'USD/shares' : 'USD';
        return `{ frame(concept: "${concept}", period: "${period}", unit: "${unit}", orderBy: { field: VALUE, direction: DESC }) { totalCount pageInfo { hasNextPage } nodes { value unit frame distanceDays company { id cik name } fact { value decimals origin isLatest disclosure { id form accessionNumber filedOn } revisions { value } } period { startDate endDate fiscalPeriod label } } } }`;
      });
      const framesFresh = await (await StoreServing.open(pool, { filingsDir: null })).snapshot();
      for (const query of frames) {
        const fromWhole = await answer(query, {}, w.source);
        expect(JSON.parse(fromWhole).data.frame.totalCount).toBeGreaterThan(0);
        expect(await answer(query, {}, framesFresh.source)).toBe(fromWhole);
      }
      expect((framesFresh.source as unknown as { graphs: { stats(): { graphs: number; slices: number } } }).graphs.stats()).toMatchObject({ graphs: 0 });
    }, 120_000);

    it('serves a selection a slice does not answer (line items, metrics, a disclosure\'s facts, a fact\'s id, directives, fragments on interfaces) from the whole graph, with the same answers as before', async () => {
      const { pool } = await shared();
      const whole = await (await StoreServing.open(pool, { filingsDir: null })).snapshot();
      for (const [query, variables] of [
        ['{ company(ticker: "NFLX") { name lineItems { key } } }', {}],
        ['{ company(ticker: "NFLX") { concept(name: "us-gaap:NetIncomeLoss") { facts(first: 3) { nodes { id value } } } } }', {}],
        ['{ company(ticker: "NFLX") { concept(name: "us-gaap:NetIncomeLoss") { facts(first: 3) { nodes { value disclosure { facts(first: 2) { nodes { value } } } } } } } }', {}],
        ['{ company(ticker: "NFLX") { metric(metric: NET_INCOME, frequency: QUARTERLY) { fiscalYear fiscalPeriod value concept { lineItems { key } } } } }', {}],
        ['{ company(ticker: "NFLX") { concept(name: "us-gaap:NetIncomeLoss") { facts(first: 3, filter: { statement: INCOME_STATEMENT }) { nodes { value } } } } }', {}],
        ['query Q($full: Boolean!) { company(ticker: "NFLX") { name fiscalYearEnd @include(if: $full) } }', { full: true }],
        ['{ company(ticker: "NFLX") { ... on Node { id } concept(name: "us-gaap:Revenues") { lineItems { key } } } }', {}],
      ] as const) {
        const serving = await StoreServing.open(pool, { filingsDir: null });
        const fresh = await serving.snapshot();
        expect(await answer(query, variables, fresh.source)).toBe(await answer(query, variables, whole.source));
        expect(serving.graphs.stats(), query).toMatchObject({ graphs: 1, slices: 0 });
      }
      // Within the list, fragments, aliases and variables are followed: these are answered from slices.
      for (const [query, variables] of [
        ['query Q($c: String!) { a: company(ticker: "NFLX") { ...F concept(name: $c) { label } } } fragment F on Company { cik name }', { c: ' us-gaap:Revenues ' }],
        ['{ company(ticker: "NFLX") { ... on Company { name } x: concept(name: "us-gaap:Revenues") { facts(first: 2, filter: { unit: "USD" }) { totalCount nodes { value } } } } }', {}],
      ] as const) {
        const serving = await StoreServing.open(pool, { filingsDir: null });
        const fresh = await serving.snapshot();
        expect(await answer(query, variables, fresh.source)).toBe(await answer(query, variables, whole.source));
        expect(serving.graphs.stats(), query).toMatchObject({ graphs: 0, slices: 1 });
      }
    }, 60_000);

    it('answers every standard metric from slices exactly as from whole company graphs (series, margins, TTM, latest, extension concepts); a store without the verdicts falls back', async () => {
      const { pool } = await shared();
      // Whole graphs: each company asked for whole first, so that the source answers from it.
      const whole = await (await StoreServing.open(pool, { filingsDir: null })).snapshot();
      const companies = [['AAPL', '0000320193'], ['NFLX', '0001065280'], ['NVDA', '0001045810'], ['ECCX', '0000999001']] as const;
      for (const [, cik] of companies) await whole.source.companyByCik(cik);
      const serving = await StoreServing.open(pool, { filingsDir: null });
      const sliced = await serving.snapshot();
      const differing: string[] = [];
      const compare = async (query: string, variables: Record<string, unknown>) => {
        const fromWhole = await answer(query, variables, whole.source);
        const fromSlice = await answer(query, variables, sliced.source);
        if (fromSlice !== fromWhole) differing.push(`${JSON.stringify(variables)}\n${fromWhole.slice(0, 400)}\n${fromSlice.slice(0, 400)}`);
        return JSON.parse(fromWhole);
      };
      let figures = 0;
      for (const [ticker] of companies) {
        for (const { key, nature, measure } of VOCABULARY) {
          const query = metricQuery(nature === 'FLOW' && measure === 'MONEY');
          // Each metric alone (its own slice), as known now and, for Apple, on an earlier date; every metric together at three dates below.
          const whole = await compare(query, { ticker, metric: key, asOf: ticker === 'AAPL' ? '2022-06-30' : null });
          expect(whole.errors, `${ticker} ${key}`).toBeUndefined();
          figures += whole.data.company.q.length + whole.data.company.a.length;
        }
        for (const asOf of [null, '2021-12-31', '2024-03-31']) await compare(METRICS, { ticker, asOf });
      }
      // latestMetrics alone reads a window of the facts (latest-window.ts) where that is proved, else the full slice: the
      // same answers now, before the first filing and between filings.
      const windowed = await StoreServing.open(pool, { filingsDir: null });
      const fromWindow = await windowed.snapshot();
      let held = 0;
      for (const [ticker] of companies) {
        for (const asOf of [null, '2005-01-01', '2012-08-15', '2023-05-15']) {
          const slices = windowed.graphs.stats().slices;
          const fromWhole = await answer(LATEST, { ticker, asOf }, whole.source);
          const fromSlice = await answer(LATEST, { ticker, asOf }, fromWindow.source);
          if (fromSlice !== fromWhole) differing.push(`latest ${JSON.stringify({ ticker, asOf })}\n${fromWhole.slice(0, 400)}\n${fromSlice.slice(0, 400)}`);
          // One slice more: the window answered; two: it was not proved (cached as such) and the full slice answered.
          if (windowed.graphs.stats().slices === slices + 1) held++;
        }
      }
      // Both paths taken: windows proved (most), and not proved (Apple's revenue now, its last quarter 2024's while its last year is
      // 2025's; NVIDIA's capital expenditure in 2023, its last quarter 2021's), where the full slice answered.
      expect(held).toBeGreaterThan(8);
      expect(held).toBeLessThan(16);
      const request = { concepts: [...new Set(VOCABULARY.flatMap((d) => metricReads(d.key).concepts))], extensionVerdicts: true };
      // NVIDIA's window now: its last three years or so, of its companyfacts since 2009.
      const nvidiaWindow = await fromWindow.source.companyByCik('0001045810', { ...request, latest: { asOf: null } });
      const nvidiaFull = await fromWindow.source.companyByCik('0001045810', request);
      expect(factCount(fromWindow.source.graphOf(nvidiaWindow!))).toBeLessThan(factCount(fromWindow.source.graphOf(nvidiaFull!)) / 3);
      expect(windowed.graphs.stats()).toMatchObject({ graphs: 0 });
      expect(differing.slice(0, 3)).toEqual([]);
      expect(figures).toBeGreaterThan(1000);
      // No whole graph was built: each metric (or set of them) was a slice.
      expect(serving.graphs.stats()).toMatchObject({ graphs: 0 });
      // The extension concept came through the slice's verdicts, with its reason.
      const capex = JSON.parse(await answer(METRIC, { ticker: 'ECCX', metric: 'CAPITAL_EXPENDITURE', asOf: null }, sliced.source)).data.company.a;
      expect(capex.find((f: { fiscalYear: number }) => f.fiscalYear === 2020)).toMatchObject({ value: '500000000', concept: { name: 'ecc:PurchasesRelatedToPropertyAndEquipmentAndIntangibleAssets' } });
      expect(capex[0].explanation).toMatch(/company's own concept, taken because its row/);
      // The curated company (no CIK) is answered from the curated graph either way.
      await compare(METRIC, { ticker: 'QFIN', metric: 'REVENUE', asOf: null });
      await compare(METRICS, { ticker: 'QFIN', asOf: null });
      expect(differing).toEqual([]);

      // A store derived before migration 0030 (no verdicts): a metric with an extension rule is answered from the whole graph, the
      // others still from slices; the next start derives the missing verdicts (NVIDIA's without building its graph: companyfacts only).
      const before = await StoreServing.open(pool, { filingsDir: null });
      const old = await before.snapshot();
      // (The hand-written company's and NVIDIA's: deriving Apple's again would cost a whole Apple graph.)
      await pool.query(`delete from metric_extensions where company_cik in ('0000999001', '0001045810')`);
      for (const [ticker, metric, graphs] of [['ECCX', 'REVENUE', 0], ['ECCX', 'FREE_CASH_FLOW', 1]] as const) {
        expect(await answer(METRIC, { ticker, metric, asOf: null }, old.source)).toBe(await answer(METRIC, { ticker, metric, asOf: null }, whole.source));
        expect(before.graphs.stats(), metric).toMatchObject({ graphs });
      }
      const lines: string[] = [];
      const again = await StoreServing.open(pool, { filingsDir: null, log: (line: string) => lines.push(line) });
      await again.snapshot();
      expect(lines.join('\n')).toMatch(/extension verdicts of 2 companies derived \(1 from their whole graphs\)/);
      expect((await pool.query('select count(*)::int as n from metric_extensions')).rows[0].n).toBe(4);
    }, 120_000);

    it('selectFrame pages a frame by value or company with its total, as the frame query does', async () => {
      const { pool } = await shared();
      const all = await selectFrame(pool, { concept: 'us-gaap:Assets', frame: 'CY2023Q3I', unit: 'USD', order: 'COMPANY', limit: 10, offset: 0 });
      expect(all.totalCount).toBe(2);
      expect(all.rows.map((r) => r.cik)).toEqual(['0000320193', '0001045810']);
      expect(all.rows[0]).toMatchObject({ periodStart: null, periodEnd: '2023-09-30' });
      // Each pick names its stored row: the document by number and by content hash, the same document.
      for (const r of all.rows) {
        const doc = (await pool.query('select content_sha256 from documents where company_cik = $1 and id = $2', [r.cik, r.documentId])).rows[0];
        expect(doc?.content_sha256).toBe(r.contentSha256);
        expect((await pool.query('select value from facts where company_cik = $1 and document_id = $2 and seq = $3', [r.cik, r.documentId, r.seq])).rows[0].value).toBe(r.value);
      }
      const largest = await selectFrame(pool, { concept: 'us-gaap:Assets', frame: 'cy2023q3i', unit: 'USD', order: 'VALUE_DESC', limit: 1, offset: 0 });
      expect(largest.totalCount).toBe(2);
      expect(largest.rows.map((r) => r.cik)).toEqual(['0000320193']);
      const smallest = await selectFrame(pool, { concept: 'us-gaap:Assets', frame: 'CY2023Q3I', unit: 'USD', order: 'VALUE_ASC', limit: 1, offset: 0 });
      expect(smallest.rows.map((r) => r.cik)).toEqual(['0001045810']);
      expect(Number(smallest.rows[0].value)).toBeLessThan(Number(largest.rows[0].value));
      const past = await selectFrame(pool, { concept: 'us-gaap:Assets', frame: 'CY2023Q3I', unit: 'USD', order: 'COMPANY', limit: 5, offset: 5 });
      expect(past).toEqual({ totalCount: 2, rows: [] });
      expect(await selectFrame(pool, { concept: 'us-gaap:NoSuchConcept', frame: 'CY2023', unit: 'USD', order: 'COMPANY', limit: 5, offset: 0 })).toEqual({ totalCount: 0, rows: [] });
      await expect(selectFrame(pool, { concept: 'us-gaap:Assets', frame: '2023Q3', unit: 'USD', order: 'COMPANY', limit: 5, offset: 0 })).rejects.toThrow(/not a calendar period/);
    });
  });
});
