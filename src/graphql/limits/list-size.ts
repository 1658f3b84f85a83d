import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { VOCABULARY } from '../../domain/metrics/vocabulary.js';
import { DEFAULT_PAGE_SIZE, MAX_NODE_IDS, MAX_PAGE_SIZE } from '../pagination/page-size.js';

/**
 * How many objects an answer may hold, estimated before execution. Armor's cost rule
 * counts a list without `first` once, but some plain lists grow with the data (a company's
 * line items and concepts, a line item's facts, a filing's tables and rows): 15 aliases of
 * `companies { nodes { lineItems { facts { revisions } } } }` answered 52 MB in 5 s.
 * Here each list multiplies what it holds: a connection by its literal `first`/`last`
 * (MAX_PAGE_SIZE when a variable gives it, DEFAULT_PAGE_SIZE when absent), a company's
 * standard-metric lists by the figures their arguments ask for (FIGURES_PER_METRIC), any
 * other plain list by the size LIST_SIZES gives it (what the six shared filings and the
 * curated release hold, rounded up), else by SMALL_LIST_SIZE.
 */
const LIST_SIZES: Readonly<Record<string, number>> = {
  // A filing company has a line item and a concept per element it reports: ~700–1,000 for Apple.
  'Company.lineItems': 1_000,
  'Company.concepts': 1_000,
  // Facts of one line item across periods, units, members and disclosures.
  'LineItem.facts': 30,
  'Concept.lineItems': 3,
  // A 10-K has 55–78 presentation roles, of 1–60 rows (582–840 in all) and 1–10 columns.
  'Disclosure.statements': 80,
  'StatementTable.rows': 15,
  'StatementTable.lineItems': 15,
  'StatementTable.columns': 8,
  'StatementRow.facts': 8,
};

/**
 * A standard metric's figures, per metric asked for: one per fiscal quarter or year and
 * currency. SEC's companyfacts reach back to 2007 (Apple: 66 quarters from fiscal 2009), so
 * 25 years: 100 quarters (or TTM windows), 25 years. A frequency given by a variable counts
 * as quarters.
 */
const FIGURES_PER_METRIC = { QUARTERLY: 100, ANNUAL: 25 } as const;

/** `latestMetrics`: one figure per metric of the vocabulary, two where two currencies end on the same date. */
const LATEST_METRICS = VOCABULARY.length * 2;

/** Any other plain list: a handful (footnotes, definitions, formula inputs, a figure's reports, checks). */
const SMALL_LIST_SIZE = 5;

/** A filtered line-item list (`statement`, `search`) holds a statement's or a search's worth. */
const FILTERED_LINE_ITEMS = 100;

export interface ListSizeOptions {
  maxObjects: number;
  onReject: (context: ValidationContext, error: GraphQLError) => void;
  /** Called with each operation's estimate and the selections walked to make it (for tests). */
  onEstimate?: (estimate: { objects: number; steps: number }) => void;
}

/**
 * Estimates the objects in the answer to an operation's selection. Each fragment is
 * estimated once and remembered, so the work is linear in the document: without the memo,
 * 40 fragments each spreading the next twice would be walked 2^40 times. `steps` counts
 * the selections walked.
 */
class AnswerSizeEstimator {
  steps = 0;
  private readonly fragments = new Map<string, number>();
  private readonly inProgress = new Set<string>();

  constructor(private readonly context: ValidationContext) {}

  selectionSet(selectionSet: SelectionSetNode, parent: GraphQLOutputType): number {
    const type = getNamedType(parent);
    // Objects and interfaces have fields; a union only fragments.
    const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
    let total = 0;
    for (const selection of selectionSet.selections) {
      this.steps++;
      if (selection.kind === Kind.FIELD) {
        total += this.field(selection, fields[selection.name.value], type.name);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? this.context.getSchema().getType(selection.typeCondition.name.value) : type;
        total += this.selectionSet(selection.selectionSet, (on ?? type) as GraphQLOutputType);
      } else {
        total += this.fragment(selection.name.value, type as GraphQLOutputType);
      }
    }
    return total;
  }

  private fragment(name: string, type: GraphQLOutputType): number {
    const fragment: FragmentDefinitionNode | null | undefined = this.context.getFragment(name);
    // A cycle counts nothing more: NoFragmentCycles refuses it.
    if (!fragment || this.inProgress.has(name)) return 0;
    const on = (this.context.getSchema().getType(fragment.typeCondition.name.value) ?? type) as GraphQLOutputType;
    const key = `${name}\u0000${getNamedType(on).name}`;
    let objects = this.fragments.get(key);
    if (objects === undefined) {
      this.inProgress.add(name);
      objects = this.selectionSet(fragment.selectionSet, on);
      this.inProgress.delete(name);
      this.fragments.set(key, objects);
    }
    return objects;
  }

