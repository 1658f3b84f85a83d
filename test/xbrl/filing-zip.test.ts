import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { findFilings, readFiling, readFilings, type XbrlFact, type XbrlFiling } from '../../src/xbrl/index.js';
import { ZIP_LIMITS } from '../../src/xbrl/limits.js';
import { XbrlElementResolver } from '../../src/graphql/fact/xbrl-element.resolver.js';
import type { XbrlElementSource } from '../../src/domain/model.js';
import { APPLE_10Q, appleExists } from './inline/helpers.js';
import { xbrlErrorOf } from './helpers.js';

if (!appleExists) console.warn(`Skipping the filing-zip tests on Apple's 10-Q: ${APPLE_10Q} is absent (it is in ../shared, for developers and CI).`);

const ACCESSION_FOLDER = '000032019325000057';
/** The documents EDGAR's XBRL zip of that filing holds: the Inline XBRL document, its schema and linkbases, exhibits and an image. */
const DOCUMENTS = ['aapl-20250329.htm', 'aapl-20250329.xsd', 'aapl-20250329_cal.xml', 'aapl-20250329_def.xml', 'aapl-20250329_lab.xml', 'aapl-20250329_pre.xml', 'a10-qexhibit31103292025.htm', 'aapl-20250329_g1.jpg'];

const temps: string[] = [];
const tempDir = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `${name}-`));
  temps.push(d);
  return d;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A filing folder named as EDGAR names it, holding only `files` (name → bytes). */
function folderWith(files: Record<string, Uint8Array | string>): string {
  const dir = join(tempDir('zip-root'), ACCESSION_FOLDER);
  mkdirSync(dir);
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  return dir;
}

/** Everything a fact says, with its place in the pages. */
const said = (f: XbrlFact) => JSON.stringify([f.concept, f.context.id, f.context.period, f.context.dimensions, f.unit?.id ?? null, f.decimals, f.value, f.document ?? null, f.elementId]);
const contentOf = (f: XbrlFiling) => ({
  facts: f.facts.map(said),
  concepts: [...f.concepts.keys()],
  roles: f.roles.map((r) => [r.roleUri, r.rows.length]),
  calculations: f.calculations.length,
  cover: f.cover,
  accession: f.accession,
  instanceSha256: f.instanceSha256,
});

describe.skipIf(!appleExists)("a folder holding only a zip of Apple's 10-Q is read like the unzipped folder", () => {
  const unzipped = folderWith(Object.fromEntries(DOCUMENTS.map((n) => [n, readFileSync(join(APPLE_10Q, n))])));
  const plain = readFiling(unzipped);

  it('a zip built here from the folder’s documents: same facts, value for value, and each document named inside its zip', () => {
    const files: Zippable = Object.fromEntries(DOCUMENTS.map((n) => [n, readFileSync(join(APPLE_10Q, n))]));
    const dir = folderWith({ 'filing.zip': zipSync(files, { level: 6 }) });
    expect(findFilings(dir)).toEqual([dir]);
    const zipped = readFiling(dir);
    expect(plain.facts.length).toBeGreaterThan(700);
    expect(contentOf(zipped)).toEqual(contentOf(plain));
    expect(zipped.folder).toBe(dir);
    expect(zipped.instancePath).toBe(join(dir, 'filing.zip', 'aapl-20250329.htm'));
    expect(zipped.accession).toEqual({ number: '0000320193-25-000057', key: '0000320193-25-000057', basis: 'FOLDER_NAME' });
    // The server shows pages from folders only: a fact read from a zip has no viewUrl, one from the folder has.
    const element = (document: string) => ({ document, hidden: false, elementId: 'f-12' }) as XbrlElementSource;
    expect(new XbrlElementResolver().viewUrl(element(`320193/${ACCESSION_FOLDER}/filing.zip/aapl-20250329.htm`))).toBeNull();
    expect(new XbrlElementResolver().viewUrl(element(`320193/${ACCESSION_FOLDER}/aapl-20250329.htm`))).toBe(`/filing-documents/320193/${ACCESSION_FOLDER}/aapl-20250329.htm#f-12`);
  });

  it("EDGAR's own -xbrl.zip of the filing, found and read by readFilings beside nothing else", () => {
    const zip = '0000320193-25-000057-xbrl.zip';
    const dir = folderWith({ [zip]: readFileSync(join(APPLE_10Q, zip)) });
    const { filings, setAside } = readFilings(dirnameOf(dir));
    expect(setAside).toEqual([]);
    expect(filings.map((f) => f.instancePath)).toEqual([join(dir, zip, 'aapl-20250329.htm')]);
    expect(contentOf(filings[0])).toEqual(contentOf(plain));
  });
});

