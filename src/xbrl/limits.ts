import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { XbrlError } from './errors.js';

/**
 * What the reader accepts of a file, whoever wrote it. The largest instance on EDGAR is a
 * few hundred megabytes and filings nest a few dozen elements deep: these bounds refuse only
 * what no filing needs (a FIFO, a device, a 100,000-deep tree) before any work is spent on it.
 */
export const READ_LIMITS = {
  /** Bytes of one XML, JSON or schema file. */
  maxFileBytes: 512 * 1024 * 1024,
  /** Elements nested inside each other in one document. */
  maxDepth: 1_000,
};

/**
 * The size of `file`, which must be a regular file (a symbolic link to one counts) within
 * `READ_LIMITS.maxFileBytes`; anything else throws an XbrlError naming it. Checked before the
 * file is opened: opening a FIFO blocks until someone writes to it.
 */
export function regularFileSize(file: string): number {
  let stat;
  try {
    stat = statSync(file);
  } catch (e) {
    throw new XbrlError(file, null, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (!stat.isFile()) throw new XbrlError(file, null, `not a regular file (${stat.isDirectory() ? 'a folder' : stat.isFIFO() ? 'a named pipe' : stat.isSocket() ? 'a socket' : 'a device'}): only regular files are read`);
  if (stat.size > READ_LIMITS.maxFileBytes) throw new XbrlError(file, null, `${stat.size} bytes, more than the ${READ_LIMITS.maxFileBytes} bytes a file may have`);
  return stat.size;
}

/** Whether `file` is a regular file (following links), without opening it and without throwing. */
export function isRegularFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The real path of `path` (links resolved), or null when it does not exist. */
export function realPathOf(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/**
 * Whether `path`, once links are resolved, lies inside `folder` (itself a real path):
 * a filing reads its own files, never `/etc/passwd`, a sibling filing or its parent.
 */
export function isInside(path: string, folder: string): boolean {
  const real = realPathOf(path);
  if (real === null) return false;
  const rel = relative(folder, real);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * What the reader accepts of a zip holding a filing (EDGAR's `…-xbrl.zip`, or a user's own):
 * checked on the zip's directory before anything is inflated, so a zip bomb or an entry named
 * `../../etc/passwd` is refused with its reason and costs nothing. EDGAR's zips hold a dozen
 * entries compressed 5 to 20 times.
 */
export const ZIP_LIMITS = {
  /** Bytes of the zip file itself (it is read whole). */
  maxZipBytes: 256 * 1024 * 1024,
  /** Entries in its directory. */
  maxEntries: 1_000,
  /** Bytes of one document once inflated (as for a file: `READ_LIMITS.maxFileBytes`). */
  maxEntryBytes: READ_LIMITS.maxFileBytes,
  /** Bytes of all the documents read from one zip, once inflated. */
  maxTotalBytes: 1024 * 1024 * 1024,
  /** Inflated bytes per compressed byte of an entry larger than 1 MiB once inflated. */
  maxRatio: 200,
};
