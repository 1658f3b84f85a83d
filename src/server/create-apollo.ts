import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { createFormatError } from '../graphql/errors/format-error.js';
import type { Context } from '../graphql/context.js';
import { getSchema } from '../graphql/build-schema.js';
import { EXECUTION_BUDGET, LIMIT_PARSE_OPTIONS, LIMIT_VALIDATION_RULES } from '../graphql/limits/limits.js';
import { HeavyLane, type ExecutionBudgetOptions } from '../graphql/limits/execution-budget.js';
import { executionBudgetPlugin } from './execution-budget-plugin.js';
import { collapseErrorsPlugin } from './collapse-errors.js';
import { compiledGateway, type CompiledExecutorOptions, type ExecutorKind } from './compiled-executor.js';

export interface ApolloOptions {
  /** Production error handling: no stack traces, internal messages masked. Defaults to NODE_ENV=production. */
  production?: boolean;
  /**
   * Who executes operations: graphql-jit's compiled queries (default), or graphql-js's
   * interpreter (EXECUTOR=graphql-js), which the compiled path must match byte for byte.
   */
  executor?: ExecutorKind;
  /** Options of the compiled executor (its cache bound; a hook telling which executor answered). */
  compiled?: CompiledExecutorOptions;
  /** Per-operation execution budget (default: EXECUTION_BUDGET of limits.ts). */
  budget?: ExecutionBudgetOptions;
}

/** The executor named by EXECUTOR, compiled by default. */
export function executorFromEnv(value = process.env.EXECUTOR): ExecutorKind {
  if (value === undefined || value === '' || value === 'compiled') return 'compiled';
  if (value === 'graphql-js') return 'graphql-js';
  throw new Error(`EXECUTOR must be "compiled" or "graphql-js"; got "${value}"`);
}

/**
 * The Apollo server over the schema, with the operation limits and the error formatter.
 * Introspection stays on in production (the data is public); CSRF prevention is Apollo's
 * default and stays on; Sandbox's landing page is served outside production only.
 * The cache-control plugin is off: the schema sets no cache hints (the HTTP layer sets
 * Cache-Control itself), and the plugin wraps every field's resolver to collect them
 * (about a tenth of the time of a large query, `npm run bench`).
 * Operations are executed by compiled queries (compiled-executor.ts), plugged in through
 * Apollo's gateway option; Apollo still parses, validates, formats errors and serializes.
 */
export function createApollo({ production = process.env.NODE_ENV === 'production', executor, compiled, budget = EXECUTION_BUDGET }: ApolloOptions = {}): ApolloServer<Context> {
  return new ApolloServer<Context>({
    ...((executor ?? executorFromEnv()) === 'compiled' ? { gateway: compiledGateway(getSchema(), { compileOnFirstUse: process.env.COMPILE_ON_FIRST_USE === '1', ...compiled }) } : { schema: getSchema() }),
    // Apollo reads NODE_ENV for its landing page; follow the option instead, so tests can run either mode.
    nodeEnv: production ? 'production' : process.env.NODE_ENV === 'production' ? 'development' : process.env.NODE_ENV,
    introspection: true,
    // The HTTP server drains requests on SIGTERM itself (start-server.ts), then stops Apollo.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    // Outside production, Apollo's default: stack traces in development, none under NODE_ENV=test.
    includeStacktraceInErrorResponses: production ? false : undefined,
    formatError: createFormatError(production),
    validationRules: LIMIT_VALIDATION_RULES,
    parseOptions: LIMIT_PARSE_OPTIONS,
    // Inline tracing is for federated subgraphs, which this is not; Apollo installs it anyway and calls it on every request.
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled(), executionBudgetPlugin({ lane: new HeavyLane(), ...budget }), collapseErrorsPlugin],
  });
}
