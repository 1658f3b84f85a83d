import { basename, dirname, relative } from 'node:path';
import { XbrlError } from '../errors.js';
import { readContext, readUnit, type InstanceContent } from '../instance.js';
import type { Prefixes } from '../names.js';
import { NS } from '../xml.js';
import type { XbrlFact, XbrlUnit } from '../xbrl-filing.js';
import type { InlineDocument, InlineLocation, RawFact } from './inline-document.js';
import { isNil, parseInlineDocument } from './parse-document.js';
import { transformation, TransformError } from './transforms.js';

/** An XBRL footnote of the document set (`ix:footnote`), with the facts `ix:relationship` links to it. */
export interface InlineFootnote {
  id: string;
  /** `footnoteRole`, by default `http://www.xbrl.org/2003/role/footnote`. */
  role: string;
  lang: string | null;
  /** Plain text, `ix:exclude` removed, continuations joined. */
  text: string;
  /** The same content as XHTML markup. */
  html: string;
  location: InlineLocation;
  /** Indexes into `facts` of the facts linked to it (arcrole fact-footnote), in relationship order. */
  facts: number[];
}

/**
 * An Inline XBRL document set read as an instance: the same plain shape the instance reader
 * returns (so discovery, linkbases and the graph work unchanged), plus where each fact is in
 * the pages and the set's footnotes. `facts[i].document`, `.elementId` and `.line` give the
 * place; `locations[i]` says the same with the fact's `ix:hidden` status.
 */
export interface InlineContent extends InstanceContent {
  /** Documents of the set, relative to the filing folder, in reading order. */
  documents: string[];
  locations: Array<InlineLocation & { hidden: boolean }>;
  footnotes: InlineFootnote[];
}

const FACT_FOOTNOTE = 'http://www.xbrl.org/2003/arcrole/fact-footnote';
const DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;

/**
 * Reads the Inline XBRL documents of one filing (absolute paths, the first being the primary
 * document) as one target document: facts in every document share the header resources of
 * all (Inline XBRL 1.1, 3.1: a document set is one instance).
 */
