/**
 * Citus without Citus: the schema and the serving queries, on plain PostgreSQL, keep to what
 * distributing every growing table by `company_cik` (colocated) needs, as the README's
 * "Beyond one machine: Citus" does it. Checked against the catalog and the planner, not by
 * reading the SQL: every growing table has the key, in its primary key, in every unique index
 * and in every foreign key between growing tables; and every statement that reads or changes
 * one company's data is one the planner restricts to that company in every distributed table
 * it touches (what lets Citus route it to one node).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFilings } from '../../src/store/ingest.js';
import { loadStoredGraph } from '../../src/store/load-stored-graph.js';
import { saveSearchDocuments } from '../../src/store/search-sql.js';
import { readStoredCompanyFacts } from '../../src/store/read-companyfacts.js';
import { readStoredFiling } from '../../src/store/read-store.js';
import { readSlice } from '../../src/store/read-slice.js';
import { FIXTURES } from '../xbrl/helpers.js';
import { testDatabase } from './helpers.js';

/** Small tables every node holds a copy of (Citus reference tables), and the migrations' own bookkeeping. */
const REFERENCE_TABLES = new Set(['store_state', 'schema_migrations', 'search_words']);
const KEY = 'company_cik';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function distributedTables(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ relname: string }>("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1");
  return rows.map((r) => r.relname).filter((t) => !REFERENCE_TABLES.has(t));
}

