import { closeSync, openSync, readSync } from 'node:fs';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { XbrlError } from '../errors.js';
import { NS, resolveQName, type XmlElement } from '../xml.js';
import { XHTML_ENTITIES } from './xhtml-entities.js';
import { IX, IX10, XHTML, type Captured, type InlineDocument, type InlineLocation } from './inline-document.js';

const XSI_NIL = `{${NS.xsi}}nil`;
const CHUNK = 64 * 1024;

const escapeText = (s: string) => (/[&<>]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s);
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * HTML's void elements: serialized `<br/>`; every other element gets its end tag even when
 * written self-closing (`<td/>` is `<td></td>`), as browsers and the SEC's extraction read it.
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** A copy that does not keep the whole source alive (see `own` in ../xml.ts). */
const own = (s: string) => (s.length < 13 ? s : (' ' + s).slice(1));

type Open =
  | { kind: 'capture'; capture: Captured; close: () => void }
  | { kind: 'exclude' }
  | { kind: 'markup'; tag: string; selfClosing: boolean }
  | { kind: 'tree'; el: XmlElement }
  | { kind: 'section'; name: 'header' | 'hidden' | 'references' | 'resources' }
  | { kind: 'other' };

/**
 * Reads one Inline XBRL document in a single streaming pass of saxes over the file, in
 * chunks: no whole-document tree is built, only the header's resources (contexts, units,
 * schemaRef) become small element trees, and each fact keeps its displayed content.
 * `document` is the name the locations carry (the file's path relative to the filing folder).
 */
