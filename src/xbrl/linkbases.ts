import { dirname, resolve } from 'node:path';
import { XbrlError } from './errors.js';
import { readSchema, type Dts } from './dts.js';
import type { Prefixes } from './names.js';
import { href, NS, xlinkAttr, type XmlElement } from './xml.js';

/** A concept as the linkbases name it: namespace URI and local name. */
export interface ConceptRef {
  uri: string;
  local: string;
}

export interface Relationship {
  role: string;
  arcrole: string;
  from: string;
  to: string;
  order: number;
  /** Arc attributes the reader uses (`preferredLabel`, `weight`). */
  preferredLabel: string | null;
  weight: string | null;
  /** Document order, to break ties in `order`. */
  seq: number;
}

export interface LinkbaseContent {
  /** Concept key (`{uri}local`) → label role (last URI segment) → English text. */
  labels: Map<string, Record<string, string>>;
  presentation: Relationship[];
  calculation: Relationship[];
  definition: Relationship[];
  /** Every concept a locator points at. */
  concepts: Map<string, ConceptRef>;
  notes: string[];
}

const LABEL = xlinkAttr('label');
const ROLE = xlinkAttr('role');
const ARCROLE = xlinkAttr('arcrole');
const FROM = xlinkAttr('from');
const TO = xlinkAttr('to');
const TYPE = xlinkAttr('type');
const XML_LANG = `{${NS.xml}}lang`;

const lastSegment = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

/** Reads every extended link of every linkbase reached, identified by its element (content), not its file name. */
export function readLinkbases(dts: Dts, prefixes: Prefixes): LinkbaseContent {
  const out: LinkbaseContent = { labels: new Map(), presentation: [], calculation: [], definition: [], concepts: new Map(), notes: [] };
  const resolver = new LocResolver(dts, prefixes);
  const raw: Array<Relationship & { kind: string; priority: number; prohibited: boolean }> = [];
  let seq = 0;
  let prohibitedLabelArcs = 0;
  let nonEnglish = 0;
  for (const { file, root } of dts.linkbases) {
    for (const link of root.children) {
      if (link.uri !== NS.link || link.attrs[TYPE] !== 'extended') continue;
      const kind = link.local;
      if (kind !== 'presentationLink' && kind !== 'calculationLink' && kind !== 'definitionLink' && kind !== 'labelLink') continue;
      const role = link.attrs[ROLE] ?? '';
      // xlink:label → concept keys (locators) or label resources.
      const locs = new Map<string, string[]>();
      const resources = new Map<string, XmlElement[]>();
      for (const el of link.children) {
        const type = el.attrs[TYPE];
        const label = el.attrs[LABEL];
        if (label === undefined) continue;
        if (type === 'locator') {
          const ref = resolver.resolve(href(el) ?? '', file, el);
          const key = `{${ref.uri}}${ref.local}`;
          if (!out.concepts.has(key)) out.concepts.set(key, ref);
          const list = locs.get(label);
          if (list) list.push(key);
          else locs.set(label, [key]);
        } else if (type === 'resource') {
          const list = resources.get(label);
          if (list) list.push(el);
          else resources.set(label, [el]);
        }
      }
      for (const arc of link.children) {
        if (arc.attrs[TYPE] !== 'arc') continue;
        const fromKeys = locs.get(arc.attrs[FROM] ?? '');
        const to = arc.attrs[TO] ?? '';
        if (!fromKeys) {
          throw new XbrlError(file, `${link.name}[@xlink:role="${role}"]/${arc.name} (line ${arc.line})`, `xlink:from "${arc.attrs[FROM] ?? ''}" names no locator in its link`);
        }
        const prohibited = arc.attrs.use === 'prohibited';
        if (kind === 'labelLink') {
          if (prohibited) {
            prohibitedLabelArcs++;
            continue;
          }
          const labels = resources.get(to);
          if (!labels) throw new XbrlError(file, `${link.name}/${arc.name} (line ${arc.line})`, `xlink:to "${to}" names no label in its link`);
          for (const key of fromKeys) {
            let byRole = out.labels.get(key);
            if (!byRole) out.labels.set(key, (byRole = {}));
            for (const lab of labels) {
              const lang = lab.attrs[XML_LANG] ?? link.attrs[XML_LANG] ?? root.attrs[XML_LANG] ?? '';
              if (!/^en(-|$)/i.test(lang)) {
                nonEnglish++;
                continue;
              }
              const r = lastSegment(lab.attrs[ROLE] ?? 'http://www.xbrl.org/2003/role/label');
              if (byRole[r] === undefined) byRole[r] = lab.text.trim();
            }
          }
          continue;
        }
        const toKeys = locs.get(to);
        if (!toKeys) throw new XbrlError(file, `${link.name}[@xlink:role="${role}"]/${arc.name} (line ${arc.line})`, `xlink:to "${to}" names no locator in its link`);
        const order = arc.attrs.order !== undefined ? Number(arc.attrs.order) : 1;
        const priority = arc.attrs.priority !== undefined ? Number(arc.attrs.priority) : 0;
        const arcrole = arc.attrs[ARCROLE] ?? '';
        const weight = arc.attrs.weight;
        if (kind === 'calculationLink' && !prohibited && (weight === undefined || !/^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(weight))) {
          throw new XbrlError(file, `${link.name}[@xlink:role="${role}"]/${arc.name} (line ${arc.line})`, `weight "${weight ?? ''}" is missing or not a decimal number`);
        }
        for (const from of fromKeys) {
          for (const toKey of toKeys) {
            raw.push({
              kind,
              role,
              arcrole,
              from,
              to: toKey,
              order: Number.isFinite(order) ? order : 1,
              priority: Number.isFinite(priority) ? priority : 0,
              prohibited,
              preferredLabel: arc.attrs.preferredLabel ?? null,
              weight: weight?.trim() ?? null,
              seq: seq++,
            });
          }
        }
      }
    }
  }
  // Overriding and prohibition (XBRL 2.1, 3.5.3.9): of equivalent arcs (same link kind,
  // role, arcrole, from, to and non-exempt attributes: order, preferredLabel, weight) the
  // highest priority wins; a prohibiting arc there removes the relationship. Two arcs to one
  // concept that differ in order or preferred label (a roll-forward's beginning and ending
  // balance) are two relationships, so two rows.
  const best = new Map<string, (typeof raw)[number]>();
  let prohibitedArcs = 0;
  for (const r of raw) {
    if (r.prohibited) prohibitedArcs++;
    const key = `${r.kind}\u0000${r.role}\u0000${r.arcrole}\u0000${r.from}\u0000${r.to}\u0000${r.order}\u0000${r.preferredLabel ?? ''}\u0000${r.weight === null ? '' : Number(r.weight)}`;
    const prev = best.get(key);
    if (!prev || r.priority > prev.priority || (r.priority === prev.priority && r.prohibited && !prev.prohibited)) best.set(key, r);
  }
  for (const r of best.values()) {
    if (r.prohibited) continue;
    const { kind, priority: _p, prohibited: _u, ...rel } = r;
    if (kind === 'presentationLink') out.presentation.push(rel);
    else if (kind === 'calculationLink') out.calculation.push(rel);
    else out.definition.push(rel);
  }
  for (const list of [out.presentation, out.calculation, out.definition]) list.sort((a, b) => a.seq - b.seq);
  if (prohibitedArcs) out.notes.push(`${prohibitedArcs} prohibiting arc(s) applied`);
  if (prohibitedLabelArcs) out.notes.push(`${prohibitedLabelArcs} prohibited label arc(s) ignored (their labels are not used)`);
  if (nonEnglish) out.notes.push(`${nonEnglish} non-English label(s) skipped`);
  return out;
}

