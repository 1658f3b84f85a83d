/**
 * Whether a request's selection under a company is answered by a concept slice of that company
 * (src/store/read-slice.ts) exactly as by its whole graph, and which concepts it reads.
 *
 * A slice holds every disclosure of the company, and of its facts only those of the concepts
 * asked (and the cover's `dei:` facts), built by the same builders: so the values of a fact of
 * an asked concept, its period, dimensions, disclosure and every report of its figure
 * (revisions, derived quarters, isLatest) are the whole graph's. What reads other concepts'
 * facts (statements, line items, checks, metrics, search, a disclosure's facts), a fact's `id`
 * (its place among all the filing's facts), its source and footnotes (presentation and
 * footnote links are not read into a slice) are not: a selection naming anything outside
 * `SLICE_SAFE` is served from the whole graph, as is one with directives or fragments on
 * other types. Small on purpose: a field is added only with a test comparing its answers.
 */
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode, ValueNode } from 'graphql';
import type { SliceRequest } from '../../domain/graph-source.js';
import { metricReads, VOCABULARY, type StandardMetricKey } from '../../domain/metrics/vocabulary.js';

/** What a selection reads, collected while it is checked. */
interface Reads {
  concepts: Set<string>;
  extensionVerdicts: boolean;
  /** The Company fields selected, the dates of its `latestMetrics`, and whether a concept's list of facts is read. */
  companyFields: Set<string>;
  latestAsOf: Set<string | null>;
  conceptFacts: boolean;
}

const newReads = (): Reads => ({ concepts: new Set(), extensionVerdicts: false, companyFields: new Set(), latestAsOf: new Set(), conceptFacts: false });

/** A field allowed under a type: a scalar (true), or the type its selection is checked against, with a check of its arguments that collects what they read. */
type Allowed = true | { type: string; args?: (field: FieldNode, info: GraphQLResolveInfo, reads: Reads) => boolean };

const noArgs = (field: FieldNode) => (field.arguments ?? []).length === 0;

/**
 * Arguments of `Concept.facts` a slice answers alike: paging (cursors are positions in the
 * concept's list, which is the same list), `asOf` (the figure's reports), and every filter
 * but `statement` (a line item's statement comes from presentation roles, not read into a slice).
 */
function factsArgs(field: FieldNode, info: GraphQLResolveInfo): boolean {
  for (const arg of field.arguments ?? []) {
    const name = arg.name.value;
    if (['first', 'after', 'last', 'before', 'asOf'].includes(name)) continue;
    if (name !== 'filter') return false;
    const value = valueOf(arg.value, info);
    if (value !== null && value !== undefined && (typeof value !== 'object' || (value as Record<string, unknown>).statement != null)) return false;
  }
  return true;
}

/** A field's arguments by name, as the request gives them; null when it names one outside `allowed`. */
function argsOf(field: FieldNode, info: GraphQLResolveInfo, allowed: readonly string[]): Map<string, unknown> | null {
  const args = new Map((field.arguments ?? []).map((a) => [a.name.value, valueOf(a.value, info)]));
  return [...args.keys()].every((name) => allowed.includes(name)) ? args : null;
}

const METRIC_KEYS = new Set<unknown>(VOCABULARY.map((d) => d.key));

/** Adds what the metrics' rules read (metricReads); false when one is not a metric's key. */
function readMetrics(keys: unknown[], reads: Reads): boolean {
  if (!keys.every((k) => METRIC_KEYS.has(k))) return false;
  for (const key of keys as StandardMetricKey[]) {
    const { concepts, extensions } = metricReads(key);
    for (const c of concepts) reads.concepts.add(c);
    reads.extensionVerdicts ||= extensions;
  }
  return true;
}

/** `Company.concept(name:)`: the concept named. */
function conceptArgs(field: FieldNode, info: GraphQLResolveInfo, reads: Reads): boolean {
  const name = argsOf(field, info, ['name'])?.get('name');
  if (typeof name !== 'string') return false;
  reads.concepts.add(name.trim());
  return true;
}

/** `Company.ttm` of a concept (a string `concept`) or of a metric (`metric`), not both, and `asOf`. */
function ttmArgs(field: FieldNode, info: GraphQLResolveInfo, reads: Reads): boolean {
  const args = argsOf(field, info, ['concept', 'metric', 'asOf']);
  const [concept, metric] = [args?.get('concept'), args?.get('metric')];
  if (typeof concept === 'string' && metric == null) {
    reads.concepts.add(concept.trim());
    return true;
  }
  return concept == null && readMetrics([metric], reads);
}

