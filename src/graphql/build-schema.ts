import 'reflect-metadata';
import { isAbstractType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema, type GraphQLTypeResolver } from 'graphql';
import { buildSchemaSync, getMetadataStorage } from 'type-graphql';
import { DividendResolver } from './capital-return/dividend.resolver.js';
import { RepurchaseProgressResolver } from './capital-return/repurchase-progress.resolver.js';
import { ShareRepurchaseProgramResolver } from './capital-return/share-repurchase-program.resolver.js';
import { CheckResolver } from './check/check.resolver.js';
import { CompanyResolver } from './company/company.resolver.js';
import { SecurityResolver } from './company/security.resolver.js';
import { ConceptResolver } from './concept/concept.resolver.js';
import { DefinitionResolver } from './definition/definition.resolver.js';
import { FormulaResolver } from './definition/formula.resolver.js';
import { DisclosureResolver } from './disclosure/disclosure.resolver.js';
import { CorporateEventResolver } from './event/corporate-event.resolver.js';
import { FactSourceResolver } from './fact/fact-source.resolver.js';
import { FactResolver } from './fact/fact.resolver.js';
import { FootnoteResolver } from './footnote/footnote.resolver.js';
import { BoardChangeResolver } from './governance/board-change.resolver.js';
import { PersonResolver } from './governance/person.resolver.js';
import { RoleResolver } from './governance/role.resolver.js';
import { NodeResolver } from './node/node.resolver.js';
import { GuidanceResolver } from './outlook/guidance.resolver.js';
import { PeriodResolver } from './period/period.resolver.js';
import { MetricMentionResolver } from './quote/metric-mention.resolver.js';
import { QuoteResolver } from './quote/quote.resolver.js';
import { SearchResolver } from './search/search.resolver.js';
import { LineItemResolver } from './statement/line-item.resolver.js';
import { StatementColumnResolver } from './statement/statement-column.resolver.js';
import { StatementTableResolver } from './statement/statement-table.resolver.js';
import { RevisionResolver } from './time/revision.resolver.js';
import { validateArgs } from './validation/validate-args.js';

/**
 * Every resolver of the API, imported explicitly (type-graphql's metadata is global): one
 * per GraphQL type, each in its domain's folder, named `<entity>.resolver.ts`.
 */
export const RESOLVERS = [
  // Entry points: any object by its global ID, and search across kinds
  NodeResolver,
  SearchResolver,
  // Companies and what they publish
  CompanyResolver,
  SecurityResolver,
  DisclosureResolver,
  // Statements, line items, concepts and facts
  StatementTableResolver,
  StatementColumnResolver,
  LineItemResolver,
  ConceptResolver,
  FactResolver,
  FactSourceResolver,
  PeriodResolver,
  RevisionResolver,
  // Definitions, footnotes and checks
  DefinitionResolver,
  FormulaResolver,
  FootnoteResolver,
  CheckResolver,
  // Governance
  PersonResolver,
  RoleResolver,
  BoardChangeResolver,
  // Capital return
  DividendResolver,
  ShareRepurchaseProgramResolver,
  RepurchaseProgressResolver,
  // Outlook, events and management's quotes
  GuidanceResolver,
  CorporateEventResolver,
  QuoteResolver,
  MetricMentionResolver,
] as const;

let schema: GraphQLSchema | undefined;

/** The executable schema, built once per process. */
export function getSchema(): GraphQLSchema {
  if (!schema) {
    useSimpleResolvers();
    schema = buildSchemaSync({ resolvers: RESOLVERS, validateFn: validateArgs });
    installSyncResolveTypes(schema);
    callFieldResolversDirectly(schema);
    // type-graphql has no option for the root type's description.
    schema.getQueryType()!.description = 'The root of all queries: start from a company by ticker, any object by its global ID, or a list.';
  }
  return schema;
}

/**
 * Plain fields (no field resolver) read the property directly instead of going through
 * type-graphql's per-field wrapper (middleware runner and resolver data): type-graphql's
 * `simpleResolvers`, applied to every object type here so new types get it too. A field
 * keeps the wrapper when it has middleware or roles, or when its schema name differs from
 * its property (graphql's default resolver reads the schema name). Fields with a
 * `@FieldResolver` are untouched: their arguments are still validated.
 */