const dirnameOf = (dir: string) => dir.slice(0, -basename(dir).length - 1);

describe('a zip that no filing would be is set aside with its reason, and nothing is written outside the folder', () => {
  /** readFilings over a root holding one EDGAR-like folder with `zip` as its XBRL zip: the one set-aside reason. */
  function refused(zip: Uint8Array, name = 'x-xbrl.zip'): { reason: string; file: string | null; root: string } {
    const dir = folderWith({ [name]: zip });
    const root = dirnameOf(dir);
    const { filings, setAside } = readFilings(root);
    expect(filings).toEqual([]);
    expect(setAside).toHaveLength(1);
    return { reason: setAside[0].reason, file: setAside[0].file, root };
  }

  it('an entry named ../ (path traversal) or with an absolute path', () => {
    const traversal = refused(zipSync({ 'a.htm': new TextEncoder().encode('<html/>'), '../../evil.htm': new TextEncoder().encode('<html/>') }));
    expect(traversal.reason).toMatch(/entry "\.\.\/\.\.\/evil\.htm": a "\.\." segment \(path traversal\)/);
    expect(existsSync(join(traversal.root, 'evil.htm'))).toBe(false);
    expect(existsSync(join(dirnameOf(traversal.root), 'evil.htm'))).toBe(false);
    expect(refused(zipSync({ '/etc/evil.xsd': new Uint8Array(4) })).reason).toMatch(/an absolute path/);
  });

  it('a zip bomb: an entry inflating to more than 200 times its size', () => {
    const { reason } = refused(zipSync({ 'a_htm.xml': new Uint8Array(2 * 1024 * 1024) }, { level: 1 }));
    expect(reason).toMatch(/entry "a_htm\.xml": \d+ bytes inflating to 2097152 \(more than 200 times\): a zip bomb/);
  });

  it('too many entries, or an entry larger than a document may be, checked before inflating', () => {
    const saved = { ...ZIP_LIMITS };
    try {
      ZIP_LIMITS.maxEntries = 3;
      const many = Object.fromEntries([1, 2, 3, 4].map((i) => [`r${i}.htm`, new Uint8Array(1)]));
      expect(refused(zipSync(many)).reason).toMatch(/more than 3 entries/);
      ZIP_LIMITS.maxEntryBytes = 1000;
      expect(refused(zipSync({ 'a.xsd': new Uint8Array(1001) })).reason).toMatch(/entry "a\.xsd": 1001 bytes once inflated, more than the 1000 bytes/);
    } finally {
      Object.assign(ZIP_LIMITS, saved);
    }
  });

  it('a header that lies about an entry’s size', () => {
    const zip = zipSync({ 'a.xsd': new TextEncoder().encode('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>') }, { level: 0 });
    // The central directory's "uncompressed size" (offset 24 of its entry) says 10 bytes fewer.
    const cd = Buffer.from(zip).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const view = new DataView(zip.buffer, zip.byteOffset);
    view.setUint32(cd + 24, view.getUint32(cd + 24, true) - 10, true);
    expect(refused(zip).reason).toMatch(/entry "a\.xsd": (inflates to|cannot be inflated)/);
  });

  it('no zip at all under EDGAR’s name; and a zip without a filing’s documents names the zip, never a temporary folder', () => {
    expect(refused(new TextEncoder().encode('not a zip')).reason).toMatch(/^not a readable zip/);
    const { reason, file } = refused(zipSync({ 'acme.xsd': new TextEncoder().encode('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>') }));
    expect(reason).toMatch(/no XBRL instance document .* nor a zip holding one/);
    expect(file).toMatch(/\/x-xbrl\.zip$/);
    expect(`${file} ${reason}`).not.toMatch(/xbrl-zip-/);
  });

  it('a zip that holds no XBRL document (photos.zip) makes no folder a filing', () => {
    const dir = folderWith({ 'photos.zip': zipSync({ 'a.jpg': new Uint8Array(10) }) });
    expect(findFilings(dirnameOf(dir))).toEqual([]);
  });

  it('two zips holding documents in one folder: which is the filing is unknown', () => {
    const xsd = new TextEncoder().encode('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>');
    const dir = folderWith({ 'a.zip': zipSync({ 'a.xsd': xsd }), 'b.zip': zipSync({ 'b.xsd': xsd }) });
    expect(xbrlErrorOf(() => readFiling(dir)).reason).toMatch(/several zips holding XBRL documents in one folder \(a\.zip, b\.zip\)/);
  });
});