/** A standard metric's fields: `metric` (one), `metrics` (a list) or every metric, with the other arguments named. */
const metricArgs =
  (from: 'metric' | 'metrics' | 'all', others: readonly string[], also: StandardMetricKey[] = []) =>
  (field: FieldNode, info: GraphQLResolveInfo, reads: Reads): boolean => {
    const args = argsOf(field, info, from === 'all' ? others : [from, ...others]);
    if (!args) return false;
    const asked = from === 'all' ? VOCABULARY.map((d) => d.key) : from === 'metric' ? [args.get('metric')] : args.get('metrics');
    return Array.isArray(asked) && readMetrics([...asked, ...also], reads);
  };

/**
 * The fields a slice answers as the whole graph does, by type. Why each is safe:
 * - Company `id`, `cik`, `name`: from the covers and submissions, read whole into a slice;
 *   `concept(name:)`: the concept, created from the filings' declarations of it, which a
 *   slice reads (the concept's name is then one of the slice's).
 * - Concept `name`, `label` (the latest declaration's label, else SEC's); `facts` (the
 *   concept's facts, ordered by their disclosures, which are all in a slice).
 * - Fact `value`, `unit`, `decimals`, `isExact`, `precision`, `origin`,
 *   `isConvenienceTranslation`: the fact's own; `period` and `dimensions`: its context, the
 *   company's fiscal calendar (from every filing's cover, or the basis of its companyfacts);
 *   `disclosure`; `isLatest`, `revisions`, `firstReport`, `latestReport`, `derivedFrom`: the
 *   reports of its figure, which are facts of the same concept.
 * - Disclosure `id`, `form`, `accessionNumber`, `filedOn`, `date`, `kind`, `isAmendment`: from
 *   the filing's cover and metadata, or the accession's first record (the basis).
 * - Company `ttm(concept:, asOf:)`: the concept's own quarters as known on `asOf`, reported
 *   or derived from the same concept's facts on the company's fiscal calendar.
 * - Company `metric`, `metrics`, `latestMetrics`, `margin` (and revenue), `ttm(metric:)`,
 *   `ttmSeries`: a metric's figures read the facts of its vocabulary concepts and of its
 *   formula's inputs' (metricReads), all in the slice, on the same fiscal calendar; where a
 *   metric's extension rule weighs the company's own concepts (capital expenditure, free
 *   cash flow), the slice holds the rule's verdicts derived from the whole graph and the
 *   concepts they accept (src/store/metric-extensions.ts), else it is not used.
 *   TrailingTwelveMonths, FigureRatio and MetricInput are built of these figures;
 *   StandardFigure's scalars, `id` (company, metric, period, unit, date), period, fact,
 *   `concept` (a concept of the slice), `inputs`, `yearOverYear`, and its company by its
 *   name and keys only.
 */
const SLICE_SAFE: Record<string, Record<string, Allowed>> = {
  Company: {
    id: true,
    cik: true,
    name: true,
    concept: { type: 'Concept', args: conceptArgs },
    ttm: { type: 'TrailingTwelveMonths', args: ttmArgs },
    metric: { type: 'StandardFigure', args: metricArgs('metric', ['frequency', 'asOf', 'unit']) },
    metrics: { type: 'StandardFigure', args: metricArgs('metrics', ['frequency', 'asOf']) },
    latestMetrics: {
      type: 'StandardFigure',
      args: (field, info, reads) => {
        reads.latestAsOf.add((argsOf(field, info, ['asOf'])?.get('asOf') as string | null | undefined) ?? null);
        return metricArgs('all', ['asOf'])(field, info, reads);
      },
    },
    margin: { type: 'FigureRatio', args: metricArgs('metric', ['frequency', 'asOf'], ['REVENUE']) },
    ttmSeries: { type: 'TrailingTwelveMonths', args: metricArgs('metrics', ['asOf']) },
  },
  FigureRatio: { value: true, rule: true, numerator: { type: 'StandardFigure' }, denominator: { type: 'StandardFigure' } },
  MetricInput: { weight: true, figure: { type: 'StandardFigure' } },
  TrailingTwelveMonths: { metric: true, value: true, unit: true, asOf: true, isStale: true, rule: true, quarters: { type: 'StandardFigure' } },
  StandardFigure: {
    id: true,
    value: true,
    unit: true,
    fiscalYear: true,
    fiscalPeriod: true,
    rule: true,
    explanation: true,
    knownOn: true,
    asOf: true,
    metric: true,
    period: { type: 'Period' },
    fact: { type: 'Fact' },
    concept: { type: 'Concept' },
    inputs: { type: 'MetricInput' },
    yearOverYear: { type: 'FigureRatio' },
    company: { type: 'FrameCompany' },
  },
  Concept: { name: true, label: true, facts: { type: 'FactConnection', args: factsArgs } },
  FactConnection: { totalCount: true, nodes: { type: 'Fact' }, edges: { type: 'FactEdge' }, pageInfo: { type: 'PageInfo' } },
  FactEdge: { cursor: true, node: { type: 'Fact' } },
  PageInfo: { hasNextPage: true, hasPreviousPage: true, startCursor: true, endCursor: true },
  Fact: {
    value: true,
    unit: true,
    decimals: true,
    isExact: true,
    precision: true,
    origin: true,
    isConvenienceTranslation: true,
    isLatest: true,
    period: { type: 'Period' },
    dimensions: { type: 'Dimension' },
    disclosure: { type: 'Disclosure' },
    revisions: { type: 'Fact' },
    firstReport: { type: 'Fact' },
    latestReport: { type: 'Fact' },
    derivedFrom: { type: 'Fact' },
  },
  Period: { startDate: true, endDate: true, fiscalYear: true, fiscalPeriod: true, label: true },
  Dimension: { axis: true, member: true, typed: true },
  Disclosure: { id: true, form: true, accessionNumber: true, filedOn: true, date: true, kind: true, isAmendment: true },
  // A frame's page (Query.frame): the company only by its name and keys (its slice holds the frame's concept only).
  FramedFactConnection: { totalCount: true, nodes: { type: 'FramedFact' }, edges: { type: 'FramedFactEdge' }, pageInfo: { type: 'PageInfo' } },
  FramedFactEdge: { cursor: true, node: { type: 'FramedFact' } },
  FramedFact: { value: true, unit: true, frame: true, distanceDays: true, rule: true, company: { type: 'FrameCompany' }, fact: { type: 'Fact' }, period: { type: 'Period' } },
  FrameCompany: { id: true, cik: true, name: true },
};

