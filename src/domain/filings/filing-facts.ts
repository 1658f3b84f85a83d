import { sep } from 'node:path';
import { isNotFinite } from '../../xbrl/decimal.js';
import type { XbrlConcept, XbrlContext, XbrlFact, XbrlFiling, XbrlUnit } from '../../xbrl/xbrl-filing.js';
import { D } from '../decimal.js';
import { NO_DIMENSIONS } from '../dimensions.js';
import { addLineItem, companyPeriod, conceptFor } from '../entities.js';
import type { Graph } from '../graph.js';
import { setConceptDefinition } from '../concept-definition.js';
import { packText } from '../packed-text.js';
import type { Company, Concept, ConceptLabel, Dimension, Disclosure, Fact, LabelRole, LineItem, Measure, Period, Statement, TextFact } from '../model.js';

/** What the tables and checks of a filing need from its facts. */
export interface BuiltFacts {
  /** The graph fact of each numeric element; a consistent duplicate maps to the one fact kept for it. */
  factOf: Map<XbrlFact, Fact>;
  /** The filing's facts by concept name, in document order. */
  byConcept: Map<string, Fact[]>;
  /** Axes and explicit members any context of the filing uses. */
  axes: Set<string>;
  members: Set<string>;
  /** The filing's labels of each concept, by role name (the rows print these). */
  labels: Map<string, Record<string, string>>;
  /** Concepts the filing declares (or names) abstract: headings, never values. */
  abstracts: Set<string>;
  /** Concepts with a fact in a context without dimensions, nil included (SEC prints their row, empty when nil). */
  reported: Set<string>;
  /** The filing's text facts by concept name, in document order. */
  textFacts: Map<string, TextFact[]>;
}

const ROLES: Record<string, LabelRole> = {
  label: 'STANDARD',
  terse: 'TERSE',
  verbose: 'VERBOSE',
  total: 'TOTAL',
  net: 'NET',
  negated: 'NEGATED',
  negatedTerse: 'NEGATED_TERSE',
  negatedTotal: 'NEGATED_TOTAL',
  negatedNet: 'NEGATED_NET',
  periodStart: 'PERIOD_START',
  periodEnd: 'PERIOD_END',
  negatedPeriodStart: 'NEGATED_PERIOD_START',
  negatedPeriodEnd: 'NEGATED_PERIOD_END',
  documentation: 'DOCUMENTATION',
};

/**
 * The role of a label by its role URI's last segment: the 2003 and 2009 roles
 * (`negatedTerseLabel`, `negatedNetLabel`) and the legacy `http://xbrl.us/us-gaap/role/label/…`
 * ones (`negated`, `negatedTotal`), which have no `Label` suffix.
 */
export function labelRole(roleName: string): LabelRole {
  return ROLES[roleName === 'label' ? roleName : roleName.replace(/Label$/, '')] ?? 'OTHER';
}

/** Whether a row under this label role prints its values with the sign flipped (every negated role, legacy ones included). */
export function isNegatedRole(roleName: string | null): boolean {
  return roleName !== null && /^negated/i.test(roleName);
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * Adds the filing's concepts, line items and numeric facts. Non-numeric facts (text blocks,
 * cover text, dates) are not facts of the graph: `Fact.value` is a decimal; the cover's are
 * read into the company and disclosure. Nil facts, facts of a `forever` period and a float's
 * INF, -INF or NaN are skipped. Of duplicates (same concept, context and unit) that agree,
 * the most precise is kept; duplicates that disagree are all kept, and the checks report them.
 */
