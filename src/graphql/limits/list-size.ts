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
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/page-size.js';

/**
 * How many objects an answer may hold, estimated before execution. Armor's cost rule
 * counts a list without `first` once, but some plain lists grow with the data (a company's
 * line items and concepts, a line item's facts, a filing's tables and rows): 15 aliases of
 * `companies { nodes { lineItems { facts { revisions } } } }` answered 52 MB in 5 s.
 * Here each list multiplies what it holds: a connection by its literal `first`/`last`
 * (MAX_PAGE_SIZE when a variable gives it, DEFAULT_PAGE_SIZE when absent), a plain list by
 * the size LIST_SIZES gives it (what the six shared filings and the curated release hold,
 * rounded up), else by SMALL_LIST_SIZE.
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

/** Any other plain list: a handful (footnotes, definitions, formula inputs, a figure's reports, checks). */
const SMALL_LIST_SIZE = 5;

/** A filtered line-item list (`statement`, `search`) holds a statement's or a search's worth. */
const FILTERED_LINE_ITEMS = 100;

export interface ListSizeOptions {
  maxObjects: number;
  onReject: (context: ValidationContext, error: GraphQLError) => void;
}

/** The estimated number of objects in the answer to an operation's selection. */
function estimateObjects(context: ValidationContext, selectionSet: SelectionSetNode, parent: GraphQLOutputType, seen = new Set<string>()): number {
  const type = getNamedType(parent);
  // Objects and interfaces have fields; a union only fragments.
  const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      total += fieldObjects(context, selection, fields[selection.name.value], type.name, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) : type;
      total += estimateObjects(context, selection.selectionSet, (on ?? type) as GraphQLOutputType, seen);
    } else {
      const name = selection.name.value;
      const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
      if (!fragment || seen.has(name)) continue; // cycles are refused by NoFragmentCycles
      const on = context.getSchema().getType(fragment.typeCondition.name.value);
      total += estimateObjects(context, fragment.selectionSet, (on ?? type) as GraphQLOutputType, new Set([...seen, name]));
    }
  }
  return total;
}

function fieldObjects(context: ValidationContext, node: FieldNode, field: GraphQLField<unknown, unknown> | undefined, parentName: string, seen: Set<string>): number {
  if (!field || !node.selectionSet) return 0;
  const inner = 1 + estimateObjects(context, node.selectionSet, field.type, seen);
  const type = getNamedType(field.type);
  if (type.name.endsWith('Connection')) return pageSize(node) * inner;
  if (isListType(getNullableType(field.type))) return listSize(node, parentName) * inner;
  return inner;
}

function listSize(node: FieldNode, parentName: string): number {
  const name = node.name.value;
  // A connection's own `edges`/`nodes` are its page, already counted on the connection field.
  if (parentName.endsWith('Connection') && (name === 'edges' || name === 'nodes')) return 1;
  const size = LIST_SIZES[`${parentName}.${name}`] ?? SMALL_LIST_SIZE;
  if (parentName === 'Company' && name === 'lineItems' && (node.arguments ?? []).length > 0) return Math.min(size, FILTERED_LINE_ITEMS);
  return size;
}

function pageSize(node: FieldNode): number {
  let size: number | null = null;
  for (const arg of node.arguments ?? []) {
    if (arg.name.value !== 'first' && arg.name.value !== 'last') continue;
    size = arg.value.kind === Kind.INT ? Number(arg.value.value) : MAX_PAGE_SIZE;
  }
  return size ?? DEFAULT_PAGE_SIZE;
}

/** Refuses an operation whose answer may hold more than `maxObjects` objects. */
export function listSizeRule({ maxObjects, onReject }: ListSizeOptions): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const root = context.getSchema().getRootType(operation.operation);
      if (!root) return;
      const estimate = estimateObjects(context, operation.selectionSet, root);
      if (estimate > maxObjects) {
        onReject(context, new GraphQLError(`Query answer estimated at ${Math.round(estimate).toLocaleString('en-US')} objects, over the limit of ${maxObjects.toLocaleString('en-US')}: each connection counts as its page size and each list as the items it may hold. Ask for fewer fields, pages or aliases.`));
      }
    },
  });
}
