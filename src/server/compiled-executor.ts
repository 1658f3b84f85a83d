import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  getNamedType,
  getVariableValues,
  isInputObjectType,
  typeFromAST,
  type ExecutionResult,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { ExecutionBudget } from '../graphql/limits/execution-budget.js';

/** Which executor runs operations: compiled by graphql-jit (the default) or graphql-js's interpreter. */
export type ExecutorKind = 'compiled' | 'graphql-js';

/** Marks a document that always runs on graphql-js (it does not compile, or declares a @oneOf variable). */
const INTERPRET = Symbol('interpret');
/** Marks a document seen once: it is compiled when it comes again. */
const SEEN_ONCE = Symbol('seen once');
type Entry = { run: CompiledQuery | typeof INTERPRET | typeof SEEN_ONCE; bytes: number };

/**
 * Compiled queries per document and operation, least recently used evicted first,
 * bounded by an estimate of the bytes each holds: its key, the generated code (twice:
 * the source string V8 keeps, and the compiled function), and a fixed overhead for the
 * closures and the resolve-info objects graphql-jit prepares per field.
 */
export class CompiledQueryCache {
  private readonly entries = new Map<string, Entry>();
  private size = 0;
  compiled = 0;

  constructor(readonly maxBytes: number) {}

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: Entry): void {
    if (entry.bytes > this.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old) this.size -= old.bytes;
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.size += entry.bytes;
    for (const [oldest, e] of this.entries) {
      if (this.size <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.size -= e.bytes;
    }
  }

  get count(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.size;
  }
}

/** Fixed bytes per compiled query besides its code (closures, per-field resolve info). */
const ENTRY_OVERHEAD_BYTES = 4096;
export const DEFAULT_COMPILED_CACHE_BYTES = 32 * 1024 * 1024;

/** Whether an input type is, or contains, a @oneOf input object: graphql-jit does not enforce @oneOf. */
function containsOneOf(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  if ((named as { isOneOf?: boolean }).isOneOf) return true;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => containsOneOf(f.type, seen));
}

export interface CompiledExecutorOptions {
  /**
   * Compile a document the first time it is seen (true), or only when it comes again
   * (false, the default): a document sent once (a fresh alias, a one-off query) is
   * answered faster by graphql-js than by compiling it and running the new code once
   * (statement: 625–655 req/s against 161–231 over HTTP; README, "Compression and
   * compiled execution").
   */
  compileOnFirstUse?: boolean;
  /** Bound of the compiled-query cache; default 32 MiB. */
  cacheBytes?: number;
  /** Called for each operation with the executor that answered it (for tests and the bench). */
  onExecuted?: (by: 'compiled' | 'graphql-js') => void;
}

/**
 * The executor Apollo Server calls, through its gateway interface, for every operation it
 * has parsed and validated. Apollo keeps everything else: parsing, validation with the
 * limit rules, error formatting and masking, status codes and serialization.
 *
 * Every operation runs through graphql-jit's compiled query, compiled once per document
 * (by default on its second use: a document sent once runs on graphql-js, see
 * `compileOnFirstUse`).
 * Responses must stay byte-identical to graphql-js's, so:
 * - variables are first coerced by graphql-js itself (getVariableValues): a value it
 *   refuses goes to graphql-js, which answers with its own error;
 * - an operation declaring a variable whose type holds a @oneOf input runs on graphql-js
 *   (graphql-jit does not enforce @oneOf);
 * - any operation whose compiled run has errors is answered again by graphql-js: graphql-jit's
 *   errors lack `originalError`'s extensions and AST nodes (Apollo would mask them all as
 *   INTERNAL_SERVER_ERROR) and report one error per list item. The API is read-only, so
 *   running an operation twice changes nothing.
 */
export function compiledExecutor(schema: GraphQLSchema, options: CompiledExecutorOptions = {}): { executor: GatewayExecutor; cache: CompiledQueryCache } {
  const cache = new CompiledQueryCache(options.cacheBytes ?? DEFAULT_COMPILED_CACHE_BYTES);
  const interpret = (request: Parameters<GatewayExecutor>[0]) => {
    options.onExecuted?.('graphql-js');
    return execute({
      schema,
      document: request.document,
      contextValue: request.context,
      variableValues: request.request.variables,
      operationName: request.request.operationName,
    }) as Promise<ExecutionResult> | ExecutionResult;
  };

  const executor: GatewayExecutor = async (request) => {
    // No operation to run (several without a name, or an unknown name): graphql-js says so.
    if (!request.operation) return interpret(request);
    const key = `${request.request.operationName ?? ''}\u0000${request.source}`;
    let entry = cache.get(key);
    if (!entry && !options.compileOnFirstUse) {
      cache.set(key, { run: SEEN_ONCE, bytes: 2 * key.length + 64 });
      return interpret(request);
    }
    if (!entry || entry.run === SEEN_ONCE) {
      const declaresOneOf = (request.operation.variableDefinitions ?? []).some((d) => {
        const type = typeFromAST(schema, d.type as never) as GraphQLInputType | undefined;
        return type !== undefined && containsOneOf(type);
      });
      const compiled = declaresOneOf ? INTERPRET : compileQuery(schema, request.document, request.request.operationName ?? undefined);
      const run = compiled !== INTERPRET && isCompiledQuery(compiled) ? compiled : INTERPRET;
      const code = run === INTERPRET ? 0 : run.query.toString().length;
      entry = { run, bytes: 2 * key.length + 4 * code + ENTRY_OVERHEAD_BYTES };
      cache.set(key, entry);
      if (run !== INTERPRET) cache.compiled++;
    }
    if (entry.run === INTERPRET || entry.run === SEEN_ONCE) return interpret(request);
    const definitions = request.operation.variableDefinitions ?? [];
    if (definitions.length > 0 && getVariableValues(schema, definitions, request.request.variables ?? {}).errors) return interpret(request);
    const result = await entry.run.query(undefined, request.context, request.request.variables ?? {});
    const budget = (request.context as { budget?: ExecutionBudget }).budget;
    // A run cut short by its budget is not run again.
    if (budget?.exceeded) return result;
    if (result.errors?.length) {
      budget?.restartWork();
      return interpret(request);
    }
    options.onExecuted?.('compiled');
    return result;
  };
  return { executor, cache };
}

/**
 * Apollo Server 5's `gateway` option, serving a local schema: `load()` returns the executor
 * and the schema is handed over through `onSchemaLoadOrUpdate`, as Apollo expects.
 */
export function compiledGateway(schema: GraphQLSchema, options: CompiledExecutorOptions = {}): GatewayInterface & { cache: CompiledQueryCache } {
  const { executor, cache } = compiledExecutor(schema, options);
  const listeners = new Set<Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0]>();
  return {
    cache,
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async load() {
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor };
    },
    async stop() {
      listeners.clear();
    },
  };
}
