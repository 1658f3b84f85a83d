import { lineItemName } from './line-item-name.js';
/**
 * Get-or-create helpers for the entities every source shares (disclosures, periods,
 * concepts, line items), so the curated builder and the filing builder link into one graph
 * the same way.
 */
import type { Graph } from './graph.js';
import type { Company, Concept, Disclosure, LineItem, Measure, Period, Statement } from './model.js';
import { describePeriod, periodId } from './period.js';
import { fiscalYearEndOn } from './time/fiscal-calendar.js';
import { emptyList } from './shared-empty.js';

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What a disclosure collects as its source is built: empty when it is added. */
type DisclosureContent = 'tables' | 'facts' | 'textFacts' | 'footnotes' | 'definitions' | 'statements' | 'changes' | 'checks';

/** A new disclosure with nothing built from its source yet; the caller lists it in its company's disclosures. */
export function addDisclosure(graph: Graph, fields: Omit<Disclosure, 'type' | DisclosureContent>): Disclosure {
  return graph.add({ type: 'Disclosure', ...fields, tables: [], facts: [], textFacts: [], footnotes: [], definitions: [], statements: [], changes: [], checks: [] });
}

/** The company's period with these dates, created on first use. */
export function companyPeriod(graph: Graph, company: Company, startDate: string | null, endDate: string): Period {
  const id = periodId(company, startDate, endDate);
  const existing = graph.period(id);
  if (existing) return existing;
  return graph.addPeriod({ type: 'Period', id, company, startDate, endDate, ...describePeriod(startDate, endDate, fiscalYearEndOn(company, endDate)) });
}

/** The company's concept named `name` (`us-gaap:Revenues`), created on first use with `init`. */
export function conceptFor(graph: Graph, company: Company, name: string, init: () => Omit<Concept, 'type' | 'id' | 'company' | 'name' | 'lineItems' | 'definitions' | 'textFacts'>): Concept {
  const existing = graph.concept(company, name);
  if (existing) return existing;
  const concept: Concept = graph.add({ type: 'Concept', id: `${company.id}/${name}`, company, name, ...init(), lineItems: [], definitions: [], textFacts: emptyList() });
  graph.indexConcept(company, name, concept);
  company.concepts.push(concept);
  return concept;
}

/** XBRL data types of curated measures, for a curated concept's `dataType`. */
const DATA_TYPES: Record<Measure, string | null> = {
  monetary: 'xbrli:monetaryItemType',
  'per-share': 'dtr-types:perShareItemType',
  'per-ads': 'dtr-types:perShareItemType',
  shares: 'xbrli:sharesItemType',
  ads: 'xbrli:sharesItemType',
  percent: 'dtr-types:percentItemType',
  count: 'xbrli:decimalItemType',
  months: 'xbrli:decimalItemType',
};

const pascal = (key: string) => key.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

/**
 * The concept of a curated line item: `<prefix>:<Key>` from its `concept:` key (shared by
 * the rows that print the same figure in several statements) or its own key; a key another
 * statement already uses for a different figure is qualified by the statement.
 */
function curatedConcept(graph: Graph, company: Company, statement: Statement, key: string, sameFigureAs: string | null): Concept {
  let name = `${company.conceptPrefix}:${pascal(sameFigureAs ?? key)}`;
  const taken = graph.concept(company, name);
  if (taken && (sameFigureAs === null || taken.lineItems.some((item) => item.sameFigureAs !== sameFigureAs))) {
    name = `${company.conceptPrefix}:${pascal(statement.toLowerCase().replace(/_/g, '-'))}${pascal(key)}`;
  }
  return conceptFor(graph, company, name, () => ({ label: key, labels: [], periodType: null, balance: null, dataType: null, isAbstract: true, usGaapName: null }));
}

/** The company's curated line item of `statement` with `key`, created on first use. */
export function lineItemFor(graph: Graph, company: Company, statement: Statement, key: string, sameFigureAs: string | null = null): LineItem {
  const id = `${company.id}/${statement.toLowerCase().replace(/_/g, '-')}/${key}`;
  const existing = graph.node('LineItem', id) as LineItem | undefined;
  if (existing) return existing;
  const concept = curatedConcept(graph, company, statement, key, sameFigureAs);
  return addLineItem(graph, { id, concept, key, statement, label: key, order: 0, isAbstract: true, measure: 'monetary', countUnit: null, sameFigureAs });
}

/** A new line item of a concept, with no facts, tables, notes or definitions yet, linked to its concept and company. */
export function addLineItem(
  graph: Graph,
  fields: Pick<LineItem, 'id' | 'concept' | 'key' | 'statement' | 'label' | 'order' | 'isAbstract' | 'measure' | 'countUnit' | 'sameFigureAs'>,
): LineItem {
  const { concept } = fields;
  const company = concept.company;
  const lineItem: LineItem = graph.add({
    type: 'LineItem',
    company,
    name: lineItemName(fields.label),
    parent: null,
    children: [],
    weight: null,
    summedInto: null,
    translationTolerance: null,
    at: null,
    tables: [],
    facts: [],
    footnotes: emptyList(),
    definitions: [],
    notes: emptyList(),
    ...fields,
  });
  concept.lineItems.push(lineItem);
  company.lineItems.push(lineItem);
  return lineItem;
}

/**
 * Completes a company's curated concepts once every disclosure is built: label, period type,
 * data type and abstractness from their line items and facts, definitions from theirs.
 */
export function finishCuratedConcepts(company: Company): void {
  for (const concept of company.concepts) {
    if (concept.lineItems.length === 0) continue;
    const [first] = concept.lineItems;
    const facts = concept.lineItems.flatMap((item) => item.facts);
    concept.label = first.label;
    if (!concept.labels.length) concept.labels = [...new Set(concept.lineItems.map((item) => item.label))].map((text) => ({ role: 'STANDARD' as const, roleName: 'label', text }));
    concept.isAbstract = concept.lineItems.every((item) => item.isAbstract);
    concept.dataType = concept.isAbstract ? null : DATA_TYPES[first.measure];
    const instants = facts.filter((f) => f.period.startDate === null).length;
    concept.periodType = facts.length === 0 ? null : instants === facts.length ? 'INSTANT' : instants === 0 ? 'DURATION' : null;
    concept.definitions = concept.lineItems.flatMap((item) => item.definitions);
  }
}