export function readInlineDocuments(paths: string[], prefixes: Prefixes): InlineContent {
  if (paths.length === 0) throw new Error('internal: an Inline XBRL document set needs a document');
  const folder = dirname(paths[0]);
  const docs = paths.map((p) => parseInlineDocument(p, relative(folder, p) || basename(p)));
  const pathOf = new Map(docs.map((d, i) => [d, paths[i]]));
  for (const d of docs) prefixes.declare(d.rootNs);

  const out: InlineContent = {
    schemaRefs: [],
    contexts: new Map(),
    units: new Map(),
    facts: [],
    factConcepts: new Map(),
    factKeys: [],
    currencyUnits: new Set(),
    notes: [],
    documents: docs.map((d) => d.document),
    locations: [],
    footnotes: [],
  };
  for (const d of docs) {
    const file = pathOf.get(d)!;
    for (const el of d.references) {
      if (el.uri === NS.link && el.local === 'schemaRef') {
        const href = el.attrs[`{${NS.xlink}}href`] ?? '';
        // One schema for the set: the same schemaRef repeated in each document counts once.
        if (!out.schemaRefs.some((r) => r.href === href)) out.schemaRefs.push({ href, line: el.line });
      }
    }
    for (const el of d.resources) {
      if (el.uri !== NS.xbrli) continue;
      if (el.local === 'context') {
        const ctx = readContext(el, file, prefixes);
        if (out.contexts.has(ctx.id)) throw new XbrlError(file, `ix:resources/context[@id="${ctx.id}"] (line ${el.line})`, 'a second context with this id in the document set');
        out.contexts.set(ctx.id, ctx);
      } else if (el.local === 'unit') {
        const { unit, currency } = readUnit(el, file);
        if (currency) out.currencyUnits.add(unit.id);
        if (out.units.has(unit.id)) throw new XbrlError(file, `ix:resources/unit[@id="${unit.id}"] (line ${el.line})`, 'a second unit with this id in the document set');
        out.units.set(unit.id, unit);
      }
    }
  }

  const continuations = new Map<string, { doc: InlineDocument; c: ContinuationOf<InlineDocument> }>();
  for (const d of docs) {
    for (const [id, c] of d.continuations) {
      if (continuations.has(id)) throw new XbrlError(pathOf.get(d)!, `ix:continuation[@id="${id}"] (line ${c.location.line})`, 'a second ix:continuation with this id in the document set');
      continuations.set(id, { doc: d, c });
    }
  }
  const usedContinuations = new Set<string>();
  /** The content of a chain `continuedAt` → continuation → its `continuedAt` …, in order. */
  const chain = (start: string | null, file: string, at: string): { text: string; html: string } => {
    let text = '';
    let html = '';
    for (let id = start; id !== null; ) {
      if (usedContinuations.has(id)) throw new XbrlError(file, at, `continuedAt "${id}" is reached twice (a loop, or two facts continuing into one ix:continuation)`);
      const found = continuations.get(id);
      if (!found) throw new XbrlError(file, at, `continuedAt "${id}" names no ix:continuation in the document set`);
      usedContinuations.add(id);
      text += found.c.content.text;
      html += found.c.content.html;
      id = found.c.continuedAt;
    }
    return { text, html };
  };

  const indexById = new Map<string, number>();
  let hiddenFacts = 0;
  for (const d of docs) {
    const file = pathOf.get(d)!;
    for (const raw of d.facts) {
      const at = `ix:${raw.kind}${raw.location.elementId ? `[@id="${raw.location.elementId}"]` : ''} (line ${raw.location.line})`;
      const fact = readFact(raw, out, file, at, chain);
      const key = `{${raw.concept!.uri}}${raw.concept!.local}`;
      if (!out.factConcepts.has(key)) out.factConcepts.set(key, raw.concept!);
      if (raw.location.elementId) indexById.set(raw.location.elementId, out.facts.length);
      out.factKeys.push(key);
      out.facts.push({ ...fact, concept: prefixes.qname(raw.concept!.uri, raw.concept!.local), ...(raw.hidden ? { hidden: true } : {}) });
      out.locations.push({ ...raw.location, hidden: raw.hidden });
      if (raw.hidden) hiddenFacts++;
    }
  }

  // Footnotes, continuations of footnotes, and the relationships that attach them to facts.
  const footnoteById = new Map<string, InlineFootnote>();
  for (const d of docs) {
    const file = pathOf.get(d)!;
    for (const f of d.footnotes) {
      const at = `ix:footnote[@id="${f.id}"] (line ${f.location.line})`;
      const rest = chain(f.continuedAt, file, at);
      const note: InlineFootnote = { id: f.id, role: f.role, lang: f.lang, text: (f.content.text + rest.text).trim(), html: (f.content.html + rest.html).trim(), location: f.location, facts: [] };
      if (footnoteById.has(f.id) || indexById.has(f.id)) throw new XbrlError(file, at, `id "${f.id}" is used twice in the document set`);
      footnoteById.set(f.id, note);
      out.footnotes.push(note);
    }
  }
  let otherRelationships = 0;
  for (const d of docs) {
    const file = pathOf.get(d)!;
    const rels = [...d.relationships].sort((a, b) => a.order - b.order);
    for (const r of rels) {
      const at = `ix:relationship (line ${r.location.line})`;
      if (r.arcrole !== FACT_FOOTNOTE) {
        otherRelationships++;
        continue;
      }
      for (const to of r.toRefs) {
        const note = footnoteById.get(to);
        if (!note) throw new XbrlError(file, at, `toRefs "${to}" names no ix:footnote in the document set`);
        for (const from of r.fromRefs) {
          const i = indexById.get(from);
          if (i === undefined) throw new XbrlError(file, at, `fromRefs "${from}" names no fact in the document set`);
          if (!note.facts.includes(i)) note.facts.push(i);
        }
      }
    }
  }

  const unused = [...continuations.keys()].filter((id) => !usedContinuations.has(id));
  if (unused.length) throw new XbrlError(pathOf.get(continuations.get(unused[0])!.doc)!, `ix:continuation[@id="${unused[0]}"]`, 'no fact or footnote continues into this ix:continuation');
  if (hiddenFacts) out.notes.push(`${hiddenFacts} fact(s) in ix:hidden (tagged but not displayed)`);
  if (otherRelationships) out.notes.push(`${otherRelationships} ix:relationship(s) other than fact-footnote skipped`);
  for (const d of docs) {
    for (const [name, n] of d.skipped) out.notes.push(`${d.document}: ${n} ${name} element(s) not read`);
    if (d.targeted) out.notes.push(`${d.document}: ${d.targeted} fact(s) for another target document skipped`);
  }
  return out;
}

type ContinuationOf<D extends InlineDocument> = D['continuations'] extends Map<string, infer V> ? V : never;
type Chain = (start: string | null, file: string, at: string) => { text: string; html: string };