export function buildFilingFacts(graph: Graph, disclosure: Disclosure, filing: XbrlFiling): BuiltFacts {
  const company = disclosure.company;
  const built: BuiltFacts = { factOf: new Map(), byConcept: new Map(), axes: new Set(), members: new Set(), labels: new Map(), abstracts: new Set(), reported: new Set(), textFacts: new Map() };
  for (const [name, concept] of filing.concepts) {
    built.labels.set(name, concept.labels);
    if (concept.abstract) built.abstracts.add(name);
    updateConcept(graph, company, disclosure, concept, filing.definitions);
  }

  const instance = disclosure.source.path;
  // An Inline XBRL fact's document, relative to the filings folder: one string per document.
  const documents = new Map<string, string>();
  const folder = instance.includes('/') ? instance.slice(0, instance.lastIndexOf('/') + 1) : '';
  const documentPath = (name: string) => {
    let p = documents.get(name);
    if (p === undefined) documents.set(name, (p = folder + name.split(sep).join('/')));
    return p;
  };
  const keptFor = new Map<XbrlFact, XbrlFact>();
  for (const duplicate of filing.duplicates) {
    if (!duplicate.consistent) continue;
    const best = duplicate.facts.reduce((a, b) => (precision(b) > precision(a) ? b : a));
    for (const f of duplicate.facts) keptFor.set(f, best);
  }
  const dimensionsOf = new Map<XbrlContext, readonly Dimension[]>();
  const statementOf = firstStatements(filing);

  filing.facts.forEach((x, i) => {
    if (x.context.dimensions.length === 0) built.reported.add(x.concept);
    if (!x.unit && x.value !== null) addTextFact(graph, disclosure, filing, x, built, dimensionsOf, x.document ? documentPath(x.document) : instance, x.document ? documentPath(x.document) : null);
    if (!x.unit || x.value === null) return;
    for (const d of x.context.dimensions) {
      built.axes.add(d.axis);
      if (d.kind === 'explicit') built.members.add(d.member);
    }
    const kept = keptFor.get(x);
    if (kept && kept !== x) return; // mapped below, once the kept fact exists
    if (x.context.period.kind === 'forever') return;
    const value = decimalValue(x.value);
    if (value === null) return; // a float's INF, -INF or NaN: no decimal to serve, not a fact
    const concept = conceptNamed(graph, company, x.concept);
    const lineItem = lineItemOf(graph, concept, statementOf.get(x.concept) ?? 'OTHER', x.unit);
    const period: Period =
      x.context.period.kind === 'instant'
        ? companyPeriod(graph, company, null, x.context.period.date)
        : companyPeriod(graph, company, x.context.period.startDate, x.context.period.endDate);
    let dimensions = dimensionsOf.get(x.context);
    if (!dimensions) dimensionsOf.set(x.context, (dimensions = toDimensions(x.context)));
    const fact = addFiledFact(graph, {
      id: `${disclosure.id}/${i}`,
      lineItem,
      concept,
      period,
      dimensions,
      unit: x.unit.name,
      value,
      // INF is exact; null on a numeric fact is an old filing's finite `precision`: unknown (NaN).
      decimals: x.decimals === 'INF' ? Infinity : x.decimals === null ? NaN : x.decimals,
      disclosure,
      source: { kind: 'XBRL_ELEMENT', disclosure, instance: x.document ? documentPath(x.document) : instance, document: x.document ? documentPath(x.document) : null, hidden: x.hidden === true, elementId: x.elementId, line: x.line, contextRef: x.context.id, unitRef: x.unit.id },
    });
    built.factOf.set(x, fact);
    const list = built.byConcept.get(x.concept);
    if (list) list.push(fact);
    else built.byConcept.set(x.concept, [fact]);
  });
  for (const [x, kept] of keptFor) if (x !== kept && built.factOf.has(kept)) built.factOf.set(x, built.factOf.get(kept)!);
  return built;
}

/**
 * A non-numeric fact (a text block, a cover's text, a date) as a text fact of the graph, on
 * its concept and disclosure: a note's text block is what a figure's trace leads to.
 */
function addTextFact(graph: Graph, disclosure: Disclosure, filing: XbrlFiling, x: XbrlFact, built: BuiltFacts, dimensionsOf: Map<XbrlContext, readonly Dimension[]>, instance: string, document: string | null): void {
  const company = disclosure.company;
  const concept = conceptNamed(graph, company, x.concept);
  const p = x.context.period;
  const period = p.kind === 'instant' ? companyPeriod(graph, company, null, p.date) : p.kind === 'duration' ? companyPeriod(graph, company, p.startDate, p.endDate) : null;
  let dimensions = dimensionsOf.get(x.context);
  if (!dimensions) dimensionsOf.set(x.context, (dimensions = toDimensions(x.context)));
  const dataType = filing.concepts.get(x.concept)?.dataType ?? '';
  const fact: TextFact = graph.add({
    type: 'TextFact',
    id: `${disclosure.id}/text/${disclosure.textFacts.length + 1}`,
    concept,
    disclosure,
    period,
    dimensions,
    value: packText(x.value!),
    isTextBlock: /TextBlock$/.test(x.concept) || /textBlockItemType$/.test(dataType),
    source: { kind: 'XBRL_ELEMENT', disclosure, instance, document, hidden: x.hidden === true, elementId: x.elementId, line: x.line, contextRef: x.context.id, unitRef: null },
  });
  disclosure.textFacts.push(fact);
  concept.textFacts.push(fact);
  const list = built.textFacts.get(x.concept);
  if (list) list.push(fact);
  else built.textFacts.set(x.concept, [fact]);
}

/**
 * The value as a plain decimal string: as filed when it is one, otherwise normalised ("+5",
 * ".5", "1E3"). A float's `INF`, `-INF` or `NaN` gives null: `Fact.value` is a `Decimal` and
 * these have no decimal form, so such a fact is not stored in the graph at all (the reader's
 * calculation checks report the summations it takes part in as not evaluated).
 */
function decimalValue(text: string): string | null {
  if (DECIMAL.test(text)) return text;
  if (isNotFinite(text)) return null;
  return new D(text).toFixed(); // the reader accepts only decimal and float lexical forms
}

/** The company's concept of that name; one the filing does not describe is created bare (name only). */
export function conceptNamed(graph: Graph, company: Company, name: string): Concept {
  return graph.concept(company, name) ?? conceptFor(graph, company, name, () => ({ label: name, labels: [], periodType: null, balance: null, dataType: null, isAbstract: false, usGaapName: null }));
}

