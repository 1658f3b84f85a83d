import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SaxesParser } from 'saxes';
import { filingZipsOf } from './filing-zip.js';
import { INLINE_NAME, isInlineDocument } from './inline/index.js';
import { isRegularFile, READ_LIMITS, realPathOf } from './limits.js';
import { NS } from './xml.js';

/**
 * Every filing folder under `root`, at any depth: a folder holding an XBRL instance
 * document (see `instanceDocumentsOf`), or one that holds a taxonomy schema (.xsd) or a
 * metadata.json and so is meant to be a filing: `readFiling` then says what is wrong with
 * it, instead of the filing vanishing. A folder with an Inline XBRL document (an .htm with
 * `ix:` tags) is a filing too, and so is one holding a filing's zip (see `filingZipsOf`). A company folder written by `npm run fetch`
 * (`submissions.json`, `companyfacts.json`) is no filing. Symbolic links to folders are
 * followed, each real folder visited once (a link back up is no loop); hidden folders and
 * anything that is neither a folder nor a regular file (a FIFO, a socket) are passed over.
 * Sorted, absolute paths.
 */
export function findFilings(root: string): string[] {
  const found: string[] = [];
  const visited = new Set<string>();
  const walk = (dir: string) => {
    const real = realPathOf(dir);
    if (real === null || visited.has(real)) return;
    visited.add(real);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      // An unreadable folder that holds no filing marker we can see: readFiling would say the same.
      return;
    }
    let isFiling = false;
    for (const name of names) {
      const path = join(dir, name);
      let stat;
      try {
        stat = statSync(path);
      } catch {
        continue; // a dangling link
      }
      if (stat.isDirectory()) {
        if (!name.startsWith('.') && name !== 'node_modules') walk(path);
      } else if (!isFiling && stat.isFile() && (/\.xsd$/i.test(name) || name === 'metadata.json')) {
        isFiling = true;
      }
    }
    if (isFiling || instanceDocumentsOf(dir, names).length > 0 || inlineDocumentsOf(dir, names).length > 0 || filingZipsOf(dir, names).length > 0) found.push(dir);
  };
  walk(resolve(root));
  return found.sort();
}

/**
 * The XML instance document(s) of a filing folder: with `inlineDocumentsOf`, the one place that
 * decides which files of a folder are read as its facts (`readFiling` prefers Inline XBRL
 * documents where there are any). An XML instance (an .xml regular file whose root element
 * is xbrli:xbrl in the XBRL instance namespace), recognised by content, never by name; only
 * the start of each file is read, so an EDGAR folder full of exhibits costs little.
 */
export function instanceDocumentsOf(dir: string, names: readonly string[] = readdirSync(dir).sort()): string[] {
  return names.filter((n) => /\.xml$/i.test(n)).map((n) => join(dir, n)).filter(isInstanceDocument);
}

/** The Inline XBRL documents of a folder (an .htm regular file with `ix:` tags), unordered; see `instanceDocumentsOf`. */
export function inlineDocumentsOf(dir: string, names: readonly string[] = readdirSync(dir).sort()): string[] {
  return names.filter((n) => INLINE_NAME.test(n)).map((n) => join(dir, n)).filter((p) => isRegularFile(p) && isInlineDocument(p));
}

/**
 * Whether the file's root element is xbrli:xbrl; reads chunks until the root tag is complete
 * (at most 1 MB). Only a regular file is opened: opening a FIFO would block.
 */
export function isInstanceDocument(file: string): boolean {
  if (!isRegularFile(file)) return false;
  if (statSync(file).size > READ_LIMITS.maxFileBytes) return true; // refused, with its reason, when read
  const parser = new SaxesParser({ xmlns: true, position: false });
  let root: { uri: string; local: string } | null = null;
  parser.on('opentag', (tag) => {
    root ??= { uri: tag.uri, local: tag.local };
  });
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  const buf = Buffer.alloc(16_384);
  // latin1 keeps every byte one character: enough to see the root element's name in any ASCII-compatible encoding.
  // Read 1 KB first, then twice as much each time up to 16 KB: the root tag is usually in the
  // first kilobytes, and saxes parses a whole chunk even after the root (a filing has several .xml files, each looked at twice).
  try {
    for (let read = 0, size = 1024; !root && read < 1024 * 1024; size = Math.min(buf.length, size * 2)) {
      const n = readSync(fd, buf, 0, size, read);
      if (n === 0) break;
      read += n;
      parser.write(buf.toString('latin1', 0, n));
    }
  } catch {
    // Not well-formed up to its root element: not an instance document we can read.
  } finally {
    closeSync(fd);
  }
  const r = root as { uri: string; local: string } | null;
  return r !== null && r.uri === NS.xbrli && r.local === 'xbrl';
}