function useSimpleResolvers(): void {
  const storage = getMetadataStorage();
  for (const type of [...storage.objectTypes, ...storage.interfaceTypes]) {
    type.simpleResolvers ??= true;
    for (const field of type.fields ?? []) {
      if (field.simple === undefined && (field.middlewares?.length || field.roles?.length || field.name !== field.schemaName)) field.simple = false;
    }
  }
}

/**
 * type-graphql wraps every `resolveType` in an async function; graphql-jit (the compiled
 * executor, src/server/compiled-executor.ts) needs the type synchronously. Ours answer
 * synchronously, so the wrapper is replaced by one that calls them directly and maps a
 * returned class to its GraphQL name, as type-graphql does.
 */
function installSyncResolveTypes(built: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const nameOf = new Map<Function, string>(storage.objectTypes.map((t) => [t.target, t.name]));
  const declared = new Map<string, (...args: never[]) => unknown>();
  for (const i of storage.interfaceTypes) if (i.resolveType) declared.set(i.name, i.resolveType as never);
  for (const u of storage.unions) if (u.resolveType) declared.set(u.name, u.resolveType as never);
  for (const type of Object.values(built.getTypeMap())) {
    const resolve = declared.get(type.name);
    if (!isAbstractType(type) || !resolve) continue;
    const sync: GraphQLTypeResolver<unknown, unknown> = (...args) => {
      const resolved = (resolve as (...a: unknown[]) => unknown)(...args);
      if (resolved && typeof resolved === 'object' && 'then' in resolved) throw new Error(`resolveType of ${type.name} must answer synchronously`);
      if (resolved == null || typeof resolved === 'string') return resolved ?? undefined;
      return nameOf.get(resolved as Function);
    };
    type.resolveType = sync;
  }
}

type Method = (...args: unknown[]) => unknown;

/**
 * A `@FieldResolver` whose parameters are only the parent object, the context or the info
 * is called directly, without type-graphql's wrapper, which for every call looks up the
 * resolver instance, runs the (empty) middleware chain, sorts and maps the parameter list
 * and checks each for a promise: several times the cost of a method that returns a
 * property (`npm run bench:pipeline`). Resolvers with arguments keep the wrapper, which
 * converts and validates them; so do any with middleware or roles.
 */
function callFieldResolversDirectly(built: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const resolverClasses = new Set<Function>(RESOLVERS);
  const instances = new Map<Function, Record<string, Method>>();
  const objectTypeName = new Map<Function, string>(storage.objectTypes.map((t) => [t.target, t.name]));
  for (const resolver of storage.fieldResolvers) {
    if (resolver.kind !== 'external' || !resolverClasses.has(resolver.target) || resolver.middlewares?.length || resolver.roles?.length) continue;
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    // A root parameter with a declared class would be converted to it by type-graphql.
    const plain = params.every((p) => p.kind === 'context' || p.kind === 'info' || (p.kind === 'root' && [undefined, Object].includes(p.getType?.() as never)));
    const typeName = resolver.getObjectType && objectTypeName.get(resolver.getObjectType());
    const type = typeName ? built.getType(typeName) : undefined;
    if (!plain || !isObjectType(type)) continue;
    const field = type.getFields()[resolver.schemaName];
    if (!field) continue;
    let instance = instances.get(resolver.target);
    if (!instance) instances.set(resolver.target, (instance = new (resolver.target as new () => Record<string, Method>)()));
    const method = instance[resolver.methodName].bind(instance);
    const pick = params.map((p): ((root: any, context: any, info: unknown) => unknown) => {
      if (p.kind === 'root') return p.propertyName ? (root) => root[p.propertyName!] : (root) => root;
      if (p.kind === 'context') return p.propertyName ? (_r, context) => context[p.propertyName!] : (_r, context) => context;
      return (_r, _c, info) => info;
    });
    const onlyRoot = params.length === 1 && params[0].kind === 'root' && !params[0].propertyName;
    const direct: GraphQLFieldResolver<unknown, unknown> = onlyRoot
      ? (root) => method(root)
      : (root, _args, context, info) => method(...pick.map((f) => f(root, context, info)));
    field.resolve = direct;
  }
}
