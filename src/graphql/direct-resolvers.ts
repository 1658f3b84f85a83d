import { isAbstractType, isInterfaceType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema, type GraphQLTypeResolver } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { argsKey, rememberArgs, rememberedArgs } from './validation/args-memo.js';
import { collectConvertedArgs } from './validation/validate-args.js';

/**
 * Plain fields (no field resolver) read the property directly instead of going through
 * type-graphql's per-field wrapper (middleware runner and resolver data): type-graphql's
 * `simpleResolvers`, applied to every object type here so new types get it too. A field
 * keeps the wrapper when it has middleware or roles, or when its schema name differs from
 * its property (graphql's default resolver reads the schema name). Call before building.
 */
export function useSimpleResolvers(): void {
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
export function installSyncResolveTypes(built: GraphQLSchema): void {
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

type Param = NonNullable<ReturnType<typeof getMetadataStorage>['queries'][number]['params']>[number];
/** Produces one parameter of a resolver method from the call and its converted arguments. */
type ParamGetter = (root: any, args: readonly unknown[], context: any, info: unknown) => unknown;

/** The resolvers `callResolversDirectly` installed. */
const direct = new WeakSet<Function>();

/** Whether a field's resolver is one installed by `callResolversDirectly` (for tests), or a wrapper around one (`wrapsDirect`). */
export function isDirectResolver(resolve: Function | undefined): boolean {
  return resolve !== undefined && direct.has(resolve);
}

/** Records that `wrapper` (the execution budget's meter) calls `inner` and nothing of type-graphql's: it is as direct as `inner`. */
export function wrapsDirect(wrapper: Function, inner: Function): void {
  if (direct.has(inner)) direct.add(wrapper);
}

/**
 * Query and field resolvers are called directly instead of through type-graphql's wrapper,
 * which for every call looks up the resolver instance, runs the (empty) middleware chain,
 * sorts and maps the parameter list, converts the arguments to their classes and validates
 * them, always asynchronously: several times the cost of a method that returns a property
 * (`npm run bench:pipeline`).
 *
 * Arguments keep type-graphql's semantics: the first call with a given field and raw value
 * goes through the wrapper, which converts and validates them, and the values it produced
 * are remembered (args-memo.ts); later calls with the same value get them synchronously.
 * Resolvers with middleware, roles, custom parameters, their own validation settings or a
 * typed root keep the wrapper for every call.
 */
export function callResolversDirectly(built: GraphQLSchema, resolverClasses: readonly Function[]): void {
  const storage = getMetadataStorage();
  const classes = new Set(resolverClasses);
  const instances = new Map<Function, Record<string, Method>>();
  const typeName = new Map<Function, string>([...storage.objectTypes, ...storage.interfaceTypes].map((t) => [t.target, t.name]));
  const fieldResolvers = storage.fieldResolvers.filter((resolver) => resolver.kind === 'external' && resolver.getObjectType);
  const ownResolvers = new Set(fieldResolvers.map((resolver) => `${typeName.get(resolver.getObjectType!())}.${resolver.schemaName}`));
  const resolvers = [
    ...storage.queries.map((resolver) => ({ resolver, type: built.getQueryType()! })),
    ...fieldResolvers.flatMap((resolver) => {
      const type = built.getType(typeName.get(resolver.getObjectType!()) ?? '');
      if (isObjectType(type)) return [{ resolver, type }];
      // A resolver of an interface's field (Node.id) serves each implementation without its own.
      if (!isInterfaceType(type)) return [];
      return built.getPossibleTypes(type).filter((t) => !ownResolvers.has(`${t.name}.${resolver.schemaName}`)).map((t) => ({ resolver, type: t }));
    }),
  ];
  for (const { resolver, type } of resolvers) {
    if (!classes.has(resolver.target) || resolver.middlewares?.length || resolver.roles?.length) continue;
    const field = type.getFields()[resolver.schemaName];
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    const getters = paramGetters(params);
    if (!field?.resolve || !getters) continue;
    let instance = instances.get(resolver.target);
    if (!instance) instances.set(resolver.target, (instance = new (resolver.target as new () => Record<string, Method>)()));
    const method = instance[resolver.methodName].bind(instance);
    const argCount = params.filter((p) => p.kind === 'args' || p.kind === 'arg').length;
    field.resolve = argCount === 0 ? withoutArgs(method, getters) : withArgs(method, getters, argCount, field.resolve, `${type.name}.${field.name}`);
    direct.add(field.resolve);
  }
}

/** How to produce each parameter, or null when one needs type-graphql's wrapper. */
function paramGetters(params: readonly Param[]): ParamGetter[] | null {
  const getters: ParamGetter[] = [];
  let argIndex = 0;
  for (const p of params) {
    if (p.kind === 'root') {
      // A root parameter with a declared class would be converted to it by type-graphql.
      if (![undefined, Object].includes(p.getType?.() as never)) return null;
      const name = p.propertyName;
      getters.push(name ? (root) => root[name] : (root) => root);
    } else if (p.kind === 'context') {
      const name = p.propertyName;
      getters.push(name ? (_r, _a, context) => context[name] : (_r, _a, context) => context);
    } else if (p.kind === 'info') {
      getters.push((_r, _a, _c, info) => info);
    } else if ((p.kind === 'args' || p.kind === 'arg') && p.validateFn === undefined && p.validateSettings === undefined) {
      const index = argIndex++;
      getters.push((_r, args) => args[index]);
    } else return null;
  }
  return getters;
}

const NO_ARGS: readonly unknown[] = [];

function withoutArgs(method: Method, getters: ParamGetter[]): GraphQLFieldResolver<unknown, unknown> {
  if (getters.length === 1) {
    const [only] = getters;
    return (root, _args, context, info) => method(only(root, NO_ARGS, context, info));
  }
  return (root, _args, context, info) => method(...getters.map((get) => get(root, NO_ARGS, context, info)));
}

function withArgs(method: Method, getters: ParamGetter[], argCount: number, wrapper: GraphQLFieldResolver<unknown, unknown>, field: string): GraphQLFieldResolver<unknown, unknown> {
  // Within one execution a field's raw arguments are a function of its nodes in the document
  // and the execution's variables (both the same objects for every item of a list): the
  // converted values are found again without serializing the raw ones. Weakly held, so
  // nothing outlives the execution.
  const inExecution = new WeakMap<object, Map<object, readonly unknown[]>>();
  const call = (converted: readonly unknown[], root: unknown, context: unknown, info: unknown) => method(...getters.map((get) => get(root, converted, context, info)));
  return (root, args, context, info) => {
    const variables = info.variableValues as object | undefined;
    const seen = variables && inExecution.get(variables)?.get(info.fieldNodes);
    if (seen) return call(seen, root, context, info);
    const key = argsKey(field, args);
    const converted = key === null ? undefined : rememberedArgs(key);
    if (converted) {
      if (variables) {
        let byNodes = inExecution.get(variables);
        if (!byNodes) inExecution.set(variables, (byNodes = new Map()));
        byNodes.set(info.fieldNodes, converted);
      }
      return call(converted, root, context, info);
    }
    // New value: type-graphql converts and validates it; what it validated is remembered.
    const collected = collectConvertedArgs(args);
    let result: unknown;
    try {
      result = wrapper(root, args, context, info);
    } finally {
      collected.stop();
    }
    if (key === null || collected.values.length !== argCount) return result;
    return Promise.resolve(result).then((value) => {
      rememberArgs(key, collected.values);
      return value;
    });
  };
}
