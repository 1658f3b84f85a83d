import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, crc32 } from 'node:zlib';
import type { EdgarConfig } from '../../src/edgar/config.js';
import { DEFAULT_FORMS } from '../../src/edgar/filing.js';
import type { Progress } from '../../src/edgar/progress.js';
import { runFetch, type FetchOptions } from '../../src/edgar/run.js';
import type { EdgarServer } from './edgar-server.js';

export const USER_AGENT = 'Disclosure Graph Tests tests@example.com';

/**
 * Quick retries, so that fault tests take milliseconds; a timeout short enough for the slow
 * answer test yet long enough for a 4 MB companyfacts on a loaded machine; a rate far above
 * SEC's, allowed against 127.0.0.1.
 */
export const FAST = { rate: 200, backoffMs: 20, timeoutMs: 2000, retries: 3 } as const;

export const silent: Progress = { company() {}, filingDone() {}, log() {}, stop() {} };

const temporaries: string[] = [];

/** A fresh FILINGS_DIR in the system's temporary folder, removed by `removeTempFilings`. */
export function tempFilings(): string {
  const dir = mkdtempSync(join(tmpdir(), 'edgar-fetch-'));
  temporaries.push(dir);
  return dir;
}

export function removeTempFilings(): void {
  for (const dir of temporaries.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function configFor(server: EdgarServer, filingsDir: string): EdgarConfig {
  return { userAgent: USER_AGENT, wwwUrl: server.wwwUrl, dataUrl: server.dataUrl, filingsDir };
}

export function fetchInto(server: EdgarServer, dir: string, targets: string[], options: Partial<FetchOptions> = {}) {
  return runFetch(configFor(server, dir), { targets, forms: DEFAULT_FORMS, since: null, factsOnly: false, update: false, allFacts: false, ...FAST, ...options }, () => silent);
}

/** Every file under a folder (dot-files included) with the SHA-256 of its bytes, by relative path. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const file = join(dir, rel);
    if (statSync(file).isFile()) out[rel] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return out;
}

/** A zip of the given entries (deflated), written by hand so the test needs no zip library: local headers, data, central directory. */
export function buildZip(entries: Record<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(entries)) {
    const nameBuf = Buffer.from(name);
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