/** One fact's value, unit and decimals, as Inline XBRL 1.1 (section 11 and 12) defines them. */
function readFact(raw: RawFact, out: InlineContent, file: string, at: string, chain: Chain): Omit<XbrlFact, 'concept'> {
  const a = raw.attrs;
  const contextRef = a.contextRef;
  const context = contextRef === undefined ? undefined : out.contexts.get(contextRef);
  if (!context) throw new XbrlError(file, at, contextRef === undefined ? 'a fact without a contextRef' : `contextRef "${contextRef}" names no context in the document set`);
  const place = { elementId: raw.location.elementId, line: raw.location.line, document: raw.location.document };
  const transform = (text: string): string => {
    if (!raw.format) return text;
    const rule = transformation(raw.format.uri, raw.format.local);
    if (!rule) throw new XbrlError(file, at, `format "${raw.format.written}" is no transformation of the registries EDGAR accepts (ixt 1 to 5, ixt-sec)`);
    try {
      return rule(text);
    } catch (e) {
      if (e instanceof TransformError) throw new XbrlError(file, at, `format ${raw.format.written}: ${e.message}`);
      throw e;
    }
  };

  if (raw.kind === 'nonNumeric') {
    if (a.continuedAt !== undefined && isNil(a)) throw new XbrlError(file, at, 'a nil fact cannot continue');
    if (isNil(a)) return { context, unit: null, value: null, decimals: null, ...place };
    const rest = chain(a.continuedAt ?? null, file, at);
    const escape = a.escape === 'true' || a.escape === '1';
    const content = escape ? raw.content.html + rest.html : raw.content.text + rest.text;
    return { context, unit: null, value: transform(content).trim(), decimals: null, ...place };
  }

  const unitRef = a.unitRef;
  const unit: XbrlUnit | undefined = unitRef === undefined ? undefined : out.units.get(unitRef);
  if (!unit) throw new XbrlError(file, at, unitRef === undefined ? 'ix:nonFraction without a unitRef' : `unitRef "${unitRef}" names no unit in the document set`);
  if (isNil(a)) return { context, unit, value: null, decimals: null, ...place };
  let decimals: XbrlFact['decimals'] = null;
  if (a.decimals !== undefined) {
    const t = a.decimals.trim();
    if (t === 'INF') decimals = 'INF';
    else if (/^[+-]?\d+$/.test(t)) decimals = Number(t);
    else throw new XbrlError(file, at, `decimals "${a.decimals}" is neither INF nor an integer`);
  } else if (a.precision?.trim() === 'INF') {
    decimals = 'INF';
  } else if (a.precision === undefined) {
    throw new XbrlError(file, at, 'ix:nonFraction with neither decimals nor precision');
  }
  // The displayed text: whitespace around it is not part of the number.
  const shown = raw.content.text.replace(/^[\s\u00A0]+|[\s\u00A0]+$/g, '');
  const lexical = transform(shown);
  if (/^(-?INF|NaN)$/.test(lexical)) return { context, unit, value: lexical, decimals, ...place };
  if (!DECIMAL.test(lexical)) {
    throw new XbrlError(file, at, raw.format ? `format ${raw.format.written} gave "${lexical.slice(0, 40)}", not a number` : `"${shown.slice(0, 40)}" is not a number and no format says how to read it`);
  }
  let scale = 0;
  if (a.scale !== undefined) {
    if (!/^[+-]?\d+$/.test(a.scale.trim())) throw new XbrlError(file, at, `scale "${a.scale}" is not an integer`);
    scale = Number(a.scale);
  }
  const negative = a.sign === '-';
  if (a.sign !== undefined && !negative) throw new XbrlError(file, at, `sign "${a.sign}" is not "-"`);
  const value = scaled(lexical, scale, negative);
  return { context, unit, value, decimals, ...place };
}

/**
 * The displayed number times ten to the `scale`, negated under sign="-", exactly (bigint
 * digits, no floats). Its lexical form is the one the SEC's extraction (Arelle) writes:
 * decimal arithmetic keeps the displayed fraction digits and a negative scale adds its own
 * ("10" at scale -2 is "0.10"); a whole result drops its zero fraction unless the displayed
 * text has ".0" ("13.6" at scale 9 is "13600000000", "6.0" is "6000000000.0"). Every form
 * is the same number; only the lexical form follows the extraction's.
 */
export function scaled(lexical: string, scale: number, negative: boolean): string {
  const [whole, fraction = ''] = lexical.split('.');
  let digits = BigInt((whole || '0') + fraction);
  let places = fraction.length;
  if (scale >= 0) digits *= 10n ** BigInt(scale);
  else places -= scale;
  let s = digits.toString();
  if (places > 0) {
    s = s.padStart(places + 1, '0');
    const [w, f] = [s.slice(0, -places), s.slice(-places)];
    s = /^0+$/.test(f) && !lexical.includes('.0') ? w : `${w}.${f}`;
  }
  return negative ? `-${s}` : s;
}