  private field(node: FieldNode, field: GraphQLField<unknown, unknown> | undefined, parentName: string): number {
    if (!field || !node.selectionSet) return 0;
    const inner = 1 + this.selectionSet(node.selectionSet, field.type);
    const type = getNamedType(field.type);
    if (type.name.endsWith('Connection')) return pageSize(node) * inner;
    if (isListType(getNullableType(field.type))) return listSize(node, parentName) * inner;
    return inner;
  }
}

function listSize(node: FieldNode, parentName: string): number {
  const name = node.name.value;
  // `nodes(ids:)` answers one object per ID given, repeated IDs included.
  if (parentName === 'Query' && name === 'nodes') return idCount(node);
  // A connection's own `edges`/`nodes` are its page, already counted on the connection field.
  if (parentName.endsWith('Connection') && (name === 'edges' || name === 'nodes')) return 1;
  if (parentName === 'Company') {
    if (name === 'latestMetrics') return LATEST_METRICS;
    if (name === 'metric' || name === 'margin') return figuresPerMetric(node);
    if (name === 'metrics' || name === 'ttmSeries') return metricCount(node) * figuresPerMetric(node);
  }
  const size = LIST_SIZES[`${parentName}.${name}`] ?? SMALL_LIST_SIZE;
  if (parentName === 'Company' && name === 'lineItems' && (node.arguments ?? []).length > 0) return Math.min(size, FILTERED_LINE_ITEMS);
  return size;
}

/** Figures of one metric: by the literal `frequency` (`ttmSeries` has none: one window per quarter). */
function figuresPerMetric(node: FieldNode): number {
  const frequency = (node.arguments ?? []).find((a) => a.name.value === 'frequency')?.value;
  return frequency?.kind === Kind.ENUM && frequency.value === 'ANNUAL' ? FIGURES_PER_METRIC.ANNUAL : FIGURES_PER_METRIC.QUARTERLY;
}

/** Metrics asked for in `metrics:`: each once (the resolver drops repeats), the whole vocabulary when a variable gives them. */
function metricCount(node: FieldNode): number {
  const metrics = (node.arguments ?? []).find((a) => a.name.value === 'metrics')?.value;
  if (metrics?.kind === Kind.LIST) return new Set(metrics.values.map((v, i) => (v.kind === Kind.ENUM ? v.value : i))).size;
  // A single enum is coerced to a list of one.
  return metrics?.kind === Kind.ENUM ? 1 : VOCABULARY.length;
}

function idCount(node: FieldNode): number {
  const ids = (node.arguments ?? []).find((a) => a.name.value === 'ids')?.value;
  if (ids?.kind === Kind.LIST) return ids.values.length;
  // A single ID is coerced to a list of one; a variable may hold up to MAX_NODE_IDS.
  return ids?.kind === Kind.VARIABLE ? MAX_NODE_IDS : 1;
}

function pageSize(node: FieldNode): number {
  let size: number | null = null;
  for (const arg of node.arguments ?? []) {
    if (arg.name.value !== 'first' && arg.name.value !== 'last') continue;
    size = arg.value.kind === Kind.INT ? Number(arg.value.value) : MAX_PAGE_SIZE;
  }
  return size ?? DEFAULT_PAGE_SIZE;
}

/** How many errors the rules have reported on each validation so far. */
const reported = new WeakMap<ValidationContext, { errors: number }>();

/**
 * Counts the errors every rule reports on `context`. Rules are all instantiated before the
 * document is walked, so wrapping the context's reportError here sees every error.
 */
function countErrors(context: ValidationContext): { errors: number } {
  let count = reported.get(context);
  if (!count) {
    const counted = { errors: 0 };
    const report = context.reportError.bind(context);
    context.reportError = (error: GraphQLError) => {
      counted.errors++;
      report(error);
    };
    reported.set(context, counted);
    count = counted;
  }
  return count;
}

/**
 * Refuses an operation whose answer may hold more than `maxObjects` objects. It runs when
 * the whole document has been walked by every rule, and only on a document no other rule
 * refused (an unknown field, a fragment cycle, depth or cost over its limit).
 */
export function listSizeRule({ maxObjects, onReject, onEstimate }: ListSizeOptions): ValidationRule {
  return (context) => {
    const count = countErrors(context);
    return {
      Document: {
        leave(document) {
          if (count.errors > 0) return;
          const estimator = new AnswerSizeEstimator(context);
          for (const operation of document.definitions) {
            if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
            const root = context.getSchema().getRootType(operation.operation);
            if (!root) continue;
            const estimate = estimator.selectionSet(operation.selectionSet, root);
            onEstimate?.({ objects: estimate, steps: estimator.steps });
            if (estimate > maxObjects) {
              onReject(context, new GraphQLError(`Query answer estimated at ${Math.round(estimate).toLocaleString('en-US')} objects, over the limit of ${maxObjects.toLocaleString('en-US')}: each connection counts as its page size and each list as the items it may hold. Ask for fewer fields, pages or aliases.`));
            }
          }
        },
      },
    };
  };
}
