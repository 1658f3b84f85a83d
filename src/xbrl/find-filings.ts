import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SaxesParser } from 'saxes';
import { NS } from './xml.js';
import { INLINE_NAME, isInlineDocument } from './inline/index.js';

/**
 * Every filing folder under `root`, at any depth: a folder holding an XBRL instance
 * document, i.e. an .xml file whose root element is `xbrl` in the XBRL instance namespace
 * or an Inline XBRL document (an .htm with `ix:` tags),
 * or one that holds a taxonomy schema (.xsd) or a metadata.json and so is meant to be a
 * filing: `readFiling` then says what is wrong with it, instead of the filing vanishing.
 * Instances are recognised by their root element, never by their names; only the start of
 * each .xml file is read. Sorted, absolute paths.
 */
export function findFilings(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    let isFiling = false;
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && e.name !== 'node_modules') walk(join(dir, e.name));
      } else if (!isFiling && e.isFile() && (/\.xsd$/i.test(e.name) || e.name === 'metadata.json' || (/\.xml$/i.test(e.name) && isInstanceDocument(join(dir, e.name))) || (INLINE_NAME.test(e.name) && isInlineDocument(join(dir, e.name))))) {
        isFiling = true;
      }
    }
    if (isFiling) found.push(dir);
  };
  walk(resolve(root));
  return found.sort();
}

/** Whether the file's root element is xbrli:xbrl; reads chunks until the root tag is complete. */
export function isInstanceDocument(file: string): boolean {
  const parser = new SaxesParser({ xmlns: true, position: false });
  let root: { uri: string; local: string } | null = null;
  parser.on('opentag', (tag) => {
    root ??= { uri: tag.uri, local: tag.local };
  });
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(16_384);
  const decoder = new TextDecoder('utf-8');
  try {
    for (let read = 0; !root; ) {
      const n = readSync(fd, buf, 0, buf.length, read);
      if (n === 0) break;
      read += n;
      parser.write(decoder.decode(buf.subarray(0, n), { stream: true }));
    }
  } catch {
    // Not well-formed up to its root element: not an instance document we can read.
  } finally {
    closeSync(fd);
  }
  const r = root as { uri: string; local: string } | null;
  return r !== null && r.uri === NS.xbrli && r.local === 'xbrl';
}