/** The schema's type name of a checked type (FrameCompany is Company with fewer fields). */
const schemaType = (type: string) => (type === 'FrameCompany' ? 'Company' : type);

/** A literal or a variable's value, as the request gives it. */
function valueOf(node: ValueNode, info: GraphQLResolveInfo): unknown {
  switch (node.kind) {
    case 'Variable':
      return info.variableValues[node.name.value];
    case 'NullValue':
      return null;
    case 'StringValue':
    case 'EnumValue':
      return node.value;
    case 'IntValue':
    case 'FloatValue':
      return Number(node.value);
    case 'BooleanValue':
      return node.value;
    case 'ListValue':
      return node.values.map((v) => valueOf(v, info));
    case 'ObjectValue':
      return Object.fromEntries(node.fields.map((f) => [f.name.value, valueOf(f.value, info)]));
  }
}

/** Checks a selection set against `type`; collects what its arguments read. Returns false on anything outside SLICE_SAFE. */
function check(set: SelectionSetNode | undefined, type: string, info: GraphQLResolveInfo, reads: Reads): boolean {
  if (!set) return true;
  const allowed = SLICE_SAFE[type];
  for (const selection of set.selections) {
    if ((selection.directives ?? []).length > 0) return false;
    if (selection.kind === 'InlineFragment') {
      if (selection.typeCondition && selection.typeCondition.name.value !== schemaType(type)) return false;
      if (!check(selection.selectionSet, type, info, reads)) return false;
      continue;
    }
    if (selection.kind === 'FragmentSpread') {
      const fragment = info.fragments[selection.name.value];
      if (!fragment || (fragment.directives ?? []).length > 0 || fragment.typeCondition.name.value !== schemaType(type)) return false;
      if (!check(fragment.selectionSet, type, info, reads)) return false;
      continue;
    }
    const name = selection.name.value;
    if (name === '__typename') continue;
    if (type === 'Company') reads.companyFields.add(name);
    if (type === 'Concept' && name === 'facts') reads.conceptFacts = true;
    const rule = allowed?.[name];
    if (!rule) return false;
    if (rule === true) {
      if (!noArgs(selection)) return false;
      continue;
    }
    if (rule.args ? !rule.args(selection, info, reads) : !noArgs(selection)) return false;
    if (!check(selection.selectionSet, rule.type, info, reads)) return false;
  }
  return true;
}

/**
 * What a root `company` field's selection reads, when a concept slice of those concepts (with
 * the metrics' extension verdicts, where asked) answers it as the whole graph does; null when
 * it needs the whole graph.
 */
export function sliceRequest(info: GraphQLResolveInfo): SliceRequest | null {
  const reads = newReads();
  for (const node of info.fieldNodes) if (!check(node.selectionSet, 'Company', info, reads)) return null;
  const request: SliceRequest = { concepts: [...reads.concepts], extensionVerdicts: reads.extensionVerdicts };
  // latestMetrics of one date, beside the company's name and keys only, and no concept's list of facts: a window of the facts may answer it (latest-window.ts).
  const onlyLatest = [...reads.companyFields].every((f) => f === 'latestMetrics' || f === 'id' || f === 'cik' || f === 'name');
  if (onlyLatest && reads.latestAsOf.size === 1 && !reads.conceptFacts) request.latest = { asOf: [...reads.latestAsOf][0] };
  return request;
}

/** Whether a `frame` field's selection is answered by each company's slice of the frame's concept as by its whole graph. */
export function frameSliceSafe(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((node) => check(node.selectionSet, 'FramedFactConnection', info, newReads()));
}
