/**
 * Search across every stored company in SQL (migration 0011), for stores too large for one
 * in-memory index: the rows are the documents the in-memory index holds
 * (`searchDocumentsOf`), their words the same words (`words`, not PostgreSQL's parser), each
 * word weighted by the best field it is in. Ranking reads a narrow copy of each row's ranking
 * columns (`search_ranks`, migration 0055), whose GIN index finds the rows holding every word
 * (the last as a prefix); the score is the in-memory one, computed from the row's words; the
 * order is `compareHits`'; the page's rows are then read from `search_documents` by key. A
 * common word's page is found without scoring every hit where bounds allow: the rows holding
 * a query word in a label are read in the ranking's order from `search_labels` (migration
 * 0060) until the page is proved (`selectEarly`). "Did you mean" draws its candidates from the words table
 * (pg_trgm's nearest words) and chooses among them by the in-memory rule (`nearestOf`).
 */
import type pg from 'pg';
import type { Graph } from '../domain/graph.js';
import { words } from '../domain/line-item-search.js';
import type { Company } from '../domain/model.js';
import { latestFactOf, printedLabelOf } from '../domain/search/latest-fact.js';
import { compareHits, searchDocumentsOf, type RankedHit, type Searchable, type SearchableType, type WordCount } from '../domain/search/search-index.js';
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

/** A company's label postings (migration 0060) from its search_ranks rows: the words of weight A, by tier, label length and company. */
export const LABELS_OF_COMPANY = `insert into search_labels (word, tier, label_words, company_key, company_cik, ords)
  select w.lexeme, d.tier, d.label_words, d.company_key, d.company_cik, array_agg(d.ord order by d.ord)
    from search_ranks d cross join unnest(d.words) w
   where d.company_cik = $1 and w.weights[1] = 'A'
   group by 1, 2, 3, 4, 5`;

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
    await client.query(LABELS_OF_COMPANY, [company.cik]);
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
  await client.query('delete from search_labels where company_cik = $1', [cik]);
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

/** The indexed words the last of `usable` completes to, but the query's own (a range of the words table's primary key); null: more than MAX_COMPLETIONS. */
export async function completionsOf(pool: pg.Pool, usable: readonly string[]): Promise<string[] | null> {
  const last = usable[usable.length - 1];
  const completed = (await pool.query<{ word: string }>('select word from search_words where word > $1 and word < $1 || chr(1114111) order by word limit $2', [last, MAX_COMPLETIONS + 1])).rows.map((r) => r.word).filter((w) => !usable.includes(w));
  return completed.length > MAX_COMPLETIONS ? null : completed;
}

/**
 * The `limit` best stored hits of `terms` (every word, the last also as a prefix), ranked as
 * the in-memory search ranks them, and how many there are in all: by the walk over label
 * postings that stops at the page (`selectEarly`) where it can prove its page, else by
 * scoring every hit (`selectAll`).
 */
export async function selectSearch(pool: pg.Pool, terms: readonly string[], options: { types?: readonly SearchableType[] | null; limit: number }): Promise<{ total: number; hits: RankedHit<StoredHit>[] }> {
  const usable = terms.filter((t) => Buffer.byteLength(t) <= MAX_WORD_BYTES);
  if (usable.length === 0 || usable.length < terms.length) return { total: 0, hits: [] };
  const types = options.types && options.types.length > 0 ? options.types : null;
  const completions = await completionsOf(pool, usable);
  // SEARCH_EARLY_STOP=off: every hit scored, for the benches' before and after.
  const early = completions === null || process.env.SEARCH_EARLY_STOP === 'off' ? null : await selectEarly(pool, usable, completions, types, options.limit);
  return early ?? selectAll(pool, usable, completions, types, options.limit);
}

/** Scores every hit in one scan, ranks and counts them: the ranking `selectEarly` must equal, and what runs where it cannot decide. */
export async function selectAll(pool: pg.Pool, usable: readonly string[], completions: readonly string[] | null, types: readonly SearchableType[] | null, limit: number): Promise<{ total: number; hits: RankedHit<StoredHit>[] }> {
  const params: unknown[] = [tsquery(usable), types, usable.length, limit];
  const param = (value: unknown) => `$${params.push(value)}`;
  const score = scoreSql(usable, completions, param);
  const { rows } = await pool.query<HitRow & { total: string }>(
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
    total: rows.length ? Number(rows[0].total) : limit > 0 ? 0 : await countSearch(pool, usable, types),
    hits: rows.map(rankedOf),
  };
}

/** A ranked row as the queries return it. */
interface HitRow {
  company_cik: string;
  entity_type: SearchableType;
  entity_id: string;
  score: number;
  tier: number;
  label_distance: number;
  company_key: string;
  ord: number;
}

