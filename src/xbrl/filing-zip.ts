import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { XbrlError } from './errors.js';
import { isRegularFile, ZIP_LIMITS } from './limits.js';

/** Entries a filing's documents may be: Inline XBRL pages, instances, linkbases and schemas. */
const DOCUMENT = /\.(x?html?|xml|xsd)$/i;
/** EDGAR's name for a filing's XBRL zip (`0000320193-25-000057-xbrl.zip`). */
const EDGAR_ZIP = /-xbrl\.zip$/i;
const MIB = 1024 * 1024;

/**
 * The zips of a folder that hold a filing: EDGAR's `…-xbrl.zip` (always, so that a damaged or
 * hostile one is set aside with its reason rather than passed over), and any other zip whose
 * directory lists an XBRL document (.htm, .xml or .xsd). A zip that cannot be listed, or too
 * large to be one filing, is not a filing unless EDGAR named it so (`companyfacts.zip` is not).
 */
export function filingZipsOf(dir: string, names: readonly string[]): string[] {
  return names
    .filter((n) => /\.zip$/i.test(n))
    .map((n) => join(dir, n))
    .filter((p) => {
      if (!isRegularFile(p)) return false;
      if (EDGAR_ZIP.test(p)) return true;
      if (statSync(p).size > ZIP_LIMITS.maxZipBytes) return false;
      try {
        return listEntries(p, readFileSync(p)).some((e) => DOCUMENT.test(e.name));
      } catch {
        return false;
      }
    });
}

/** Every entry of the zip's directory, nothing inflated; throws when it is no zip or has too many entries. */
function listEntries(zip: string, bytes: Uint8Array): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        if (entries.length >= ZIP_LIMITS.maxEntries) throw new XbrlError(zip, null, `more than ${ZIP_LIMITS.maxEntries} entries: no filing has that many documents, the zip is refused`);
        entries.push(entry);
        return false;
      },
    });
  } catch (e) {
    if (e instanceof XbrlError) throw e;
    throw new XbrlError(zip, null, `not a readable zip (${(e as Error).message})`);
  }
  return entries;
}

/** Why an entry's name is refused: one that would land outside the folder it is unpacked into. */
function hostileName(name: string): string | null {
  if (/^[\\/]|^[A-Za-z]:/.test(name)) return 'an absolute path';
  if (name.includes('\\') || name.includes('\0')) return 'a backslash or NUL in its name';
  if (name.split('/').includes('..')) return 'a ".." segment (path traversal)';
  return null;
}

/**
 * Unpacks the filing documents of `zip` (its top-level .htm, .xml and .xsd entries; images,
 * exhibits in subfolders and the rest are not needed to read the facts) into `into`. Every
 * entry's name, size, compression and ratio is checked against `ZIP_LIMITS` on the directory
 * first: a zip that breaks any is refused whole, naming the entry and the reason. Each
 * inflated entry must have the size its header declares.
 */
export function unzipDocuments(zip: string, into: string): string[] {
  const size = statSync(zip).size;
  if (size > ZIP_LIMITS.maxZipBytes) throw new XbrlError(zip, null, `${size} bytes, more than the ${ZIP_LIMITS.maxZipBytes} bytes a filing's zip may have`);
  const bytes = readFileSync(zip);
  const entries = listEntries(zip, bytes);
  const wanted: UnzipFileInfo[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const e of entries) {
    const hostile = hostileName(e.name);
    if (hostile) throw new XbrlError(zip, `entry "${e.name}"`, `${hostile}: an entry is never written outside the folder, the zip is refused`);
    if (e.name.endsWith('/') || e.name.includes('/') || !DOCUMENT.test(e.name)) continue;
    if (seen.has(e.name)) throw new XbrlError(zip, `entry "${e.name}"`, 'a second entry with this name: which one is the filing is unknown, the zip is refused');
    seen.add(e.name);
    if (e.compression !== 0 && e.compression !== 8) throw new XbrlError(zip, `entry "${e.name}"`, `compression method ${e.compression}: only stored and deflated entries are read`);
    if (e.originalSize > ZIP_LIMITS.maxEntryBytes) throw new XbrlError(zip, `entry "${e.name}"`, `${e.originalSize} bytes once inflated, more than the ${ZIP_LIMITS.maxEntryBytes} bytes a document may have`);
    if (e.originalSize > MIB && e.originalSize > ZIP_LIMITS.maxRatio * e.size) throw new XbrlError(zip, `entry "${e.name}"`, `${e.size} bytes inflating to ${e.originalSize} (more than ${ZIP_LIMITS.maxRatio} times): a zip bomb, the zip is refused`);
    total += e.originalSize;
    if (total > ZIP_LIMITS.maxTotalBytes) throw new XbrlError(zip, null, `its documents inflate to more than ${ZIP_LIMITS.maxTotalBytes} bytes: the zip is refused`);
    wanted.push(e);
  }
  const written: string[] = [];
  for (const e of wanted) {
    let data: Uint8Array | undefined;
    try {
      // One entry at a time: only one document is held inflated at once.
      data = unzipSync(bytes, { filter: (f) => f.name === e.name })[e.name];
    } catch (error) {
      throw new XbrlError(zip, `entry "${e.name}"`, `cannot be inflated (${(error as Error).message})`);
    }
    if (!data || data.length !== e.originalSize) throw new XbrlError(zip, `entry "${e.name}"`, `inflates to ${data?.length ?? 0} bytes where its header says ${e.originalSize}: a damaged or forged zip`);
    const path = join(into, e.name);
    writeFileSync(path, data, { flag: 'wx' });
    written.push(path);
  }
  return written;
}

/**
 * Runs `read` on the documents of `zip` unpacked into a private temporary folder, removed
 * afterwards whatever happens. Paths inside it, in what `read` returns through `shown` and in
 * any XbrlError it throws, are given as `<zip>/<entry>`: that is where the document is.
 */
export function withUnzipped<T>(zip: string, read: (folder: string, shown: (path: string) => string) => T): T {
  const temp = mkdtempSync(join(tmpdir(), 'xbrl-zip-'));
  const shown = (p: string) => (p === temp || p.startsWith(temp + '/') ? join(zip, relative(temp, p)) : p);
  try {
    unzipDocuments(zip, temp);
    return read(temp, shown);
  } catch (e) {
    if (e instanceof XbrlError) throw new XbrlError(shown(e.file), e.element, e.reason.split(temp).join(zip));
    throw e;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
