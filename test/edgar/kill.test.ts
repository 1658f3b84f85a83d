import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFilings } from '../../src/xbrl/find-filings.js';
import { EdgarServer, SHARED_EDGAR, SHARED_XBRL, sharedEdgarExists } from './edgar-server.js';
import { FAST, fetchInto, snapshot, removeTempFilings, tempFilings, USER_AGENT } from './helpers.js';

if (!sharedEdgarExists) console.warn(`Skipping the EDGAR fetch CLI tests: ${SHARED_EDGAR} or ${SHARED_XBRL} is absent.`);

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Child {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** `npm run fetch` as a user runs it (tsx, a child process), with `onSpawn` to reach the process. */
function runCli(args: string[], env: Record<string, string | undefined>, onSpawn?: (kill: () => void) => void): Promise<Child> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/edgar/cli.ts'), ...args], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
    onSpawn?.(() => child.kill('SIGKILL'));
  });
}

describe.skipIf(!sharedEdgarExists)('npm run fetch as a process', () => {
  let server: EdgarServer;
  beforeAll(async () => {
    server = await new EdgarServer().start();
  });
  afterAll(async () => {
    await server?.close();
    removeTempFilings();
  });

  const envFor = (dir: string) => ({
    SEC_USER_AGENT: USER_AGENT,
    EDGAR_WWW_URL: server.wwwUrl,
    EDGAR_DATA_URL: server.dataUrl,
    FILINGS_DIR: dir,
    EDGAR_BACKOFF_MS: String(FAST.backoffMs),
    EDGAR_TIMEOUT_MS: String(FAST.timeoutMs),
  });

  it('stops before any request without SEC_USER_AGENT, saying why', async () => {
    server.take();
    const dir = tempFilings();
    const run = await runCli(['AAPL'], { ...envFor(dir), SEC_USER_AGENT: undefined });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/SEC_USER_AGENT is not set.*organisation and a contact e-mail/s);
    expect(run.stderr).toContain('No request was made.');
    const vague = await runCli(['AAPL'], { ...envFor(dir), SEC_USER_AGENT: 'curl' });
    expect(vague.code).toBe(2);
    expect(vague.stderr).toMatch(/must name an organisation and a contact e-mail/);
    expect(server.take()).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('killed with SIGKILL in the middle of a filing, a second run gives the same folder as one clean run', async () => {
    const clean = tempFilings();
    await fetchInto(server, clean, ['AAPL', 'NVDA']);
    server.take();

    const dir = tempFilings();
    let kill = () => {};
    let files = 0;
    // Kill once the third filing document has been asked for: a filing folder is half-written.
    const document = /\/Archives\/.*\/[^/]+\.(xml|xsd|htm)$/;
    server.onRequest = (r) => {
      if (document.test(r.path) && ++files === 3) {
        // Until the signal lands, no further document is answered: the filing stays half-written.
        server.fault(document, ...Array.from({ length: 50 }, () => ({ kind: 'slow' as const, ms: 60_000 })));
        kill();
      }
    };
    const killed = await runCli(['AAPL', 'NVDA', '--rate', '200'], envFor(dir), (k) => (kill = k));
    server.onRequest = undefined;
    server.clearFaults();
    expect(killed.signal).toBe('SIGKILL');
    const left = readdirSync(join(dir, '320193'));
    expect(left.some((n) => n.endsWith('.partial'))).toBe(true);
    // What npm start would load now: nothing half-written.
    expect(findFilings(dir).every((f) => existsSync(join(f, 'metadata.json')))).toBe(true);

    const resumed = await runCli(['AAPL', 'NVDA', '--rate', '200'], envFor(dir));
    // Not every filing of the submissions is recorded in ../shared/edgar: those are named, and the status says so.
    expect(resumed.code).toBe(1);
    expect(resumed.stdout).toMatch(/Fetched into .*: 2 companies, \d+ filings new, \d+ already present/);
    expect(resumed.stdout).toMatch(/failed:\n {2}AAPL \(CIK 320193\)/);
    expect(snapshot(dir)).toEqual(snapshot(clean));
  });
});
