/**
 * Search hits served from their stored rows (issue 23): across a store too large for one
 * graph, each search row keeps the answer of `ROW_SELECTION` for its hit, prepared from the
 * company's graph when the row was written (search-row-views.ts). A request whose selection
 * of the hits reads only fields of that selection (the explorer's search view does) is
 * answered from those answers, and builds no company graph; any other is answered from the
 * hits loaded from their graphs, as before.
 *
 * A prepared answer is turned back into objects the schema's resolvers pass through
 * (`RowObject`: its fields as properties, enums as their internal values, every resolver
 * returning the property, abstract types resolved by the stored `__typename`): the request
 * is then executed as usual, so its aliases, order and the fields it leaves out are its own,
 * and its values those the whole graph gave.
 */
import {
  getNamedType,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type FieldNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type GraphQLTypeResolver,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { SearchRow } from '../../domain/graph-source.js';
import { wrapsDirect } from '../direct-resolvers.js';

const COMPANY = '__typename id name listings { __typename ticker exchange security { __typename id name } }';

/**
 * What a search row keeps of its hit: what the explorer's search view reads (web/src/operations.graphql,
 * `Search`), every object with its `__typename`, no field with arguments or alias, nothing that
 * depends on the date of the request. Changing it changes `ROW_SELECTION_VERSION`: rows prepared
 * for another selection are written again on the next start.
 */
export const ROW_SELECTION = `
  __typename
  ... on LineItem {
    id label qualifiedLabel statement printedLabel
    company { ${COMPANY} }
    footnotes { __typename id number text }
    latestFact { __typename id value unit printed origin decimals precision period { __typename id label startDate endDate isInstant fiscalYear fiscalPeriod } }
  }
  ... on Footnote {
    id number text
    lineItems { __typename id label }
    disclosure { __typename id slug company { ${COMPANY} } }
  }
  ... on Definition {
    id text basis
    formula { __typename expression }
    lineItem { __typename id label company { ${COMPANY} } }
  }`;

/** The stored selection as a selection set (of `SearchResult`). */
const stored: SelectionSetNode = (parse(`{ ${ROW_SELECTION} }`).definitions[0] as OperationDefinitionNode).selectionSet;

/** The stored selection's fields that apply to `type` (directly, or under a fragment on it). */
function storedFields(set: SelectionSetNode, type: string): Map<string, FieldNode> {
  const fields = new Map<string, FieldNode>();
  for (const s of set.selections) {
    if (s.kind === 'Field') fields.set(s.name.value, s);
    else if (s.kind === 'InlineFragment' && (!s.typeCondition || s.typeCondition.name.value === type)) for (const [k, v] of storedFields(s.selectionSet, type)) fields.set(k, v);
  }
  return fields;
}

/**
 * Whether `requested` (a selection of `type`) reads only what `have` holds: the same fields
 * (aliases allowed) without arguments or directives, fragments on `type` itself or, on an
 * abstract type, on one of its kinds.
 */
function covered(requested: SelectionSetNode | undefined, have: SelectionSetNode | undefined, type: string, info: GraphQLResolveInfo): boolean {
  if (!requested) return true;
  if (!have) return false;
  const schemaType = info.schema.getType(type);
  if (!schemaType) return false;
  const within = (condition: string | undefined) => {
    if (!condition || condition === type) return type;
    if (isAbstractType(schemaType) && isObjectType(info.schema.getType(condition)) && info.schema.isSubType(schemaType, info.schema.getType(condition) as never)) return condition;
    return null;
  };
  const fields = isObjectType(schemaType) ? storedFields(have, type) : new Map<string, FieldNode>();
  for (const s of requested.selections) {
    if ((s.directives ?? []).length > 0) return false;
    if (s.kind === 'Field') {
      if (s.name.value === '__typename') continue;
      const mine = fields.get(s.name.value);
      if (!mine || (s.arguments ?? []).length > 0 || !isObjectType(schemaType)) return false;
      const fieldType = getNamedType(schemaType.getFields()[s.name.value].type).name;
      if (!covered(s.selectionSet, mine.selectionSet, fieldType, info)) return false;
      continue;
    }
    const fragment = s.kind === 'InlineFragment' ? s : info.fragments[s.name.value];
    if (!fragment || (fragment.directives ?? []).length > 0) return false;
    const kind = within(fragment.typeCondition?.name.value);
    if (!kind) return false;
    if (!covered(fragment.selectionSet, have, kind, info)) return false;
  }
  return true;
}

/** The selections of a hit under a `search` field's selection (of `SearchResultConnection`): `nodes` and `edges { node }`; null on anything it cannot read. */
function hitSelections(set: SelectionSetNode | undefined, type: string, info: GraphQLResolveInfo, into: SelectionSetNode[]): boolean {
  if (!set) return true;
  for (const s of set.selections) {
    if ((s.directives ?? []).length > 0) return false;
    if (s.kind !== 'Field') {
      const fragment = s.kind === 'InlineFragment' ? s : info.fragments[s.name.value];
      if (!fragment || (fragment.directives ?? []).length > 0 || (fragment.typeCondition && fragment.typeCondition.name.value !== type)) return false;
      if (!hitSelections(fragment.selectionSet, type, info, into)) return false;
      continue;
    }
    const name = s.name.value;
    if (type === 'SearchResultConnection' && name === 'nodes') into.push(s.selectionSet!);
    else if (type === 'SearchResultConnection' && name === 'edges' && !hitSelections(s.selectionSet, 'SearchResultEdge', info, into)) return false;
    else if (type === 'SearchResultEdge' && name === 'node') into.push(s.selectionSet!);
  }
  return true;
}

/** Whether a `search` field's request reads of its hits only what their rows keep (`ROW_SELECTION`). */
export function servedFromRows(info: GraphQLResolveInfo): boolean {
  const selections: SelectionSetNode[] = [];
  for (const node of info.fieldNodes) if (!hitSelections(node.selectionSet, 'SearchResultConnection', info, selections)) return false;
  return selections.every((set) => covered(set, stored, 'SearchResult', info));
}

/** The type name of a `RowObject`. */
const ROW_TYPE = Symbol('row type');

/** An object of a prepared answer: its fields as properties, as the schema's resolvers return them. */
export class RowObject {
  [field: string]: unknown;
  readonly [ROW_TYPE]: string;

  constructor(type: string) {
    this[ROW_TYPE] = type;
  }
}

/** A prepared answer's value of `type` as resolvers return it: objects as `RowObject`s, enums by their internal values; scalars as serialized (ours serialize their own output unchanged). */
function decode(value: unknown, type: GraphQLOutputType, schema: GraphQLSchema): unknown {
  if (value === null || value === undefined) return null;
  if (isNonNullType(type)) return decode(value, type.ofType, schema);
  if (isListType(type)) return (value as unknown[]).map((v) => decode(v, type.ofType, schema));
  if (isEnumType(type)) return type.parseValue(value);
  const named = getNamedType(type);
  if (!isObjectType(named) && !isAbstractType(named)) return value;
  const data = value as Record<string, unknown>;
  const concrete = isObjectType(named) ? named : schema.getType(String(data.__typename));
  if (!isObjectType(concrete)) throw new Error(`a prepared search answer names no object type: ${String(data.__typename)}`);
  const row = new RowObject(concrete.name);
  const fields = concrete.getFields();
  for (const [key, v] of Object.entries(data)) if (key !== '__typename') row[key] = decode(v, fields[key].type, schema);
  return row;
}

/** A hit served from its row, as the `SearchResult` union's resolvers take it. */
export function rowObjectOf(row: SearchRow, schema: GraphQLSchema): RowObject {
  return decode(row.view, schema.getType('SearchResult') as GraphQLOutputType, schema) as RowObject;
}

/**
 * Lets every resolver of `schema` answer a `RowObject` with its property, and every abstract
 * type resolve it by its stored type name. Call after the resolvers are installed (the
 * execution budget's meter then wraps these).
 */
export function serveRowObjects(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isAbstractType(type)) {
      const resolveType = type.resolveType;
      const rowAware: GraphQLTypeResolver<unknown, unknown> = (value, ...rest) => (value instanceof RowObject ? value[ROW_TYPE] : resolveType?.(value, ...rest));
      type.resolveType = rowAware;
    }
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      const resolve = field.resolve;
      if (!resolve) continue;
      const rowAware: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => (source instanceof RowObject ? source[info.fieldName] : resolve(source, args, context, info));
      field.resolve = rowAware;
      wrapsDirect(rowAware, resolve);
    }
  }
}
