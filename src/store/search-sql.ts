/**
 * Search across every stored company in SQL (migration 0011), for stores too large for one
 * in-memory index: the rows are the documents the in-memory index holds
 * (`searchDocumentsOf`), their words the same words (`words`, not PostgreSQL's parser), each
 * word weighted by the best field it is in. Ranking reads a narrow copy of each row's ranking
 * columns (`search_ranks`, migration 0055), whose GIN index finds the rows holding every word
 * (the last as a prefix); the score is the in-memory one, computed from the row's words; the
 * order is `compareHits`'; the page's rows are then read from `search_documents` by key. "Did you mean" draws its candidates from the words table
 * (pg_trgm's nearest words) and chooses among them by the in-memory rule (`nearestOf`).
 */
import type pg from 'pg';
import type { Graph } from '../domain/graph.js';
import { words } from '../domain/line-item-search.js';
import type { Company } from '../domain/model.js';
import { latestFactOf, printedLabelOf } from '../domain/search/latest-fact.js';
import { searchDocumentsOf, type RankedHit, type Searchable, type SearchableType, type WordCount } from '../domain/search/search-index.js';
import { inTransaction } from './transaction.js';

/** A stored hit: enough to rank it among others and to load it (`GraphSource.node`), and where its row is. */
export interface StoredHit {
  type: SearchableType;
  id: string;
  cik: string;
  ord: number;
}

/**
 * What a search row keeps of its hit besides its words (migration 0021): a prepared answer
 * of a fixed selection, made from the company's graph by the layer that serves it (which the
 * store does not know), so that a page can be served without the graph. `version` names the
 * selection: rows prepared for another are written again.
 */
export interface SearchViews {
  readonly version: string;
  /** The prepared answer of each hit, in order (JSON-serializable). */
  of(graph: Graph, hits: readonly Searchable[]): Promise<unknown[]>;
}

/** tsvector weights of the in-memory fields (label 3, heading 2, text 1). */
const FIELD_WEIGHT = ['A', 'B', 'C'] as const;
/** PostgreSQL refuses lexemes of 2,048 bytes or more; no label has such a word. */
const MAX_WORD_BYTES = 2046;

/** The tsvector text of a document: each word once, at position 1, with its best field's weight. */
function vectorOf(fields: readonly string[]): string {
  const best = new Map<string, number>();
  fields.forEach((text, field) => {
    for (const w of words(text)) if (!best.has(w) && Buffer.byteLength(w) <= MAX_WORD_BYTES) best.set(w, field);
  });
  return [...best].map(([w, field]) => `'${w}':1${FIELD_WEIGHT[field]}`).join(' ');
}

/** The search rows of one company (null columns where a hit has no such thing). */
async function rowsOf(company: Company, graph: Graph, views: SearchViews | null) {
  const documents = searchDocumentsOf(company);
  const prepared = views ? await views.of(graph, documents.map((d) => d.node)) : null;
  return documents.map((d, ord) => {
    const item = d.node.type === 'LineItem' ? d.node : null;
    const latest = item ? latestFactOf(item, graph.timeline) : null;
    return {
      ord,
      type: d.node.type,
      id: d.node.id,
      tier: d.tier,
      labelWords: d.labelWords,
      words: vectorOf([d.label, d.heading, d.text]),
      label: item ? printedLabelOf(item) : null,
      statement: item?.statement ?? null,
      latestFactId: latest?.id ?? null,
      latestValue: latest?.value ?? null,
      latestUnit: latest?.unit ?? null,
      latestEnd: latest?.period.endDate ?? null,
      view: prepared ? JSON.stringify(prepared[ord]) : null,
    };
  });
}

/** Where a company stands among companies: the catalog's order (store-source.ts, `catalogOrderKey`). */
export interface SearchCompany {
  cik: string;
  digest: string;
  orderKey: string;
}

/**
 * Replaces a company's search rows by those of its graph (none when the graph built no
 * company), with their prepared answers (`views`, when given), in one transaction with the
 * word counts they change.
 */
export async function saveSearchDocuments(pool: pg.Pool, company: SearchCompany, graph: Graph, views: SearchViews | null = null): Promise<void> {
  const built = graph.companyByCik(company.cik);
  const rows = built ? await rowsOf(built, graph, views) : [];
  await inTransaction(pool, async (client) => {
    await removeCompany(client, company.cik);
    const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((r) => r[key]);
    await client.query(
      `insert into search_documents (company_cik, company_key, ord, entity_type, entity_id, tier, label_words, words, label, statement, latest_fact_id, latest_value, latest_unit, latest_end, view)
       select $1, $2, r.* from unnest($3::int[], $4::text[], $5::text[], $6::smallint[], $7::smallint[], $8::tsvector[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::date[], $15::json[]) as r`,
      [company.cik, company.orderKey, column('ord'), column('type'), column('id'), column('tier'), column('labelWords'), column('words'), column('label'), column('statement'), column('latestFactId'), column('latestValue'), column('latestUnit'), column('latestEnd'), column('view')],
    );
    await client.query(
      'insert into search_ranks (company_cik, ord, company_key, entity_type, tier, label_words, words) select company_cik, ord, company_key, entity_type, tier, label_words, words from search_documents where company_cik = $1',
      [company.cik],
    );
    await client.query(
      `insert into search_words (word, documents)
       select w.lexeme, count(*) from search_documents d cross join unnest(d.words) w where d.company_cik = $1 group by 1
       on conflict (word) do update set documents = search_words.documents + excluded.documents`,
      [company.cik],
    );
    await client.query('insert into search_companies (company_cik, digest, views) values ($1, $2, $3) on conflict (company_cik) do update set digest = excluded.digest, views = excluded.views', [company.cik, company.digest, views?.version ?? null]);
  });
}

