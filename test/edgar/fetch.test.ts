import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EdgarClient } from '../../src/edgar/client.js';
import { LockedError } from '../../src/edgar/lock.js';
import { resolveTargets, TickerMap, UnknownTickerError } from '../../src/edgar/tickers.js';
import { findFilings } from '../../src/xbrl/find-filings.js';
import { EdgarServer, SHARED_EDGAR, SHARED_XBRL, sharedEdgarExists } from './edgar-server.js';
import { buildZip, configFor, fetchInto, snapshot, removeTempFilings, tempFilings, USER_AGENT } from './helpers.js';

if (!sharedEdgarExists) console.warn(`Skipping the EDGAR fetch tests: ${SHARED_EDGAR} or ${SHARED_XBRL} is absent (SEC's responses developers and CI have beside the repository).`);

const AAPL_10Q = '320193/000032019325000057';
const AVAILABLE_AAPL = ['000032019322000108', '000032019323000077', '000032019323000106', '000032019325000057'];

describe.skipIf(!sharedEdgarExists)('npm run fetch against a local EDGAR', () => {
  let server: EdgarServer;
  let dir: string;
  let first: Awaited<ReturnType<typeof fetchInto>>;
  let firstLog: ReturnType<EdgarServer['take']>;

  beforeAll(async () => {
    server = await new EdgarServer().start();
    dir = tempFilings();
    first = await fetchInto(server, dir, ['AAPL', 'NVDA']);
    firstLog = server.take();
  });
  afterAll(async () => {
    await server?.close();
    removeTempFilings();
  });

  it('lays out submissions, companyfacts and each available filing as EDGAR published it, with metadata.json', () => {
    for (const cik of ['320193', '1045810']) {
      expect(readFileSync(join(dir, cik, 'submissions.json')).equals(readFileSync(join(SHARED_EDGAR, `data.sec.gov/submissions/CIK${cik.padStart(10, '0')}.json`)))).toBe(true);
      expect(readFileSync(join(dir, cik, 'companyfacts.json')).equals(readFileSync(join(SHARED_EDGAR, `data.sec.gov/api/xbrl/companyfacts/CIK${cik.padStart(10, '0')}.json`)))).toBe(true);
    }
    const folders = readdirSync(join(dir, '320193')).filter((n) => /^\d{18}$/.test(n));
    expect(folders.sort()).toEqual(AVAILABLE_AAPL);
    // The XBRL documents only: no exhibits, images, R pages, FilingSummary, zips.
    const source = join(SHARED_EDGAR, 'www.sec.gov/Archives/edgar/data', AAPL_10Q);
    expect(readdirSync(join(dir, AAPL_10Q)).sort()).toEqual(
      ['aapl-20250329.htm', 'aapl-20250329.xsd', 'aapl-20250329_cal.xml', 'aapl-20250329_def.xml', 'aapl-20250329_htm.xml', 'aapl-20250329_lab.xml', 'aapl-20250329_pre.xml', 'metadata.json'],
    );
    for (const name of readdirSync(join(dir, AAPL_10Q)).filter((n) => n !== 'metadata.json')) {
      expect(readFileSync(join(dir, AAPL_10Q, name)).equals(readFileSync(join(source, name))), name).toBe(true);
    }
    const submissions = JSON.parse(readFileSync(join(dir, '320193/submissions.json'), 'utf8'));
    const i = submissions.filings.recent.accessionNumber.indexOf('0000320193-25-000057');
    expect(JSON.parse(readFileSync(join(dir, AAPL_10Q, 'metadata.json'), 'utf8'))).toEqual({
      company: submissions.name,
      cik: 320193,
      ticker: 'AAPL',
      form: '10-Q',
      filing_date: '2025-05-02',
      accession_no: '0000320193-25-000057',
      acceptance_datetime: submissions.filings.recent.acceptanceDateTime[i],
      report_date: '2025-03-29',
      primary_document: 'aapl-20250329.htm',
    });
    // The shared filings (instance, schema, linkbases only) arrive whole too.
    const k2022 = join(dir, '320193/000032019322000108');
    for (const name of readdirSync(join(SHARED_XBRL, 'aapl-10-k-2022')).filter((n) => n !== 'metadata.json')) {
      expect(readFileSync(join(k2022, name)).equals(readFileSync(join(SHARED_XBRL, 'aapl-10-k-2022', name))), name).toBe(true);
    }
  });

  it('names every request with SEC_USER_AGENT and asks only for XBRL documents', () => {
    expect(firstLog.length).toBe(first.requests);
    expect(new Set(firstLog.map((r) => r.userAgent))).toEqual(new Set([USER_AGENT]));
    expect(firstLog.filter((r) => /\/(R\d+\.htm|FilingSummary\.xml|.*\.zip|.*\.jpg|.*exhibit.*)$/i.test(r.path))).toEqual([]);
  });

  it('reports each filing it could not get, naming it, and goes on', () => {
    const submissions = JSON.parse(readFileSync(join(dir, '1045810/submissions.json'), 'utf8'));
    const wantedNvda = submissions.filings.recent.form.filter((f: string, i: number) => ['10-K', '10-Q', '10-K/A', '10-Q/A', '20-F', '40-F'].includes(f) && submissions.filings.recent.isXBRL[i] === 1).length;
    const nvdaFailures = first.failures.filter((f) => f.startsWith('NVDA (CIK 1045810) 10-'));
    expect(nvdaFailures.length).toBe(wantedNvda);
    expect(nvdaFailures[0]).toMatch(/^NVDA \(CIK 1045810\) 10-[KQ] \d{10}-\d{2}-\d{6} filed \d{4}-\d{2}-\d{2}: not found \(HTTP 404\)/);
    // The older submissions page is not recorded in ../shared/edgar: named too.
    expect(first.failures).toContain(first.failures.find((f) => /AAPL \(CIK 320193\): older submissions page CIK0000320193-submissions-001\.json: not found/.test(f)));
    expect(first.filingsFetched).toBe(AVAILABLE_AAPL.length);
    // Nothing half-done is left, and the loader finds exactly the complete filings.
    expect(findFilings(dir).map((f) => f.slice(dir.length + 1)).sort()).toEqual(AVAILABLE_AAPL.map((a) => `320193/${a}`));
  });

  it('a second run asks for nothing already fetched', async () => {
    const before = snapshot(dir);
    const second = await fetchInto(server, dir, ['AAPL', 'NVDA']);
    const log = server.take();
    const fetchedBefore = new Set(firstLog.filter((r) => r.status === 200).map((r) => r.path));
    expect(log.filter((r) => fetchedBefore.has(r.path))).toEqual([]);
    // What it does ask for is what failed the first time (EDGAR may have it now), and nothing changed on disk.
    const failedBefore = new Set(firstLog.filter((r) => r.status === 404).map((r) => r.path));
    expect(log.length).toBeGreaterThan(0);
    expect(log.every((r) => failedBefore.has(r.path))).toBe(true);
    expect(second.filingsPresent).toBe(AVAILABLE_AAPL.length);
    expect(second.filingsFetched).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });

  it('--update costs an up-to-date company at most 3 requests, and takes what changed', async () => {
    const nflx = tempFilings();
    const firstRun = await fetchInto(server, nflx, ['NFLX']);
    expect(firstRun.filingsFetched).toBe(2);
    server.take();
    const update = await fetchInto(server, nflx, [], { update: true });
    const log = server.take();
    expect(update.companies).toBe(1);
    expect(log.length).toBeLessThanOrEqual(3);
    expect(log.map((r) => r.path)).toContain('data.sec.gov/submissions/CIK0001065280.json');
    expect(log.find((r) => r.path === 'data.sec.gov/submissions/CIK0001065280.json')!.status).toBe(304);

    // Apple, its facts only: two conditional requests, both answered 304, and a third for the
    // older submissions page that failed before (not recorded in ../shared/edgar).
    await fetchInto(server, dir, [], { update: true, factsOnly: true });
    const apple = server.take().filter((r) => r.path.includes('320193'));
    expect(apple.map((r) => [r.path, r.status]).sort()).toEqual([
      ['data.sec.gov/api/xbrl/companyfacts/CIK0000320193.json', 304],
      ['data.sec.gov/submissions/CIK0000320193-submissions-001.json', 404],
      ['data.sec.gov/submissions/CIK0000320193.json', 304],
    ]);
    // A changed companyfacts is fetched again, and its new validators kept.
    server.change('data.sec.gov/api/xbrl/companyfacts/CIK0000320193.json');
    const changed = await fetchInto(server, dir, ['AAPL'], { update: true, factsOnly: true });
    expect(changed.companyFactsFetched).toBe(1);
    expect(server.take().filter((r) => r.status === 200).map((r) => r.path)).toEqual(['data.sec.gov/api/xbrl/companyfacts/CIK0000320193.json']);
    expect(JSON.parse(readFileSync(join(dir, '320193/.companyfacts.json.http.json'), 'utf8')).etag).toMatch(/-changed"$/);
  });

  it('keeps to the rate across concurrent work: no one-second window holds more than the rate', async () => {
    const fresh = tempFilings();
    const rate = 40;
    await fetchInto(server, fresh, ['AAPL'], { rate, concurrency: 8, forms: ['10-K', '10-Q'] });
    const times = server.take().map((r) => r.at);
    expect(times.length).toBeGreaterThan(rate);
    let most = 0;
    for (let i = 0, j = 0; j < times.length; j++) {
      while (times[j] - times[i] >= 1000) i++;
      most = Math.max(most, j - i + 1);
    }
    expect(most).toBeLessThanOrEqual(rate);
  });

  it('--since and --forms narrow the filings; --facts-only fetches none', async () => {
    const fresh = tempFilings();
    server.take();
    const narrow = await fetchInto(server, fresh, ['320193'], { forms: ['10-K'], since: '2023-01-01' });
    // A CIK needs no ticker map.
    expect(server.take().filter((r) => r.path.endsWith('company_tickers.json'))).toEqual([]);
    expect(readdirSync(join(fresh, '320193')).filter((n) => /^\d{18}$/.test(n))).toEqual(['000032019323000106']);
    expect(narrow.failures.every((f) => !/10-Q/.test(f))).toBe(true);
    const facts = tempFilings();
    const only = await fetchInto(server, facts, ['AAPL'], { factsOnly: true });
    expect(only.failures.filter((f) => !/older submissions page/.test(f))).toEqual([]);
    expect(readdirSync(join(facts, '320193')).filter((n) => !n.startsWith('.')).sort()).toEqual(['companyfacts.json', 'submissions.json']);
    server.take();
  });

  it('an unknown ticker is a clear error naming the nearest tickers, before any filing is fetched', async () => {
    const fresh = tempFilings();
    const client = new EdgarClient({ userAgent: USER_AGENT, rate: 100 });
    const tickers = new TickerMap(client, configFor(server, fresh));
    const err = await resolveTargets(['APPL'], tickers).catch((e) => e);
    expect(err).toBeInstanceOf(UnknownTickerError);
    expect(err.message).toMatch(/"APPL" is no ticker/);
    expect(err.message).toContain('AAPL (Apple Inc.)');
    await expect(fetchInto(server, fresh, ['NVDA', 'NOSUCHTICKERX'])).rejects.toThrow(/NOSUCHTICKERX/);
    expect(existsSync(join(fresh, '1045810'))).toBe(false);
    server.take();
  });

  it('one fetch at a time per folder: a live one holds the lock, a killed one\'s lock is taken over', async () => {
    const fresh = tempFilings();
    writeFileSync(join(fresh, '.fetch.lock'), String(process.ppid));
    await expect(fetchInto(server, fresh, ['AAPL'], { factsOnly: true })).rejects.toThrow(LockedError);
    expect(server.take()).toEqual([]);
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(fresh, '.fetch.lock'), String(gone));
    const run = await fetchInto(server, fresh, ['AAPL'], { factsOnly: true });
    expect(run.companies).toBe(1);
    expect(existsSync(join(fresh, '.fetch.lock'))).toBe(false);
    server.take();
  });

  it('--all-facts streams the bulk zip and unpacks each company into its folder', async () => {
    const apple = readFileSync(join(SHARED_EDGAR, 'data.sec.gov/api/xbrl/companyfacts/CIK0000320193.json'));
    const nvidia = readFileSync(join(SHARED_EDGAR, 'data.sec.gov/api/xbrl/companyfacts/CIK0001045810.json'));
    server.extra.set('www.sec.gov/Archives/edgar/daily-index/xbrl/companyfacts.zip', buildZip({ 'CIK0000320193.json': apple, 'CIK0001045810.json': nvidia, 'README.txt': Buffer.from('not a company') }));
    const fresh = tempFilings();
    const bulk = await fetchInto(server, fresh, [], { allFacts: true });
    expect(bulk.failures).toEqual([]);
    expect(bulk.companyFactsFetched).toBe(2);
    expect(readFileSync(join(fresh, '320193/companyfacts.json')).equals(apple)).toBe(true);
    expect(readFileSync(join(fresh, '1045810/companyfacts.json')).equals(nvidia)).toBe(true);
    expect(readdirSync(fresh).filter((n) => n.endsWith('.tmp') || n.endsWith('.zip'))).toEqual([]);
    expect(server.take().map((r) => r.status)).toEqual([200]);
    // Again: nothing asked; with --update, one conditional request.
    await fetchInto(server, fresh, [], { allFacts: true });
    expect(server.take()).toEqual([]);
    await fetchInto(server, fresh, [], { allFacts: true, update: true });
    expect(server.take().map((r) => r.status)).toEqual([304]);
    // A damaged zip is a clear failure and unpacks nothing.
    server.extra.set('www.sec.gov/Archives/edgar/daily-index/xbrl/companyfacts.zip', Buffer.from('PK not really a zip'));
    const broken = tempFilings();
    const bad = await fetchInto(server, broken, [], { allFacts: true });
    expect(bad.failures).toEqual([expect.stringMatching(/^companyfacts\.zip: companyfacts\.zip is no readable zip/)]);
    expect(readdirSync(broken).filter((n) => !n.startsWith('.'))).toEqual([]);
    server.extra.clear();
    server.take();
  });
});