export function parseInlineDocument(file: string, document: string): InlineDocument {
  const out: InlineDocument = {
    document,
    rootNs: {},
    facts: [],
    continuations: new Map(),
    footnotes: [],
    relationships: [],
    references: [],
    resources: [],
    skipped: new Map(),
    targeted: 0,
  };
  const parser = new SaxesParser({ xmlns: true, position: true });
  const scopes: Array<Record<string, string>> = [];
  const open: Open[] = [];
  const captures: Captured[] = [];
  let excluded = 0;
  let hidden = 0;
  let section: 'references' | 'resources' | null = null;
  let startLine = 1;

  const attrsOf = (tag: SaxesTagNS): Record<string, string> => {
    const attrs: Record<string, string> = {};
    for (const key in tag.attributes) {
      const a = tag.attributes[key];
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      attrs[a.uri ? `{${a.uri}}${a.local}` : a.local] = own(a.value);
    }
    return attrs;
  };
  const where = (el: { name: string }, attrs: Record<string, string>) => `${el.name}${attrs.id ? `[@id="${attrs.id}"]` : ''} (line ${startLine})`;
  const location = (attrs: Record<string, string>): InlineLocation => ({ document, elementId: attrs.id ?? null, line: startLine });
  const newCapture = (): Captured => {
    const c = { text: '', html: '' };
    captures.push(c);
    return c;
  };
  const endCapture = (c: Captured) => {
    captures.splice(captures.lastIndexOf(c), 1);
    c.text = own(c.text);
    c.html = own(c.html);
  };

  parser.on('doctype', (doctype) => {
    if (/XHTML/i.test(doctype)) Object.assign(parser.ENTITIES, XHTML_ENTITIES);
  });
  parser.on('opentagstart', () => {
    startLine = parser.line;
  });
  parser.on('opentag', (tag) => {
    const parentNs = scopes.length ? scopes[scopes.length - 1] : { xml: NS.xml };
    let ns = parentNs;
    for (const _ in tag.ns) {
      ns = { ...parentNs, ...tag.ns };
      break;
    }
    scopes.push(ns);
    if (scopes.length === 1) out.rootNs = ns;
    const parent = open[open.length - 1];

    // Inside ix:references or ix:resources: a small element tree, as the instance reader expects.
    if (section && tag.uri !== IX && tag.uri !== IX10) {
      const attrs = attrsOf(tag);
      const el: XmlElement = { uri: tag.uri, local: tag.local, name: tag.name, attrs, children: [], text: '', line: startLine, ns };
      if (parent?.kind === 'tree') parent.el.children.push(el);
      else (section === 'references' ? out.references : out.resources).push(el);
      open.push({ kind: 'tree', el });
      return;
    }

    if (tag.uri !== IX && tag.uri !== IX10) {
      // Display markup: part of the content of every fact, continuation and footnote it is in.
      if (captures.length && !excluded) {
        let s = `<${tag.uri === XHTML ? tag.local : tag.name}`;
        for (const k in tag.attributes) {
          const a = tag.attributes[k];
          if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
          s += ` ${a.name}="${escapeAttr(a.value)}"`;
        }
        const isVoid = tag.uri === XHTML && VOID.has(tag.local);
        s += isVoid ? '/>' : '>';
        for (const c of captures) c.html += s;
      }
      open.push({ kind: 'markup', tag: tag.uri === XHTML ? tag.local : tag.name, selfClosing: tag.uri === XHTML && VOID.has(tag.local) });
      return;
    }

    const attrs = attrsOf(tag);
    switch (tag.local) {
      case 'header':
        open.push({ kind: 'section', name: 'header' });
        return;
      case 'hidden':
        hidden++;
        open.push({ kind: 'section', name: 'hidden' });
        return;
      case 'references':
      case 'resources':
        section = tag.local;
        open.push({ kind: 'section', name: tag.local });
        return;
      case 'exclude':
        excluded++;
        open.push({ kind: 'exclude' });
        return;
      case 'nonFraction':
      case 'nonNumeric': {
        const name = attrs.name ?? '';
        const concept = name ? resolveQName({ ns } as XmlElement, name) : null;
        if (!concept) throw new XbrlError(file, where(tag, attrs), `name "${name}" is missing or its prefix is not declared`);
        let format: { uri: string; local: string; written: string } | null = null;
        if (attrs.format) {
          const q = resolveQName({ ns } as XmlElement, attrs.format);
          if (!q) throw new XbrlError(file, where(tag, attrs), `format "${attrs.format}": its prefix is not declared`);
          format = { ...q, written: attrs.format };
        }
        if (attrs.target !== undefined) out.targeted++;
        const capture = newCapture();
        const fact = { kind: tag.local, concept, name, attrs, format, hidden: hidden > 0, content: capture, location: location(attrs) } as const;
        if (attrs.target === undefined) out.facts.push(fact);
        open.push({ kind: 'capture', capture, close: () => endCapture(capture) });
        return;
      }
      case 'continuation': {
        const id = attrs.id;
        if (!id) throw new XbrlError(file, where(tag, attrs), 'ix:continuation without an id');
        if (out.continuations.has(id)) throw new XbrlError(file, where(tag, attrs), `a second ix:continuation with id "${id}"`);
        const capture = newCapture();
        out.continuations.set(id, { continuedAt: attrs.continuedAt ?? null, content: capture, location: location(attrs) });
        open.push({ kind: 'capture', capture, close: () => endCapture(capture) });
        return;
      }
      case 'footnote': {
        const id = attrs.id;
        if (!id) throw new XbrlError(file, where(tag, attrs), 'ix:footnote without an id');
        const capture = newCapture();
        out.footnotes.push({
          id,
          role: attrs.footnoteRole ?? 'http://www.xbrl.org/2003/role/footnote',
          lang: attrs[`{${NS.xml}}lang`] ?? null,
          content: capture,
          continuedAt: attrs.continuedAt ?? null,
          location: location(attrs),
        });
        open.push({ kind: 'capture', capture, close: () => endCapture(capture) });
        return;
      }
      case 'relationship': {
        const refs = (s: string | undefined) => (s ?? '').split(/\s+/).filter(Boolean);
        out.relationships.push({
          arcrole: attrs.arcrole ?? 'http://www.xbrl.org/2003/arcrole/fact-footnote',
          linkRole: attrs.linkRole ?? 'http://www.xbrl.org/2003/role/link',
          fromRefs: refs(attrs.fromRefs),
          toRefs: refs(attrs.toRefs),
          order: attrs.order !== undefined ? Number(attrs.order) : 1,
          location: location(attrs),
        });
        open.push({ kind: 'other' });
        return;
      }
      default:
        // ix:tuple, ix:fraction and anything newer: counted, their content still displayed.
        out.skipped.set(`ix:${tag.local}`, (out.skipped.get(`ix:${tag.local}`) ?? 0) + 1);
        open.push({ kind: 'other' });
    }
  });
  parser.on('closetag', () => {
    scopes.pop();
    const o = open.pop()!;
    switch (o.kind) {
      case 'capture':
        o.close();
        break;
      case 'exclude':
        excluded--;
        break;
      case 'markup':
        if (!o.selfClosing && captures.length && !excluded) for (const c of captures) c.html += `</${o.tag}>`;
        break;
      case 'tree':
        if (o.el.text) o.el.text = own(o.el.text);
        break;
      case 'section':
        if (o.name === 'hidden') hidden--;
        if (o.name === 'references' || o.name === 'resources') section = null;
        break;
    }
  });
  const onText = (text: string) => {
    const top = open[open.length - 1];
    if (top?.kind === 'tree') {
      top.el.text += text;
      return;
    }
    if (!captures.length || excluded) return;
    const escaped = escapeText(text);
    for (const c of captures) {
      c.text += text;
      c.html += escaped;
    }
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new XbrlError(file, null, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const buf = Buffer.alloc(CHUNK);
  const decoder = new TextDecoder('utf-8');
  try {
    for (let pos = 0; ; ) {
      const n = readSync(fd, buf, 0, buf.length, pos);
      if (n === 0) break;
      pos += n;
      parser.write(decoder.decode(buf.subarray(0, n), { stream: true }));
    }
    parser.write(decoder.decode()).close();
  } catch (e) {
    if (e instanceof XbrlError) throw e;
    const m = /^(\d+):(\d+): (.*)$/s.exec((e as Error).message);
    throw new XbrlError(file, m ? `line ${m[1]}, column ${Number(m[2]) + 1}` : null, `malformed XHTML: ${m ? m[3] : (e as Error).message}`);
  } finally {
    closeSync(fd);
  }
  return out;
}

/** Whether an element attribute says nil (`xsi:nil="true"`). */
export const isNil = (attrs: Record<string, string>) => attrs[XSI_NIL] === 'true' || attrs[XSI_NIL] === '1';