/** Deletes a company's rows and takes their words off the counts. */
async function removeCompany(client: pg.PoolClient, cik: string): Promise<void> {
  const old = await client.query<{ word: string; n: number }>('select w.lexeme as word, count(*)::int as n from search_documents d cross join unnest(d.words) w where d.company_cik = $1 group by 1', [cik]);
  if (old.rows.length) {
    const wordsOf = old.rows.map((r) => r.word);
    await client.query('update search_words s set documents = s.documents - o.n from unnest($1::text[], $2::int[]) as o(word, n) where s.word = o.word', [wordsOf, old.rows.map((r) => r.n)]);
    await client.query('delete from search_words where word = any($1::text[]) and documents <= 0', [wordsOf]);
  }
  await client.query('delete from search_ranks where company_cik = $1', [cik]);
  await client.query('delete from search_documents where company_cik = $1', [cik]);
  await client.query('delete from search_companies where company_cik = $1', [cik]);
}

/** Deletes the search rows of companies no longer stored. */
export async function deleteSearchDocuments(pool: pg.Pool, ciks: readonly string[]): Promise<void> {
  for (const cik of ciks) {
    await inTransaction(pool, (client) => removeCompany(client, cik));
  }
}

/** The digest each company's search rows were derived from, and the selection their answers were prepared for (`SearchViews.version`; null: none). */
export async function readSearchDigests(pool: pg.Pool): Promise<Map<string, { digest: string; views: string | null }>> {
  const { rows } = await pool.query<{ company_cik: string; digest: string; views: string | null }>('select company_cik, digest, views from search_companies');
  return new Map(rows.map((r) => [r.company_cik, { digest: r.digest, views: r.views }]));
}

/** The prepared answers (`SearchViews`) of stored hits, in order; null where a row holds none. */
export async function readSearchViews(pool: pg.Pool, hits: readonly StoredHit[]): Promise<unknown[]> {
  if (hits.length === 0) return [];
  const { rows } = await pool.query<{ i: number; view: unknown }>(
    'select h.i, d.view from unnest($1::text[], $2::int[]) with ordinality as h(cik, ord, i) join search_documents d on d.company_cik = h.cik and d.ord = h.ord',
    [hits.map((h) => h.cik), hits.map((h) => h.ord)],
  );
  const views: unknown[] = hits.map(() => null);
  for (const r of rows) views[Number(r.i) - 1] = r.view;
  return views;
}

/** The query's words as a tsquery: every word, the last also as a prefix. */
function tsquery(terms: readonly string[]): string {
  return terms.map((t, i) => `'${t}'${i === terms.length - 1 ? ':*' : ''}`).join(' & ');
}

/** Prefix completions of the last word scored by one test each (three tsquery matches); more are scored by reading the row's words. */
const MAX_COMPLETIONS = 32;

/**
 * The score of a row (SearchIndex's: per word found, the weight of its best field, a
 * completed prefix half) as SQL over its `words`: a word's weight is found by three
 * weight-restricted tsquery matches; the completions of the last word, when there are many,
 * by reading the row's words. `param` adds a query parameter and gives its placeholder.
 */
function scoreSql(terms: readonly string[], completions: readonly string[] | null, param: (value: unknown) => string): string {
  const weighted = (word: string) => {
    const [a, b, c] = ['A', 'B', 'C'].map((w) => param(`'${word}':${w}`));
    return `(case when d.words @@ ${a}::tsquery then 3 when d.words @@ ${b}::tsquery then 2 when d.words @@ ${c}::tsquery then 1 else 0 end)`;
  };
  const exact = terms.map(weighted).join(' + ');
  const prefix =
    completions === null
      ? `(select coalesce(sum(case w.weights[1] when 'A' then 3 when 'B' then 2 else 1 end), 0) from unnest(d.words) w where starts_with(w.lexeme, ${param(terms[terms.length - 1])}::text) and not (w.lexeme = any(${param(terms)}::text[])))`
      : completions.map(weighted).join(' + ') || '0';
  return `(${exact} + 0.5 * ${prefix})::float8`;
}