const rankedOf = (r: HitRow): RankedHit<StoredHit> => ({ hit: { type: r.entity_type, id: r.entity_id, cik: r.company_cik, ord: r.ord }, score: r.score, tier: r.tier, labelDistance: r.label_distance, order: [1, r.company_key, r.ord] });

/** Hits few enough (at most) that scoring every one costs about what the walk would: `selectAll` ranks them. */
const FEW_HITS = 2000;
/** For more than one word, or a type filter, whose hits are counted by visiting each (as scoring them all does): the walk saves only the scoring, so it runs when the rarest word is in more rows than this (measured at 10 M facts: it lost below about 6,000 hits and gained above 20,000). */
const FEW_COUNTED_HITS = 20_000;
/** The tiers of `searchDocumentsOf` (0 statement row or key metric … 3 footnote); a row of another tier sends the ranking to `selectAll`. */
const TIERS = [0, 1, 2, 3];

/** A row read by the walk, scored exactly; `term`: whether it holds the last word itself (not only a completion). */
type Walked = HitRow & { hit: boolean; term: boolean };

/**
 * The page of `selectSearch` without scoring every hit, or null where it cannot be proved.
 * A hit's score is the sum over query words of its best field's weight (label 3), plus half
 * for the last word's completions. So a hit without some word `d` in its label, and without
 * any completion, scores at most 3n - 1 (n words), and a hit with `d` in its label and no
 * completion at most 3n. The rows with a completion (few, or we give up) are scored first;
 * then the rows with `d` in a label are read from `search_labels` (migration 0060) in the
 * ranking's order after the score (tier, distance of the label's length from n, company,
 * place), a band of equal tier and distance at a time, and scored exactly; the walk stops
 * once the page's last hit ranks before anything unread could (score 3n at the walk's
 * position) and scores above 3n - 1. `d` is the query word in the fewest rows. The count:
 * the rows holding a one-word query's word (the words table) plus those holding only a
 * completion; else counted by the full-text index. `always`: walk whatever the number of
 * hits (tests; else few hits, or many completions, are left to `selectAll`).
 */
