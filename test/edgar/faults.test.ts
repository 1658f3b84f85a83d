import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findFilings } from '../../src/xbrl/find-filings.js';
import { EdgarServer, SHARED_EDGAR, SHARED_XBRL, sharedEdgarExists } from './edgar-server.js';
import { FAST, fetchInto, removeTempFilings, tempFilings } from './helpers.js';

if (!sharedEdgarExists) console.warn(`Skipping the EDGAR fault tests: ${SHARED_EDGAR} or ${SHARED_XBRL} is absent.`);

const NFLX_SUBMISSIONS = /^data\.sec\.gov\/submissions\/CIK0001065280\.json$/;
const K = 'www.sec.gov/Archives/edgar/data/1065280/000106528024000030';
const Q = 'www.sec.gov/Archives/edgar/data/1065280/000106528024000287';
const AAPL_FACTS = /^data\.sec\.gov\/api\/xbrl\/companyfacts\/CIK0000320193\.json$/;
const exact = (path: string) => new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** Netflix's two filings in ../shared/xbrl, by accession folder. */
const SOURCES: Record<string, string> = { '000106528024000030': 'nflx-10-k-2023', '000106528024000287': 'nflx-10-q-2024-q3' };

function expectComplete(dir: string, accession: string) {
  const folder = join(dir, '1065280', accession);
  const source = join(SHARED_XBRL, SOURCES[accession]);
  for (const name of readdirSync(source).filter((n) => n !== 'metadata.json')) {
    expect(readFileSync(join(folder, name)).equals(readFileSync(join(source, name))), name).toBe(true);
  }
  expect(existsSync(join(folder, 'metadata.json'))).toBe(true);
}

/** Nothing half-done anywhere: no temporary file or folder, and the loader sees only complete filings. */
function expectNoPartial(dir: string) {
  const all = readdirSync(dir, { recursive: true }) as string[];
  expect(all.filter((p) => /(\.partial|\.tmp)(\/|$)/.test(p))).toEqual([]);
}

