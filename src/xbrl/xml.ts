import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { XbrlError } from './errors.js';
import { READ_LIMITS, regularFileSize } from './limits.js';

/** Namespace URIs the reader works with; prefixes are never compared literally. */
export const NS = {
  xbrli: 'http://www.xbrl.org/2003/instance',
  link: 'http://www.xbrl.org/2003/linkbase',
  xlink: 'http://www.w3.org/1999/xlink',
  xbrldi: 'http://xbrl.org/2006/xbrldi',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xs: 'http://www.w3.org/2001/XMLSchema',
  iso4217: 'http://www.xbrl.org/2003/iso4217',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

/**
 * A parsed element: namespace URI, local name, attributes and the in-scope namespace
 * bindings (needed to resolve QNames written in content, like `<measure>iso4217:USD</measure>`).
 * Attribute keys: the local name for attributes without a namespace, `{uri}local` otherwise.
 */
export interface XmlElement {
  uri: string;
  local: string;
  /** Qualified name as written, for messages. */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside this element (not its children's), CDATA included. */
  text: string;
  line: number;
  /** Prefix → namespace URI in scope here ('' is the default namespace). */
  ns: Record<string, string>;
}

export const xlinkAttr = (local: string) => `{${NS.xlink}}${local}`;
const XLINK_HREF = xlinkAttr('href');
export const href = (el: XmlElement): string | undefined => el.attrs[XLINK_HREF];

/**
 * Parses a whole XML document into a light tree. Only a regular file within the size cap
 * is read (a FIFO or a device would block start-up); it is decoded as its XML declaration
 * says. Malformed XML, an unsupported encoding or nesting beyond the depth cap throws an
 * XbrlError with the line.
 */
export function parseXmlFile(file: string, options: ParseOptions = {}): XmlElement {
  regularFileSize(file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new XbrlError(file, null, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseXml(decodeXml(bytes, file), file, options);
}

export interface ParseOptions {
  /**
   * Copy every attribute value and text out of the document's text (default true), so that a
   * value kept from the tree does not keep the whole file in memory (see `own`). False where
   * what is read is encoded and dropped at once (the ingest): the copies cost about a fifth
   * of the parse.
   */
  copyStrings?: boolean;
}

const asIs = (s: string) => s;

/** Encoding labels as XML declarations write them → how Node decodes them. */
const LATIN1 = new Set(['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'latin-1', 'l1']);

/**
 * The document's text, decoded as its byte-order mark or XML declaration says (UTF-8 when
 * neither does, as XML specifies). Bytes that are not valid in the declared encoding, or an
 * encoding Node cannot decode, refuse the file rather than serve mojibake.
 */
export function decodeXml(bytes: Buffer, file: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strictDecode('utf-8', bytes.subarray(3), file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strictDecode('utf-16le', bytes.subarray(2), file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strictDecode('utf-16be', bytes.subarray(2), file);
  const head = bytes.subarray(0, 200).toString('latin1');
  const declared = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(head)?.[1].toLowerCase() ?? 'utf-8';
  if (declared === 'utf-8' || declared === 'utf8' || declared === 'us-ascii' || declared === 'ascii') return strictDecode('utf-8', bytes, file);
  // Node's TextDecoder reads "latin1" as windows-1252; ISO-8859-1 proper maps every byte to the code point of its value.
  if (LATIN1.has(declared)) return bytes.toString('latin1');
  return strictDecode(declared, bytes, file);
}

function strictDecode(encoding: string, bytes: Uint8Array, file: string): string {
  // UTF-8, the common case: checked by Node's validator and decoded by Buffer, the same text as
  // the fatal TextDecoder's (no byte-order mark reaches here) in a fraction of its time.
  if (encoding === 'utf-8') {
    if (isUtf8(bytes)) {
      const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
      // TextDecoder drops a leading byte-order mark (a second one, after the one decodeXml removed).
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    throw new XbrlError(file, null, 'bytes that are not valid UTF-8, the document\'s encoding (declared, or UTF-8 by default)');
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new XbrlError(file, 'line 1', `declared encoding "${encoding}" is not one this reader can decode`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new XbrlError(file, null, `bytes that are not valid ${encoding.toUpperCase()}, the document's ${encoding === 'utf-8' ? 'encoding (declared, or UTF-8 by default)' : 'declared encoding'}`);
  }
}

/**
 * A copy of a string that does not point into the document's source. V8 keeps substrings
 * of 13 characters or more as slices of their parent: one kept fact value would otherwise
 * keep the whole file in memory (measured: 24 MB held for the six shared filings' facts).
 */
function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

const ROOT_SCOPE: Record<string, string> = Object.assign(Object.create(null), { xml: NS.xml });

/** Namespaces whose elements hold structure, not mixed content: whitespace between their children is dropped. */
const STRUCTURAL = new Set<string>([NS.xbrli, NS.link, NS.xs, NS.xbrldi]);

export function parseXml(source: string, file: string, options: ParseOptions = {}): XmlElement {
  const copy = options.copyStrings === false ? asIs : own;
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let startLine = 1;
  // Names and attribute keys repeat on every element: one string each (also own()ed once).
  const names = new Map<string, string>();
  const intern = (s: string) => {
    let v = names.get(s);
    if (v === undefined) names.set(s, (v = own(s)));
    return v;
  };
  const attrKeys = new Map<string, Map<string, string>>();
  const attrKey = (uri: string, local: string) => {
    let byLocal = attrKeys.get(uri);
    if (!byLocal) attrKeys.set(uri, (byLocal = new Map()));
    let k = byLocal.get(local);
    if (k === undefined) byLocal.set(local, (k = uri ? `{${uri}}${local}` : own(local)));
    return k;
  };
  parser.on('opentagstart', () => {
    startLine = parser.line;
  });
  const maxDepth = READ_LIMITS.maxDepth;
  parser.on('opentag', (tag) => {
    // Refused at once, before any deeper work: real filings nest a few dozen levels.
    if (stack.length >= maxDepth) throw new XbrlError(file, `line ${startLine}`, `elements nested more than ${maxDepth} deep`);
    const attrs: Record<string, string> = {};
    for (const key in tag.attributes) {
      const a = tag.attributes[key];
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      attrs[attrKey(a.uri, a.local)] = copy(a.value);
    }
    const parent = stack[stack.length - 1];
    // saxes gives only the bindings declared on this tag: scopes are shared until one changes.
    let ns = parent ? parent.ns : ROOT_SCOPE;
    for (const _ in tag.ns) {
      ns = Object.assign(Object.create(null), ns);
      for (const prefix in tag.ns) ns[prefix] = intern(tag.ns[prefix]);
      break;
    }
    const el: XmlElement = { uri: intern(tag.uri), local: intern(tag.local), name: intern(tag.name), attrs, children: [], text: '', line: startLine, ns };
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    const el = stack.pop()!;
    if (el.text) el.text = copy(el.text);
  });
  const onText = (text: string) => {
    const el = stack[stack.length - 1];
    if (el && !(STRUCTURAL.has(el.uri) && /^\s*$/.test(text))) el.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  try {
    parser.write(source).close();
  } catch (e) {
    if (e instanceof XbrlError) throw e;
    // saxes messages start with "<line>:<column>: "; keep its position and reason.
    const m = /^(\d+):(\d+): (.*)$/s.exec((e as Error).message);
    throw new XbrlError(file, m ? `line ${m[1]}, column ${Number(m[2]) + 1}` : null, `malformed XML: ${m ? m[3] : (e as Error).message}`);
  }
  if (!root) throw new XbrlError(file, null, 'malformed XML: no root element');
  return root;
}

/** Resolves a QName written in content or an attribute value against the element's bindings. */
export function resolveQName(el: XmlElement, qname: string): { uri: string; local: string } | null {
  const q = qname.trim();
  const i = q.indexOf(':');
  const prefix = i < 0 ? '' : q.slice(0, i);
  const local = i < 0 ? q : q.slice(i + 1);
  const uri = prefix === 'xml' ? NS.xml : el.ns[prefix];
  if (uri === undefined) return null;
  return { uri, local };
}

/** All text inside an element, its descendants' included. */
export function textContent(el: XmlElement): string {
  if (el.children.length === 0) return el.text;
  // Depth-first without recursion: depth is bounded at parse time, but no walk relies on it.
  let s = '';
  const stack: XmlElement[] = [el];
  while (stack.length) {
    const e = stack.pop()!;
    s += e.text;
    for (let i = e.children.length - 1; i >= 0; i--) stack.push(e.children[i]);
  }
  return s;
}

export const childrenOf = (el: XmlElement, uri: string, local: string) => el.children.filter((c) => c.uri === uri && c.local === local);
export const childOf = (el: XmlElement, uri: string, local: string) => el.children.find((c) => c.uri === uri && c.local === local);
