import { closeSync, openSync, readSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { IX, IX10 } from './inline-document.js';
import { XHTML_ENTITIES } from './xhtml-entities.js';

/** Names an Inline XBRL document may have on EDGAR. */
export const INLINE_NAME = /\.(x?html?)$/i;

/**
 * Whether a file is an Inline XBRL document: well-formed XML with an element in the Inline
 * XBRL namespace. Read by content, never by name: an EDGAR folder also holds exhibits
 * (XHTML without `ix:` tags) and SEC's R*.htm renderings (not XML). Reads in chunks and
 * stops at the first `ix:` element (the header comes first in every EDGAR document) or at
 * the first error.
 */
export function isInlineDocument(file: string): boolean {
  const parser = new SaxesParser({ xmlns: true, position: false });
  let found = false;
  parser.on('doctype', (doctype) => {
    if (/XHTML/i.test(doctype)) Object.assign(parser.ENTITIES, XHTML_ENTITIES);
  });
  parser.on('opentag', (tag) => {
    if (tag.uri === IX || tag.uri === IX10) found = true;
  });
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  const buf = Buffer.alloc(64 * 1024);
  const decoder = new TextDecoder('utf-8');
  try {
    for (let pos = 0; !found; ) {
      const n = readSync(fd, buf, 0, buf.length, pos);
      if (n === 0) break;
      pos += n;
      parser.write(decoder.decode(buf.subarray(0, n), { stream: true }));
    }
  } catch {
    // Not well-formed XML (an HTML rendering): not Inline XBRL.
  } finally {
    closeSync(fd);
  }
  return found;
}
