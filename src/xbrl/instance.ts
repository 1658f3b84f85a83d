import type { XbrlContext, XbrlDimension, XbrlFact, XbrlPeriod, XbrlUnit } from './xbrl-filing.js';
import { XbrlError } from './errors.js';
import { childOf, NS, resolveQName, textContent, type XmlElement } from './xml.js';
import { isIso4217, type Prefixes } from './names.js';

/** What the instance document holds, before the schema and linkbases are read. */
export interface InstanceContent {
  schemaRefs: Array<{ href: string; line: number }>;
  contexts: Map<string, XbrlContext>;
  units: Map<string, XbrlUnit>;
  facts: XbrlFact[];
  /** Concept key (`{uri}local`) → its QName, for every concept a fact uses. */
  factConcepts: Map<string, { uri: string; local: string }>;
  /** Fact index → concept key, parallel to `facts`. */
  factKeys: string[];
  /** Ids of the units whose numerator is one ISO 4217 currency (`USD`, `USD/shares`). */
  currencyUnits: Set<string>;
  notes: string[];
}

/** A decimal or float lexical form, including xsd:float/double's INF, -INF and NaN. */
const NUMBER = /^(?:[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|[+-]?INF|NaN)$/;
const XSI_NIL = `{${NS.xsi}}nil`;

export function readInstance(root: XmlElement, file: string, prefixes: Prefixes): InstanceContent {
  if (root.uri !== NS.xbrli || root.local !== 'xbrl') {
    throw new XbrlError(file, `${root.name} (line ${root.line})`, `root element is not an XBRL instance (xbrli:xbrl in ${NS.xbrli})`);
  }
  prefixes.declare(root.ns);
  const out: InstanceContent = { schemaRefs: [], contexts: new Map(), units: new Map(), facts: [], factConcepts: new Map(), factKeys: [], currencyUnits: new Set(), notes: [] };
  const factElements: XmlElement[] = [];
  let footnoteLinks = 0;
  for (const el of root.children) {
    if (el.uri === NS.link) {
      if (el.local === 'schemaRef') out.schemaRefs.push({ href: el.attrs[`{${NS.xlink}}href`] ?? '', line: el.line });
      else if (el.local === 'footnoteLink') footnoteLinks++;
      // roleRef, arcroleRef, linkbaseRef: nothing the reader needs.
    } else if (el.uri === NS.xbrli) {
      if (el.local === 'context') {
        const ctx = readContext(el, file, prefixes);
        if (out.contexts.has(ctx.id)) throw new XbrlError(file, `xbrl/context[@id="${ctx.id}"] (line ${el.line})`, 'a second context with this id');
        out.contexts.set(ctx.id, ctx);
      } else if (el.local === 'unit') {
        const { unit, currency } = readUnit(el, file);
        if (currency) out.currencyUnits.add(unit.id);
        if (out.units.has(unit.id)) throw new XbrlError(file, `xbrl/unit[@id="${unit.id}"] (line ${el.line})`, 'a second unit with this id');
        out.units.set(unit.id, unit);
      }
    } else {
      factElements.push(el);
    }
  }
  if (footnoteLinks) out.notes.push(`${footnoteLinks} footnote link(s) skipped`);
  // Contexts and units may follow the facts that use them: facts are read once all are known.
  let tuples = 0;
  let precisionFacts = 0;
  const visit = (el: XmlElement) => {
    const contextRef = el.attrs.contextRef;
    if (contextRef === undefined) {
      // A tuple (no context): its items are facts of their own.
      tuples++;
      for (const c of el.children) visit(c);
      return;
    }
    const context = out.contexts.get(contextRef);
    if (!context) throw new XbrlError(file, factWhere(el), `contextRef "${contextRef}" names no context in the instance`);
    const unitRef = el.attrs.unitRef;
    let unit: XbrlUnit | null = null;
    if (unitRef !== undefined) {
      unit = out.units.get(unitRef) ?? null;
      if (!unit) throw new XbrlError(file, factWhere(el), `unitRef "${unitRef}" names no unit in the instance`);
    }
    const nil = el.attrs[XSI_NIL] === 'true' || el.attrs[XSI_NIL] === '1';
    const value = nil ? null : (el.children.length ? textContent(el) : el.text).trim();
    let decimals: XbrlFact['decimals'] = null;
    if (unit) {
      const d = el.attrs.decimals;
      const p = el.attrs.precision;
      if (d !== undefined) {
        const t = d.trim();
        if (t === 'INF') decimals = 'INF';
        else if (/^[+-]?\d+$/.test(t)) decimals = Number(t);
        else throw new XbrlError(file, factWhere(el), `decimals "${d}" is neither INF nor an integer`);
      } else if (p !== undefined) {
        if (p.trim() === 'INF') decimals = 'INF';
        else precisionFacts++;
      }
      if (value !== null && !NUMBER.test(value)) throw new XbrlError(file, factWhere(el), `numeric fact (it has a unit) with value "${value.slice(0, 40)}", not a number`);
    }
    const key = `{${el.uri}}${el.local}`;
    if (!out.factConcepts.has(key)) out.factConcepts.set(key, { uri: el.uri, local: el.local });
    out.factKeys.push(key);
    out.facts.push({
      concept: prefixes.qname(el.uri, el.local),
      context,
      unit,
      value,
      decimals,
      elementId: el.attrs.id ?? null,
      line: el.line,
    });
  };
  for (const el of factElements) visit(el);
  if (tuples) out.notes.push(`${tuples} tuple(s): their items are read as facts, the tuple grouping is not kept`);
  if (precisionFacts) out.notes.push(`${precisionFacts} fact(s) give a finite precision instead of decimals: their decimals are null`);
  return out;
}

export function readContext(el: XmlElement, file: string, prefixes: Prefixes): XbrlContext {
  const id = el.attrs.id;
  const path = (sub: string, at: XmlElement) => `xbrl/context[@id="${id ?? ''}"]${sub} (line ${at.line})`;
  if (!id) throw new XbrlError(file, `xbrl/context (line ${el.line})`, 'context without an id');
  const entity = childOf(el, NS.xbrli, 'entity');
  if (!entity) throw new XbrlError(file, path('', el), 'context without an entity');
  const identifier = childOf(entity, NS.xbrli, 'identifier');
  if (!identifier) throw new XbrlError(file, path('/entity', entity), 'entity without an identifier');
  const periodEl = childOf(el, NS.xbrli, 'period');
  if (!periodEl) throw new XbrlError(file, path('', el), 'context without a period');
  const period = readPeriod(periodEl, file, (sub) => path(`/period${sub}`, periodEl));
  const dimensions: XbrlDimension[] = [];
  const segment = childOf(entity, NS.xbrli, 'segment');
  const scenario = childOf(el, NS.xbrli, 'scenario');
  for (const [holder, name] of [[segment, 'entity/segment'], [scenario, 'scenario']] as const) {
    if (!holder) continue;
    for (const m of holder.children) {
      if (m.uri !== NS.xbrldi) continue; // non-dimensional segment content is not modelled
      const dimAttr = m.attrs.dimension;
      const where = path(`/${name}/${m.name}`, m);
      const axis = dimAttr ? resolveQName(m, dimAttr) : null;
      if (!axis) throw new XbrlError(file, where, `dimension "${dimAttr ?? ''}" is missing or its prefix is not declared`);
      const axisName = prefixes.qname(axis.uri, axis.local);
      if (m.local === 'explicitMember') {
        const member = resolveQName(m, m.text);
        if (!member || !member.local) throw new XbrlError(file, where, `member "${m.text.trim()}" is missing or its prefix is not declared`);
        dimensions.push({ kind: 'explicit', axis: axisName, member: prefixes.qname(member.uri, member.local) });
      } else if (m.local === 'typedMember') {
        const content = m.children[0];
        dimensions.push({ kind: 'typed', axis: axisName, value: content ? textContent(content).trim() : '' });
      }
    }
  }
  dimensions.sort((a, b) => (a.axis < b.axis ? -1 : a.axis > b.axis ? 1 : 0));
  return { id, entity: { scheme: identifier.attrs.scheme ?? '', identifier: identifier.text.trim() }, period, dimensions };
}

function readPeriod(el: XmlElement, file: string, path: (sub: string) => string): XbrlPeriod {
  const instant = childOf(el, NS.xbrli, 'instant');
  if (instant) return { kind: 'instant', date: endDate(instant.text, file, path('/instant')) };
  const start = childOf(el, NS.xbrli, 'startDate');
  const end = childOf(el, NS.xbrli, 'endDate');
  if (start && end) {
    const period = { kind: 'duration' as const, startDate: startDate(start.text, file, path('/startDate')), endDate: endDate(end.text, file, path('/endDate')) };
    // A duration may be empty (an end written as midnight of its start day), never negative.
    if (period.endDate < dayBeforeIso(period.startDate)) throw new XbrlError(file, path(''), `period ends (${period.endDate}) before it starts (${period.startDate})`);
    return period;
  }
  if (childOf(el, NS.xbrli, 'forever')) return { kind: 'forever' };
  throw new XbrlError(file, path(''), 'period has neither an instant, a startDate and endDate, nor forever');
}

const DATE = /^(\d{4}-\d{2}-\d{2})(T(\d{2}):(\d{2}):(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Whether `yyyy-mm-dd` is a day of the calendar (2023-02-29 and 2023-13-45 are not). */
function isCalendarDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function dayBeforeIso(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The date part of an xs:date or xs:dateTime, refused when it is no day of the calendar. */
function calendarDate(text: string, file: string, where: string): RegExpExecArray {
  const m = DATE.exec(text.trim());
  if (!m) throw new XbrlError(file, where, `"${text.trim()}" is not a date`);
  if (!isCalendarDate(m[1])) throw new XbrlError(file, where, `"${text.trim()}" is not a day of the calendar`);
  return m;
}

function startDate(text: string, file: string, where: string): string {
  return calendarDate(text, file, where)[1];
}

/**
 * An end date or instant written as a date means the end of that day; written as a
 * dateTime at midnight, it means the end of the day before (XBRL 2.1, 4.7.2).
 */
function endDate(text: string, file: string, where: string): string {
  const m = calendarDate(text, file, where);
  if (m[2] && m[3] === '00' && m[4] === '00' && m[5] === '00' && !m[6]) return dayBeforeIso(m[1]);
  return m[1];
}

export function readUnit(el: XmlElement, file: string): { unit: XbrlUnit; currency: boolean } {
  const id = el.attrs.id;
  if (!id) throw new XbrlError(file, `xbrl/unit (line ${el.line})`, 'unit without an id');
  const where = (sub: string, at: XmlElement) => `xbrl/unit[@id="${id}"]${sub} (line ${at.line})`;
  let currencies = 0;
  const measures = (holder: XmlElement, sub: string, counted: boolean): string[] => {
    const out: string[] = [];
    for (const m of holder.children) {
      if (m.uri !== NS.xbrli || m.local !== 'measure') continue;
      const q = resolveQName(m, m.text);
      if (!q || !q.local) throw new XbrlError(file, where(`${sub}/measure`, m), `measure "${m.text.trim()}" is empty or its prefix is not declared`);
      if (counted && isIso4217(q.uri)) currencies++;
      out.push(q.local);
    }
    return out.sort();
  };
  let numerator: string[];
  let denominator: string[] = [];
  const divide = childOf(el, NS.xbrli, 'divide');
  if (divide) {
    const num = childOf(divide, NS.xbrli, 'unitNumerator');
    const den = childOf(divide, NS.xbrli, 'unitDenominator');
    if (!num || !den) throw new XbrlError(file, where('/divide', divide), 'divide without a unitNumerator and a unitDenominator');
    numerator = measures(num, '/divide/unitNumerator', true);
    denominator = measures(den, '/divide/unitDenominator', false);
    if (!numerator.length || !denominator.length) throw new XbrlError(file, where('/divide', divide), 'divide with an empty numerator or denominator');
  } else {
    numerator = measures(el, '', true);
    if (!numerator.length) throw new XbrlError(file, where('', el), 'unit without a measure');
  }
  const name = numerator.join('*') + (denominator.length ? `/${denominator.join('*')}` : '');
  const currency = currencies === 1 && numerator.length === 1;
  return { unit: { id, numerator, denominator, name }, currency };
}


function factWhere(el: XmlElement): string {
  return `${el.name}${el.attrs.id ? `[@id="${el.attrs.id}"]` : ''} (line ${el.line})`;
}