export async function selectEarly(pool: pg.Pool, usable: readonly string[], completions: readonly string[], types: readonly SearchableType[] | null, limit: number, always = false): Promise<{ total: number; hits: RankedHit<StoredHit>[] } | null> {
  if (limit <= 0) return null;
  const n = usable.length;
  const counts = new Map((await pool.query<{ word: string; documents: number }>('select word, documents from search_words where word = any($1::text[])', [[...usable, ...completions]])).rows.map((r) => [r.word, r.documents]));
  const documents = (word: string) => counts.get(word) ?? 0;
  // A word not indexed: no hit, or (the last) only completions; both cheap or beyond this walk.
  if (usable.some((t) => !counts.has(t))) return null;
  // How many hits there can be, and how many hold a completion: few hits are scored at once; many completions, and the walk would gain little.
  const completing = completions.reduce((sum, c) => sum + documents(c), 0);
  const most = Math.min(...usable.slice(0, -1).map(documents), documents(usable[n - 1]) + completing);
  if (!always && (most <= (n === 1 && types === null ? FEW_HITS : FEW_COUNTED_HITS) || completing > most / 2)) return null;
  const driver = usable.reduce((a, b) => (documents(b) < documents(a) ? b : a));
  // More than one word, or some types: the hits are counted by the full-text index (every hit's heap page), while the walk runs.
  const counted = n === 1 && types === null ? null : countSearch(pool, usable, types);
  counted?.catch(() => undefined);
  const params: unknown[] = [tsquery(usable), types, n];
  const param = (value: unknown) => `$${params.push(value)}`;
  const scored = `select d.company_cik, d.ord, d.tier, abs(d.label_words - $3) as label_distance, d.company_key, d.entity_type, ${scoreSql(usable, completions, param)} as score,
                         d.words @@ $1::tsquery and ($2::text[] is null or d.entity_type = any($2::text[])) as hit, d.words @@ ${param(`'${usable[n - 1]}'`)}::tsquery as term`;
  const seen = new Map<string, Walked>();
  // The hits seen, ranked: sorted again only after rows were added.
  let ranked: RankedHit<StoredHit>[] | null = null;
  const add = (rows: Walked[]) => {
    for (const r of rows) if (r.hit) seen.set(`${r.company_cik}/${r.ord}`, r);
    ranked = null;
  };
  const rankedSeen = () => (ranked ??= [...seen.values()].map(rankedOf).sort(compareHits));
  // 1. Every hit holding a completion, scored exactly.
  let completedRows: Walked[] = [];
  if (completions.length > 0) {
    const withCompletion = [...usable.slice(0, -1).map((t) => `'${t}'`), `(${completions.map((c) => `'${c}'`).join(' | ')})`].join(' & ');
    completedRows = (await pool.query<Walked>(`${scored} from search_ranks d where d.words @@ $${params.length + 1}::tsquery`, [...params, withCompletion])).rows;
    add(completedRows);
  }
  params.push(driver);
  const driverParam = `$${params.length}`;
  // 2. The rows with the driver in a label, band by band, a page of companies at a time.
  const bound = (tier: number, distance: number, key: string): RankedHit<null> => ({ hit: null, score: 3 * n, tier, labelDistance: distance, order: [1, key, Infinity] });
  const pageDone = (next: RankedHit<null> | null): boolean => {
    if (seen.size < limit) return false;
    const lastOnPage = rankedSeen()[limit - 1];
    return lastOnPage.score > 3 * n - 1 && (next === null || compareHits(lastOnPage, next) < 0);
  };
  let walked = 0;
  const bands: { tier: number; distance: number; from: number; to: number }[] = [];
  for (const tier of TIERS) {
    for (let distance = 0; distance <= n; distance++) for (const lw of distance === 0 ? [n] : [n - distance, n + distance]) if (lw >= 0) bands.push({ tier, distance, from: lw, to: lw });
    // Beyond 2n words a label's distance grows with its length: one band in the index's order.
    bands.push({ tier, distance: n + 1, from: 2 * n + 1, to: 32767 });
  }
  bands.push({ tier: TIERS[TIERS.length - 1] + 1, distance: 0, from: 0, to: 32767 });
  // Bands of equal (tier, distance) are read together: their rows tie until the company.
  for (let b = 0; b < bands.length; ) {
    const group = bands.filter((x) => x.tier === bands[b].tier && x.distance === bands[b].distance);
    b += group.length;
    if (pageDone(bound(group[0].tier, group[0].distance, ''))) break;
    if (group[0].tier > TIERS[TIERS.length - 1]) {
      // Rows of an unknown tier: only an empty band lets the walk go on.
      const { rows } = await pool.query(`select 1 from search_labels where word = $1 and tier > ${TIERS[TIERS.length - 1]} limit 1`, [driver]);
      if (rows.length) return null;
      continue;
    }
    const cursors = group.map((g) => ({ ...g, lw: g.from, key: '', cik: '', done: false }));
    for (;;) {
      const open = cursors.filter((c) => !c.done);
      if (open.length === 0) break;
      const batch = await Promise.all(
        open.map(async (c) => {
          const at = params.length;
          const { rows } = await pool.query<Walked & { lw: number; cik: string }>(
            `${scored}, l.label_words as lw, l.company_cik as cik
               from (select * from search_labels where word = ${driverParam} and tier = ${c.tier} and label_words between ${c.from} and ${c.to}
                        and (label_words, company_key, company_cik) > ($${at + 1}::smallint, $${at + 2}::text collate "C", $${at + 3}::text)
                      order by label_words, company_key, company_cik limit $${at + 4}) l
               cross join unnest(l.ords) o(ord)
               join search_ranks d on d.company_cik = l.company_cik and d.ord = o.ord`,
            [...params, c.lw, c.key, c.cik, limit],
          );
          // Fewer companies than asked for: the band is read to its end.
          if (new Set(rows.map((r) => `${r.lw}/${r.cik}`)).size < limit) c.done = true;
          if (rows.length > 0) {
            // The last company read, in the index's order (the rows come unordered).
            const lastRow = rows.reduce((a, r) => (r.lw > a.lw || (r.lw === a.lw && (r.company_key > a.company_key || (r.company_key === a.company_key && r.cik > a.cik))) ? r : a));
            Object.assign(c, { lw: lastRow.lw, key: lastRow.company_key, cik: lastRow.cik });
          }
          return rows;
        }),
      );
      for (const rows of batch) {
        walked += rows.length;
        add(rows);
      }
      // Reading most of the hits' labels: every hit is scored instead.
      if (!always && walked > most / 4) return null;
      // Unread rows of the band come after every open cursor's company, at a distance no nearer than its label's.
      const still = cursors.filter((c) => !c.done).map((c) => bound(c.tier, Math.abs(c.lw - n), c.key));
      if (still.length === 0) break;
      if (pageDone(still.sort(compareHits)[0])) break;
    }
  }
  if (!pageDone(null)) return null;
  const page = rankedSeen().slice(0, limit);
  const rows = (await pool.query<{ i: number; entity_id: string }>('select h.i, d.entity_id from unnest($1::text[], $2::int[]) with ordinality as h(cik, ord, i) join search_documents d on d.company_cik = h.cik and d.ord = h.ord', [page.map((h) => h.hit.cik), page.map((h) => h.hit.ord)])).rows;
  const ids = new Map(rows.map((r) => [Number(r.i), r.entity_id]));
  // One word: the rows holding it (the words table) and those holding only a completion.
  const total = counted ? await counted : documents(usable[0]) + completedRows.filter((r) => r.hit && !r.term).length;
  return { total, hits: page.map((h, i) => ({ ...h, hit: { ...h.hit, id: ids.get(i + 1) ?? h.hit.id } })) };
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
