import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { QName } from './xbrl-filing.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value ?? null;
const text = (n: Node): string => (n.nodeName === '#text' ? (n as DefaultTreeAdapterMap['textNode']).value : 'childNodes' in n ? n.childNodes.map(text).join('') : '');

function* elements(n: Node): Generator<Element> {
  if (isElement(n)) yield n;
  if ('childNodes' in n) for (const c of n.childNodes) yield* elements(c);
  if (isElement(n) && n.tagName === 'template') yield* elements((n as DefaultTreeAdapterMap['template']).content);
}

/**
 * The concept definitions in SEC's renderings of a filing (`R<n>.htm` beside the filing, as
 * EDGAR publishes them): each rendered concept has a hidden "defref_<prefix>_<Name>" table
 * whose "Definition" section holds the taxonomy's definition. Read with an HTML parser
 * (parse5). An R file that cannot be read is skipped: renderings are an optional source.
 */
export function readRenderingDefinitions(folder: string): Map<QName, string> {
  const out = new Map<QName, string>();
  let files: string[];
  try {
    files = readdirSync(folder).filter((n) => /^R\d+\.htm$/i.test(n));
  } catch {
    return out;
  }
  for (const file of files) {
    let html: string;
    try {
      html = readFileSync(join(folder, file), 'utf8');
    } catch {
      continue;
    }
    for (const table of elements(parse(html))) {
      const id = attr(table, 'id');
      if (table.tagName !== 'table' || !id?.startsWith('defref_') || id.includes('=')) continue;
      const name = id.slice('defref_'.length).replace('_', ':');
      if (out.has(name)) continue;
      for (const a of elements(table)) {
        if (a.tagName !== 'a' || !/Definition/.test(text(a))) continue;
        const siblings = a.parentNode!.childNodes;
        const next = siblings.slice(siblings.indexOf(a) + 1).find(isElement);
        const definition = next ? text(next).replace(/\s+/g, ' ').trim() : '';
        if (definition) out.set(name, definition);
        break;
      }
    }
  }
  return out;
}