/**
 * The `limit` best stored hits of `terms` (every word, the last also as a prefix), ranked as
 * the in-memory search ranks them, and how many there are in all.
 */
export async function selectSearch(pool: pg.Pool, terms: readonly string[], options: { types?: readonly SearchableType[] | null; limit: number }): Promise<{ total: number; hits: RankedHit<StoredHit>[] }> {
  const usable = terms.filter((t) => Buffer.byteLength(t) <= MAX_WORD_BYTES);
  if (usable.length === 0 || usable.length < terms.length) return { total: 0, hits: [] };
  const last = usable[usable.length - 1];
  // The indexed words the last one completes to (a range of the words table's primary key).
  const completed = (await pool.query<{ word: string }>('select word from search_words where word > $1 and word < $1 || chr(1114111) order by word limit $2', [last, MAX_COMPLETIONS + 1])).rows.map((r) => r.word).filter((w) => !usable.includes(w));
  const types = options.types && options.types.length > 0 ? options.types : null;
  const params: unknown[] = [tsquery(usable), types, usable.length, options.limit];
  const param = (value: unknown) => `$${params.push(value)}`;
  const score = scoreSql(usable, completed.length > MAX_COMPLETIONS ? null : completed, param);
  const { rows } = await pool.query<{ company_cik: string; entity_type: SearchableType; entity_id: string; score: number; tier: number; label_distance: number; company_key: string; ord: number; total: string }>(
    // Over the narrow copy (migration 0055), scored in the scan (`offset 0` keeps the score below the count), so the count over
    // every hit holds narrow rows, not their words; the page's search_documents rows then give their entity.
    `select p.company_cik, d.entity_type, d.entity_id, p.tier, p.label_distance, p.company_key, p.ord, p.score, p.total
       from (select h.*, count(*) over () as total
               from (select d.company_cik, d.ord, d.tier, abs(d.label_words - $3) as label_distance, d.company_key, ${score} as score
                       from search_ranks d
                      where d.words @@ $1::tsquery and ($2::text[] is null or d.entity_type = any($2::text[]))
                     offset 0) h
              order by score desc, tier, label_distance, company_key collate "C", ord
              limit $4) p
       join search_documents d on d.company_cik = p.company_cik and d.ord = p.ord
      order by p.score desc, p.tier, p.label_distance, p.company_key collate "C", p.ord`,
    params,
  );
  return {
    // Counted in the same scan as ranked (the heap pages of every hit read once): no row, no hit.
    total: rows.length ? Number(rows[0].total) : options.limit > 0 ? 0 : await countSearch(pool, usable, types),
    hits: rows.map((r) => ({ hit: { type: r.entity_type, id: r.entity_id, cik: r.company_cik, ord: r.ord }, score: r.score, tier: r.tier, labelDistance: r.label_distance, order: [1, r.company_key, r.ord] })),
  };
}

/** The number of stored hits (for a page past the last). */
async function countSearch(pool: pg.Pool, terms: readonly string[], types?: readonly SearchableType[] | null): Promise<number> {
  const { rows } = await pool.query<{ n: string }>('select count(*) as n from search_ranks d where d.words @@ $1::tsquery and ($2::text[] is null or d.entity_type = any($2::text[]))', [tsquery(terms), types && types.length > 0 ? types : null]);
  return Number(rows[0].n);
}

/** Which of `candidates` are indexed words. */
export async function knownWords(pool: pg.Pool, candidates: readonly string[]): Promise<Set<string>> {
  const { rows } = await pool.query<{ word: string }>('select word from search_words where word = any($1::text[])', [candidates]);
  return new Set(rows.map((r) => r.word));
}

/** Whether some indexed word begins with `prefix` (a range of the primary key). */
export async function hasPrefix(pool: pg.Pool, prefix: string): Promise<boolean> {
  const { rows } = await pool.query('select 1 from search_words where word >= $1 and word < $1 || chr(1114111) limit 1', [prefix]);
  return rows.length > 0;
}

/** How many nearest words (by trigrams) are checked for being within the edits allowed. */
const TRIGRAM_CANDIDATES = 200;

/**
 * Indexed words within one edit of a four-letter `word`, two of a longer one (Levenshtein, as
 * MiniSearch's fuzzy search), with their document counts: among the words nearest by
 * trigrams (pg_trgm's GiST index) of a length the edits allow.
 */
export async function wordCandidates(pool: pg.Pool, word: string): Promise<WordCount[]> {
  const edits = word.length === 4 ? 1 : 2;
  const { rows } = await pool.query<{ word: string; documents: number }>(
    'select word, documents from search_words where length(word) between $2 and $3 order by word <-> $1 limit $4',
    [word, word.length - edits, word.length + edits, TRIGRAM_CANDIDATES],
  );
  return rows.filter((r) => levenshtein(word, r.word) <= edits).map((r) => ({ word: r.word, count: r.documents }));
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}