describe.skipIf(!sharedEdgarExists)('fetching through faults', () => {
  let server: EdgarServer;
  beforeAll(async () => {
    server = await new EdgarServer().start();
  });
  beforeEach(() => {
    server.take();
  });
  afterAll(async () => {
    await server?.close();
    removeTempFilings();
  });

  it('retries 429 (after Retry-After), 503, a slow answer, a reset, a truncated body and malformed JSON, and ends complete', async () => {
    server.fault(NFLX_SUBMISSIONS, { kind: 'status', status: 429, retryAfter: 1 }, { kind: 'malformed-json' });
    server.fault(exact(`${K}/index.json`), { kind: 'reset' });
    server.fault(exact(`${K}/nflx-20231231_htm.xml`), { kind: 'truncate' });
    server.fault(exact(`${Q}/nflx-20240930.xsd`), { kind: 'slow', ms: FAST.timeoutMs * 2 });
    server.fault(exact(`${Q}/nflx-20240930_lab.xml`), { kind: 'status', status: 503 }, { kind: 'status', status: 503 });
    const dir = tempFilings();
    const run = await fetchInto(server, dir, ['NFLX']);
    const log = server.take();
    // Netflix's companyfacts are not recorded in ../shared/edgar: the one failure, named.
    expect(run.failures).toEqual([expect.stringMatching(/^NFLX \(CIK 1065280\): companyfacts: not found \(HTTP 404\)/)]);
    expect(run.filingsFetched).toBe(2);
    // Each fault was retried until a good answer (a loaded machine may add a retry of its own, never remove one).
    expect(run.retried).toBeGreaterThanOrEqual(7);
    const outcomes = (path: string) => log.filter((r) => r.path === path).map((r) => r.fault ?? r.status);
    expect(outcomes(`${K}/index.json`).slice(0, 2)).toEqual(['reset', 200]);
    expect(outcomes(`${K}/nflx-20231231_htm.xml`).slice(0, 2)).toEqual(['truncate', 200]);
    expect(outcomes(`${Q}/nflx-20240930.xsd`)[0]).toBe('slow');
    expect(outcomes(`${Q}/nflx-20240930.xsd`).at(-1)).toBe(200);
    expect(outcomes(`${Q}/nflx-20240930_lab.xml`).slice(0, 3)).toEqual(['status', 'status', 200]);
    expectComplete(dir, '000106528024000030');
    expectComplete(dir, '000106528024000287');
    expectNoPartial(dir);
    // Retry-After: 1 was honoured although the backoff base is 20 ms.
    const asks = log.filter((r) => NFLX_SUBMISSIONS.test(r.path));
    expect(asks.map((r) => r.fault ?? r.status).slice(0, 3)).toEqual(['status', 'malformed-json', 200]);
    expect(asks[1].at - asks[0].at).toBeGreaterThanOrEqual(950);
    expect(readFileSync(join(dir, '1065280/submissions.json'), 'utf8')).toContain('"NETFLIX INC"');
  });

  it('retries HTML where JSON was expected, and finally says so without saving it', async () => {
    server.fault(AAPL_FACTS, { kind: 'html' });
    const dir = tempFilings();
    const ok = await fetchInto(server, dir, ['AAPL'], { factsOnly: true });
    expect(ok.failures.filter((f) => /companyfacts/.test(f))).toEqual([]);
    expect(readFileSync(join(dir, '320193/companyfacts.json')).equals(readFileSync(join(SHARED_EDGAR, 'data.sec.gov/api/xbrl/companyfacts/CIK0000320193.json')))).toBe(true);

    const again = tempFilings();
    server.fault(AAPL_FACTS, ...Array.from({ length: FAST.retries + 1 }, () => ({ kind: 'html' as const })));
    const bad = await fetchInto(server, again, ['AAPL'], { factsOnly: true });
    expect(bad.failures.filter((f) => /companyfacts/.test(f))).toEqual([
      expect.stringMatching(/^AAPL \(CIK 320193\): companyfacts: expected JSON, got an HTML page \(text\/html\) after 4 attempts/),
    ]);
    expect(existsSync(join(again, '320193/companyfacts.json'))).toBe(false);
    expectNoPartial(again);
  });

  it('a filing that keeps failing (503 every time, or a 404 inside it) is reported, leaves nothing, and the rest go on', async () => {
    server.fault(exact(`${K}/nflx-20231231_cal.xml`), ...Array.from({ length: FAST.retries + 1 }, () => ({ kind: 'status' as const, status: 503 as const })));
    server.fault(exact(`${Q}/nflx-20240930_pre.xml`), { kind: 'not-found' });
    const dir = tempFilings();
    const run = await fetchInto(server, dir, ['NFLX']);
    expect(run.failures.filter((f) => !/companyfacts/.test(f)).sort()).toEqual([
      expect.stringMatching(/^NFLX \(CIK 1065280\) 10-K 0001065280-24-000030 filed 2024-01-26: HTTP 503 after 4 attempts: .*nflx-20231231_cal\.xml$/),
      expect.stringMatching(/^NFLX \(CIK 1065280\) 10-Q 0001065280-24-000287 filed 2024-10-18: not found \(HTTP 404\): .*nflx-20240930_pre\.xml$/),
    ]);
    expect(readdirSync(join(dir, '1065280')).filter((n) => !n.startsWith('.')).sort()).toEqual(['submissions.json']);
    expect(findFilings(dir)).toEqual([]);
    expectNoPartial(dir);
    // The next run fetches both, whole.
    const rerun = await fetchInto(server, dir, ['NFLX']);
    expect(rerun.filingsFetched).toBe(2);
    expectComplete(dir, '000106528024000030');
    expectComplete(dir, '000106528024000287');
  });

  it('a 404 for a filing folder is named and the others are fetched', async () => {
    server.fault(exact(`${K}/index.json`), { kind: 'not-found' });
    const dir = tempFilings();
    const run = await fetchInto(server, dir, ['NFLX']);
    expect(run.failures).toContainEqual(expect.stringMatching(/^NFLX \(CIK 1065280\) 10-K 0001065280-24-000030 filed 2024-01-26: not found \(HTTP 404\): .*\/000106528024000030\/index\.json$/));
    expect(run.filingsFetched).toBe(1);
    expectComplete(dir, '000106528024000287');
    expect(existsSync(join(dir, '1065280/000106528024000030'))).toBe(false);
  });
});