/** A pool that records every statement given as text, through `query` and through clients it lends. */
function recording(pool: pg.Pool): { pool: pg.Pool; statements: { sql: string; params: unknown[] }[] } {
  const statements: { sql: string; params: unknown[] }[] = [];
  const record = (sql: unknown, params: unknown) => {
    if (typeof sql === 'string') statements.push({ sql, params: Array.isArray(params) ? params : [] });
    // A statement given as a config (a named, prepared one).
    else if (sql && typeof sql === 'object' && 'text' in sql) {
      const { text, values } = sql as { text: string; values?: unknown };
      statements.push({ sql: text, params: Array.isArray(values) ? values : [] });
    }
  };
  const wrapped = new Proxy(pool, {
    get(target, prop) {
      if (prop === 'query') return (sql: unknown, params?: unknown) => (record(sql, params), target.query(sql as string, params as unknown[]));
      if (prop === 'connect')
        return async () => {
          const client = await target.connect();
          return new Proxy(client, {
            get(c, p) {
              if (p === 'query') return (sql: unknown, params?: unknown) => (record(sql, params), (c.query as (...a: unknown[]) => unknown)(sql, params));
              const v = Reflect.get(c, p);
              return typeof v === 'function' ? v.bind(c) : v;
            },
          });
        };
      const v = Reflect.get(target, prop);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return { pool: wrapped, statements };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Cond'?: string;
  'Recheck Cond'?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

/** Every scan of a distributed table in the statement's plan, with the company it is restricted to (null when none). */
async function scans(pool: pg.Pool, sql: string, params: unknown[], distributed: Set<string>): Promise<{ table: string; company: string | null }[]> {
  const { rows } = await pool.query(`explain (format json) ${sql}`, params);
  const out: { table: string; company: string | null }[] = [];
  const walk = (node: PlanNode, inherited: string) => {
    const conditions = [node['Index Cond'], node['Recheck Cond'], node.Filter, inherited].filter(Boolean).join(' ');
    const children = node.Plans ?? [];
    // A bitmap heap scan's index condition is on its child.
    const bitmap = node['Node Type'] === 'Bitmap Heap Scan' ? children.map((c) => c['Index Cond'] ?? '').join(' ') : '';
    // Scans only: a ModifyTable node names its table too, and changes what the scan below it found.
    if (node['Relation Name'] && node['Node Type'].endsWith('Scan') && distributed.has(node['Relation Name'])) {
      const m = new RegExp(`\\b${KEY} = '(\\d{10})'::text`).exec(`${conditions} ${bitmap}`);
      out.push({ table: node['Relation Name'], company: m ? m[1] : null });
    }
    for (const child of children) walk(child, '');
  };
  walk((rows[0]['QUERY PLAN'] as { Plan: PlanNode }[])[0].Plan, '');
  return out;
}

describe('distribution by company (Citus), checked on plain PostgreSQL', () => {
  it('gives every growing table the company key in its primary key, every unique index and every foreign key', async () => {
    const { pool } = await testDatabase();
    const tables = await distributedTables(pool);
    expect(tables).toEqual(expect.arrayContaining(['documents', 'facts']));
    const problems: string[] = [];
    for (const table of tables) {
      const columns = (await pool.query<{ attname: string }>('select attname from pg_attribute where attrelid = $1::regclass and attnum > 0 and not attisdropped', [table])).rows.map((r) => r.attname);
      if (!columns.includes(KEY)) problems.push(`${table} has no ${KEY}`);
      const indexes = await pool.query<{ name: string; primary: boolean; unique: boolean; columns: string[] }>(
        `select i.indexrelid::regclass::text as name, i.indisprimary as primary, i.indisunique as unique,
                array(select a.attname from unnest(i.indkey) k join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k)::text[] as columns
         from pg_index i where i.indrelid = $1::regclass`,
        [table],
      );
      if (!indexes.rows.some((i) => i.primary)) problems.push(`${table} has no primary key`);
      for (const i of indexes.rows) if ((i.primary || i.unique) && !i.columns.includes(KEY)) problems.push(`${table}: unique index ${i.name} (${i.columns.join(', ')}) lacks ${KEY}`);
      const keys = await pool.query<{ name: string; target: string; columns: string[]; referenced: string[] }>(
        `select c.conname as name, c.confrelid::regclass::text as target,
                array(select a.attname from unnest(c.conkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.o)::text[] as columns,
                array(select a.attname from unnest(c.confkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.o)::text[] as referenced
         from pg_constraint c where c.contype = 'f' and c.conrelid = $1::regclass`,
        [table],
      );
      for (const k of keys.rows) {
        if (REFERENCE_TABLES.has(k.target)) continue; // a distributed table may refer to a reference table
        const at = k.columns.indexOf(KEY);
        if (at < 0 || k.referenced[at] !== KEY) problems.push(`${table}: foreign key ${k.name} (${k.columns.join(', ')}) → ${k.target} (${k.referenced.join(', ')}) does not pair ${KEY} with ${KEY}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('restricts every statement of one company\'s ingest and reads to that company in every distributed table', async () => {
    const { pool } = await testDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'store-distribution-'));
    made.push(dir);
    cpSync(join(FIXTURES, 'basic'), join(dir, 'basic'), { recursive: true });
    mkdirSync(join(dir, '1234567'));
    writeFileSync(
      join(dir, '1234567', 'companyfacts.json'),
      '{"cik":1234567,"entityName":"One","facts":{"us-gaap":{"Assets":{"label":"Assets","units":{"USD":[{"end":"2023-12-31","val":1,"accn":"0001234567-24-000001","fy":2024,"fp":"FY","form":"10-K","filed":"2024-02-01"}]}}}}}',
    );
    const distributed = new Set(await distributedTables(pool));
    const rec = recording(pool);
    const report = await ingestFilings(rec.pool, dir);
    expect(report.failed).toEqual([]);
    const docs = (await pool.query<{ company_cik: string; content_sha256: string; kind: string }>('select company_cik, content_sha256, kind from documents order by kind')).rows;
    expect(docs.map((d) => d.kind)).toEqual(['companyfacts', 'xbrl-filing']);
    const ingestStatements = rec.statements.length;
    const filing = docs.find((d) => d.kind === 'xbrl-filing')!;
    expect(await readStoredFiling(rec.pool, filing.company_cik, filing.content_sha256)).not.toBeNull();
    expect(await readStoredCompanyFacts(rec.pool, '0001234567')).toHaveLength(1);
    // A concept slice's one statement (no catalog row here: it reads, then finds none).
    expect(await readSlice(rec.pool, filing.company_cik, ['us-gaap:Assets'], null, true)).toBeNull();
    // A company's search rows, written and written again (which deletes the former ones and their word counts).
    const { graph } = await loadStoredGraph(pool);
    for (let i = 0; i < 2; i++) await saveSearchDocuments(rec.pool, { cik: filing.company_cik, digest: `d${i}`, orderKey: filing.company_cik }, graph);
    expect(Number((await pool.query('select count(*) as n from search_documents where company_cik = $1', [filing.company_cik])).rows[0].n)).toBeGreaterThan(0);
    // Their ranking copy (migration 0055) holds the same rows, once.
    expect((await pool.query('select count(*)::int as n, count(distinct ord)::int as ords from search_ranks where company_cik = $1', [filing.company_cik])).rows[0]).toEqual((await pool.query('select count(*)::int as n, count(distinct ord)::int as ords from search_documents where company_cik = $1', [filing.company_cik])).rows[0]);

    const unrouted: string[] = [];
    let checked = 0;
    for (const [i, { sql, params }] of rec.statements.entries()) {
      if (!/^\s*(select|with|update|delete)\b/i.test(sql)) continue; // begin/commit; inserts carry the key in their values; COPY too
      // Ingest first asks which of the folder's hashes the store holds: one question for all companies, not a serving read.
      if (i < ingestStatements && /^\s*select content_sha256 from documents where content_sha256 = any/.test(sql)) continue;
      const company = params.find((p): p is string => typeof p === 'string' && /^\d{10}$/.test(p)) ?? docs.find((d) => params.includes(d.content_sha256))?.company_cik ?? null;
      for (const s of await scans(pool, sql, params, distributed)) {
        checked++;
        if (s.company === null || s.company !== company) unrouted.push(`${s.table} in: ${sql.replace(/\s+/g, ' ').slice(0, 160)} (restricted to ${s.company ?? 'no company'})`);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
    expect(unrouted).toEqual([]);
  });
});
