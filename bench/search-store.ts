/**
 * `npm run bench:search-store`: search across every company in SQL (src/store/search-sql.ts)
 * at the 10 M-fact store's scale, in a temporary embedded PostgreSQL:
 *
 * 1. the shared filings and Apple's and NVIDIA's companyfacts ingested, the catalog derived
 *    (which writes each company's search rows): the time of writing a company's rows;
 * 2. the search rows replicated in SQL under other CIKs up to BENCH_SEARCH_DOCUMENTS
 *    (default 320,000: one per about 31 facts at 10 M facts, bench/search-index.ts); disk
 *    per document, table and indexes;
 * 3. latency p50/p99 of a few queries through StoreSearch (the ranked SQL query, its count,
 *    the curated companies merged; a typo's correction), and of the SQL query alone.
 *
 * Loading a page's hits from their companies' graphs is not timed here: it costs one graph
 * build per company of the page not in memory (bench:scale's "first query of a company").
 * Prints a Markdown report and writes it to .generated/bench/search-store.md.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCompanyFacts } from '../src/companyfacts/read-company-facts.js';
import { words } from '../src/domain/line-item-search.js';
import { companyFactsHash, ingestFilings, storeCompanyFacts } from '../src/store/ingest.js';
import { openStore } from '../src/store/open-store.js';
import { saveSearchDocuments, selectSearch } from '../src/store/search-sql.js';
import { StoreServing } from '../src/server/serve-store.js';
import { StoreSearch } from '../src/store/store-search.js';
import { catalogOrderKey } from '../src/store/store-source.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const FILINGS = resolve(process.env.BENCH_FILINGS_DIR ?? join(repo, '../shared/xbrl'));
const COMPANYFACTS = resolve(process.env.BENCH_COMPANYFACTS_DIR ?? join(repo, '../shared/edgar/data.sec.gov/api/xbrl/companyfacts'));
const TARGET = Number(process.env.BENCH_SEARCH_DOCUMENTS ?? 320_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const QUERIES = ['net sales', 'revenue', 'total assets', 'cash and cash equivalents', 'income', 'deferred tax', 'net s', 'net slaes', 'revenu'];

const report: string[] = [];
const say = (line: string) => {
  console.log(line);
  report.push(line);
};
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

async function timed(run: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  await run();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p99: percentile(ms, 99) };
}

async function main(): Promise<void> {
  if (!existsSync(FILINGS)) throw new Error(`${FILINGS} is absent: set BENCH_FILINGS_DIR`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-search-'));
  chmodSync(dir, 0o755);
  const store = await openStore({ storeDir: join(dir, 'store') });
  const pool = store.pool;
  try {
    say(`# Search across companies in SQL, ${new Date().toISOString()}, Node ${process.version}, load average ${load()} (1, 5, 15 min)`);
    say('');
    await ingestFilings(pool, FILINGS);
    const files = existsSync(COMPANYFACTS) ? readdirSync(COMPANYFACTS).filter((f) => /^CIK\d{10}\.json$/.test(f)).map((f) => join(COMPANYFACTS, f)) : [];
    for (const file of files) await storeCompanyFacts(pool, readCompanyFacts(file), COMPANYFACTS, companyFactsHash(file));
    const serving = await StoreServing.open(pool, { filingsDir: null });
    const { source } = await serving.snapshot();
    const real = (await pool.query<{ n: string; companies: string }>('select count(*) as n, count(distinct company_cik) as companies from search_documents')).rows[0];
    const realDocs = Number(real.n);
    say(`Stored: ${fmt(source.catalog.facts)} facts of ${real.companies} companies (the shared filings, ${files.length} companyfacts files): ${fmt(realDocs)} search documents, one per ${fmt(source.catalog.facts / realDocs, 1)} facts.`);

    // The words table as the catalog's derivation left it (the timed writes below leave dead rows; replicas add no word).
    const vocabulary = (await pool.query<{ n: string; bytes: string; trigrams: string }>("select (select count(*) from search_words) as n, pg_total_relation_size('search_words') as bytes, pg_relation_size('search_words_trigrams') as trigrams")).rows[0];
    // 1. Writing one company's rows (what refreshCatalog adds to deriving its catalog row), its graph already built.
    const apple = source.catalog.route('0000320193');
    if (apple) {
      const graph = await serving.graphs.get('0000320193');
      const row = { cik: '0000320193', firstFolder: null, companyFactsFile: null };
      const t = await timed(() => saveSearchDocuments(pool, { cik: '0000320193', digest: 'bench', orderKey: catalogOrderKey(row) }, graph));
      const n = (await pool.query<{ n: string }>("select count(*) as n from search_documents where company_cik = '0000320193'")).rows[0].n;
      say(`Writing Apple's ${fmt(Number(n))} search rows (delete, insert, word counts, one transaction): p50 ${fmt(t.p50)} ms, p99 ${fmt(t.p99)} ms.`);
    }

    // 2. Replicated in SQL under other CIKs (a new company key and entity ids each).
    const copies = Math.max(0, Math.ceil(TARGET / realDocs) - 1);
    const t0 = performance.now();
    await pool.query(
      `insert into search_documents (company_cik, ord, company_key, entity_type, entity_id, tier, label_words, words, label, statement, latest_fact_id, latest_value, latest_unit, latest_end)
       select lpad((9000000000 + k * 100 + dense_rank() over (order by d.company_cik))::text, 10, '0'), d.ord, d.company_key || '#' || k, d.entity_type, 'replica-' || k || '/' || d.entity_id, d.tier, d.label_words, d.words, d.label, d.statement, d.latest_fact_id, d.latest_value, d.latest_unit, d.latest_end
         from search_documents d cross join generate_series(1, $1::int) k`,
      [copies],
    );
    await pool.query("insert into search_ranks (company_cik, ord, company_key, entity_type, tier, label_words, words) select company_cik, ord, company_key, entity_type, tier, label_words, words from search_documents where entity_id like 'replica-%'");
    await pool.query('update search_words set documents = documents * ($1::int + 1)', [copies]);
    await pool.query('vacuum analyze search_documents');
    await pool.query("insert into search_labels (word, tier, label_words, company_key, company_cik, ords) select w.lexeme, d.tier, d.label_words, d.company_key, d.company_cik, array_agg(d.ord order by d.ord) from search_ranks d cross join unnest(d.words) w where d.company_cik like '9%' and w.weights[1] = 'A' group by 1, 2, 3, 4, 5");
    await pool.query('vacuum analyze search_ranks');
    await pool.query('vacuum analyze search_labels');
    await pool.query('vacuum analyze search_words');
    const docs = Number((await pool.query<{ n: string }>('select count(*) as n from search_documents')).rows[0].n);
    say(`Replicated ${copies}× in SQL in ${fmt((performance.now() - t0) / 1000, 1)} s: **${fmt(docs)} search documents** (at one per ~31 facts, a ${fmt((docs * 31) / 1e6, 1)} M-fact store).`);
    const size = (await pool.query<{ table: string; gin: string; pk: string; labels: string }>(
      "select pg_table_size('search_documents') + pg_table_size('search_ranks') as table, pg_relation_size('search_ranks_words') as gin, pg_relation_size('search_documents_pkey') + pg_relation_size('search_ranks_pkey') as pk, pg_total_relation_size('search_labels') as labels",
    )).rows[0];
    const all = Number(size.table) + Number(size.gin) + Number(size.pk) + Number(size.labels);
    say(`Disk: **${fmt(all / docs)} B per search document** (tables with TOAST, the rows and their ranking copy, ${fmt(Number(size.table) / docs)} B, GIN index of words ${fmt(Number(size.gin) / docs)} B, primary keys ${fmt(Number(size.pk) / docs)} B, label postings with their indexes ${fmt(Number(size.labels) / docs)} B), ${fmt(all / 2 ** 20)} MiB in all; words table ${fmt(Number(vocabulary.n))} words, ${fmt(Number(vocabulary.bytes) / 1024)} KiB with its trigram index (${fmt(Number(vocabulary.trigrams) / 1024)} KiB): bounded by the vocabulary, not by the number of companies.`);
    say('');

    // 3. Latency.
    const search = new StoreSearch(pool, source.catalog.curated, async () => undefined);
    say(`| query | hits | StoreSearch p50 / p99 (ms) | ranked SQL alone, first 20, p50 / p99 (ms) | every hit scored, first 20, p50 / p99 (ms) |`);
    say(`| --- | --- | --- | --- | --- |`);
    for (const q of QUERIES) {
      const typed = [...new Set(words(q))];
      const answer = async () => {
        const found = await search.find(typed, null);
        if (found.total > 0) return found;
        return search.corrected(typed, null, await search.known(typed), found);
      };
      const found = await answer();
      const whole = await timed(answer);
      const sql = await timed(() => selectSearch(pool, typed, { limit: 20 }));
      // The same ranking with every hit scored (SEARCH_EARLY_STOP=off: before the walk over label postings), in the same run.
      const everyHit = await timed(async () => {
        process.env.SEARCH_EARLY_STOP = 'off';
        try {
          return await selectSearch(pool, typed, { limit: 20 });
        } finally {
          delete process.env.SEARCH_EARLY_STOP;
        }
      });
      say(`| ${q}${found.didYouMean ? ` (→ ${found.didYouMean})` : ''} | ${fmt(found.total)} | ${fmt(whole.p50, 1)} / ${fmt(whole.p99, 1)} | ${fmt(sql.p50, 1)} / ${fmt(sql.p99, 1)} | ${fmt(everyHit.p50, 1)} / ${fmt(everyHit.p99, 1)} |`);
    }
    say('');
    say(`${RUNS} runs each after one warm-up, one at a time; load average at the end ${load()}.`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const out = join(repo, '.generated/bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'search-store.md'), `${report.join('\n')}\n`);
}

await main();