function precision(fact: XbrlFact): number {
  return fact.decimals === 'INF' ? Infinity : fact.decimals === null ? -Infinity : fact.decimals;
}

function toDimensions(context: XbrlContext): readonly Dimension[] {
  if (context.dimensions.length === 0) return NO_DIMENSIONS;
  return Object.freeze(context.dimensions.map((d) => (d.kind === 'explicit' ? { axis: d.axis, member: d.member, typed: false } : { axis: d.axis, member: d.value, typed: true })));
}

/** The statement kind of the first role (in the filing's order) that presents each concept. */
function firstStatements(filing: XbrlFiling): Map<string, Statement> {
  const map = new Map<string, Statement>();
  for (const role of filing.roles) for (const row of role.rows) if (!map.has(row.concept)) map.set(row.concept, role.kind);
  return map;
}

/**
 * Creates the company's concept on first use, then brings its labels, types and
 * documentation up to date: filings are added oldest first, so the latest filing's wins.
 */
function updateConcept(graph: Graph, company: Company, disclosure: Disclosure, x: XbrlConcept, definitions: XbrlFiling['definitions']): Concept {
  const concept = conceptFor(graph, company, x.name, () => ({ label: x.name, labels: [], periodType: null, balance: null, dataType: null, isAbstract: x.abstract, usGaapName: null }));
  const labels: ConceptLabel[] = Object.entries(x.labels).map(([roleName, text]) => ({ role: labelRole(roleName), roleName, text }));
  if (labels.length > 0) concept.labels = labels;
  concept.label = x.labels.label ?? x.labels.terseLabel ?? concept.label;
  concept.periodType = x.periodType === 'instant' ? 'INSTANT' : x.periodType === 'duration' ? 'DURATION' : concept.periodType;
  concept.balance = x.balance === 'debit' ? 'DEBIT' : x.balance === 'credit' ? 'CREDIT' : concept.balance;
  concept.dataType = x.dataType ?? concept.dataType;
  concept.isAbstract = x.abstract;
  for (const item of concept.lineItems) item.label = concept.label;
  const documentation = x.labels.documentation;
  if (documentation) setConceptDefinition(graph, concept, lineItemOf(graph, concept, 'OTHER', null), documentation, 'TAXONOMY_DOCUMENTATION', disclosure);
  else {
    const rendered = definitions?.get(x.name);
    if (rendered) setConceptDefinition(graph, concept, lineItemOf(graph, concept, 'OTHER', null), rendered.text, 'SEC_RENDERING', disclosure);
  }
  return concept;
}

function measureOf(unit: XbrlUnit | null): { measure: Measure; countUnit: string | null } {
  if (!unit) return { measure: 'monetary', countUnit: null };
  const iso = (m: string[]) => m.length === 1 && /^[A-Z]{3}$/.test(m[0]);
  if (iso(unit.numerator) && unit.denominator.length === 0) return { measure: 'monetary', countUnit: null };
  if (iso(unit.numerator) && unit.denominator.length > 0) return { measure: 'per-share', countUnit: null };
  if (unit.name === 'shares') return { measure: 'shares', countUnit: null };
  if (unit.name === 'pure') return { measure: 'percent', countUnit: null };
  return { measure: 'count', countUnit: unit.name };
}

/** The company's one line item of a filing concept, created on first use. */
export function lineItemOf(graph: Graph, concept: Concept, statement: Statement, unit: XbrlUnit | null): LineItem {
  const existing = concept.lineItems[0];
  if (existing) {
    if (existing.statement === 'OTHER' && statement !== 'OTHER') existing.statement = statement;
    if (unit && existing.facts.length === 0) Object.assign(existing, measureOf(unit));
    return existing;
  }
  const company = concept.company;
  return addLineItem(graph, { id: `${company.id}/xbrl/${concept.name}`, concept, key: concept.name, statement, label: concept.label, order: company.lineItems.length + 1, isAbstract: concept.isAbstract, ...measureOf(unit), sameFigureAs: null });
}

/** What a filed fact states; the rest is the same for every fact a filing (or SEC's companyfacts) reports. */
export type FiledFactFields = Pick<Fact, 'id' | 'lineItem' | 'concept' | 'period' | 'dimensions' | 'unit' | 'value' | 'decimals' | 'disclosure' | 'source'>;

/** Adds a fact reported by a filing or by SEC's companyfacts: printed as filed, no curation, indexed and listed on its line item and disclosure. */
export function addFiledFact(graph: Graph, fields: FiledFactFields): Fact {
  const fact: Fact = graph.add({
    type: 'Fact',
    ...fields,
    origin: 'PRINTED',
    printed: null,
    qualifier: null,
    isPrimary: false,
    correction: null,
    translationOf: null,
    derivedFrom: [],
    footnotes: [],
  });
  graph.indexFact(fact);
  fields.lineItem.facts.push(fact);
  fields.disclosure.facts.push(fact);
  return fact;
}