/**
 * Resolves a locator's href (`aapl-20230930.xsd#aapl_Foo`,
 * `https://xbrl.fasb.org/us-gaap/2023/elts/us-gaap-2023.xsd#us-gaap_Revenues`) to a concept.
 * Local schemas are read and their element ids looked up; for the standard taxonomies,
 * which are not at hand, the namespace comes from the company schema's import of that
 * location (or the id's prefix as declared in the filing) and the local name from the id,
 * whose convention is `<prefix>_<LocalName>`.
 */
class LocResolver {
  private readonly cache = new Map<string, ConceptRef>();
  private readonly uriByPrefix = new Map<string, string>();

  constructor(
    private readonly dts: Dts,
    private readonly prefixes: Prefixes,
  ) {}

  resolve(h: string, file: string, el: XmlElement): ConceptRef {
    const base = dirname(file);
    const cacheKey = `${base}\u0000${h}`;
    const hit = this.cache.get(cacheKey);
    if (hit) return hit;
    const where = `${el.name}[@xlink:label="${el.attrs[LABEL] ?? ''}"] (line ${el.line})`;
    const hash = h.indexOf('#');
    if (hash < 0) throw new XbrlError(file, where, `locator href "${h}" has no #fragment naming an element`);
    const doc = h.slice(0, hash);
    const id = h.slice(hash + 1);
    if (id.startsWith('element(')) throw new XbrlError(file, where, `locator href "${h}" uses an XPointer, which the reader does not support`);
    let ref: ConceptRef | undefined;
    if (/^[a-z][a-z0-9+.-]*:/i.test(doc)) {
      const us = id.indexOf('_');
      const local = us < 0 ? id : id.slice(us + 1);
      const uri = this.dts.importLocations.get(doc) ?? this.dts.importLocations.get(doc.replace(/^https:/, 'http:')) ?? this.dts.importLocations.get(doc.replace(/^http:/, 'https:')) ?? this.byPrefix(us < 0 ? '' : id.slice(0, us), el);
      if (!uri) throw new XbrlError(file, where, `locator href "${h}": the schema at ${doc} is not imported by the company schema and the prefix in "${id}" is not declared`);
      ref = { uri, local };
    } else {
      const path = doc ? resolve(base, doc) : file;
      let schema = this.dts.schemas.get(path);
      if (!schema) {
        if (!/\.xsd$/i.test(path)) throw new XbrlError(file, where, `locator href "${h}" points into ${path}, which is not a schema`);
        try {
          schema = readSchema(path, this.dts, this.prefixes);
        } catch (e) {
          if (e instanceof XbrlError && e.file === path && /cannot be read/.test(e.reason)) throw new XbrlError(file, where, `locator href "${h}" names ${path}, which is not there`);
          throw e;
        }
      }
      const decl = schema.byId.get(id);
      if (!decl) throw new XbrlError(file, where, `locator href "${h}": ${path} declares no element with id "${id}"`);
      ref = { uri: decl.uri, local: decl.local };
    }
    this.cache.set(cacheKey, ref);
    return ref;
  }

  private byPrefix(prefix: string, el: XmlElement): string | undefined {
    if (!prefix) return undefined;
    const inScope = el.ns[prefix];
    if (inScope) return inScope;
    if (this.uriByPrefix.size === 0) {
      for (const s of this.dts.schemas.values()) if (s.targetNamespace) this.uriByPrefix.set(this.prefixes.prefixOf(s.targetNamespace), s.targetNamespace);
      for (const uri of this.dts.importLocations.values()) this.uriByPrefix.set(this.prefixes.prefixOf(uri), uri);
    }
    return this.uriByPrefix.get(prefix) ?? this.prefixes.declaredUri(prefix);
  }
}
