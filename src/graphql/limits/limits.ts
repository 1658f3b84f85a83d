import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { listSizeRule } from './list-size.js';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Limits on the shape of an operation, enforced before anything executes. Depth, aliases,
 * directives and cost are GraphQL Armor's validation rules; the token limit is graphql-js's
 * own parser option (Armor's Apollo token plugin throws from a hook, which Apollo Server 5
 * answers with a 500, so the parser's native counter is used instead).
 */
export const LIMITS = {
  /** Field nesting; 10 levels of legitimate nesting plus the edges/node levels of connections fit. */
  maxDepth: 15,
  maxAliases: 15,
  maxDirectives: 50,
  /**
   * Armor's static cost: objects 2, scalars 1, ×1.5 per level, × a literal `first`/`last`.
   * Calibrated on real filings (issue 10): one filing's statements by `node(id:)`,
   * `statements { title statement columns { label } rows { label depth lineItem { label }
   * cells facts { value } } }`, costs 87.7 (55.1 without columns, labels and depth), far
   * below the limit, because a list without `first` counts once. What that query really
   * does is bounded by the filing, not by the client: over the six shared filings it
   * answers 55–78 tables, 582–840 rows and 3,908–7,679 cells, 161–230 KB, in about 5–9 ms
   * in-process once warm. So the limit stays where the curated data put it; what it
   * guards against is nesting and `first` multiplying lists, which real filings do not change.
   */
  maxCost: 50_000,
  /**
   * Estimated objects in the answer (list-size.ts), which Armor's cost does not bound: lists
   * multiply what they hold. The heaviest operation of the README, the bench and the
   * explorer (the trace workload) is estimated at ~325,000, the deepest trace of the tests
   * (a margin's formula inputs with their facts and derivations) at ~1.1 million; one alias of
   * every line item's facts, reports and checks of every company at 6.6 million (it answered
   * 3.45 MB in about 0.3 s, and 15 aliases of it 52 MB in 5 s).
   */
  maxObjects: 5_000_000,
  /**
   * Tokens of a document (comments excluded). graphql-js's own rules are not all linear: its
   * OverlappingFieldsCanBeMerged compares every pair of same-named fields, so 380 copies of
   * `companies { totalCount }` (2,000 tokens) cost 130 ms to validate, 1,000 such tokens about
   * 30 ms. The largest operation a client of ours sends (the explorer's TraceFact with its
   * fragments) has 253 tokens, the introspection query 184: 1,000 leaves them 3× headroom.
   */
  maxTokens: 1_000,
  /**
   * Bytes of one serialized answer (HTTP). The largest our clients receive: 414 KB (the
   * bench's nested query), 288 KB (a 10-K's statements); the execution budget keeps answers
   * near 1 MB per 25,000 units, so this catches answers made of long texts.
   */
  maxAnswerBytes: 8 * 1024 * 1024,
} as const;

/**
 * What executing one operation may spend (execution-budget.ts). Calibrated on the heaviest
 * operations our clients send, with 3× headroom (test/graphql/execution-budget.test.ts).
 */
export const EXECUTION_BUDGET = {
  /**
   * The heaviest operations our clients send take 7,064 units (the bench's nested query:
   * every line item of the curated release with all facts and footnotes, 414 KB), 2,700 (a
   * 10-K's statements, 288 KB) and 2,121 (the README's contract query): 25,000 leaves 3.5×.
   * Every line item's facts with their sources, of all four companies of the shared filings,
   * take 36,773 (1.8 MB, 0.7 s): refused.
   */
  maxWork: 25_000,
  /** Wall time, waiting between slices included: the heaviest allowed operation takes about 0.2 s alone. */
  maxMs: 10_000,
  /** About 10 ms of resolvers at a time, then other requests' turn (README, "Fairness under load"). */
  sliceMs: 10,
  /**
   * Past this much work an operation is heavy: heavy operations run one at a time (in arrival
   * order, at most 64 waiting) while light ones never wait. The README's examples take up to
   * 2,121; a page of 100 facts about 700.
   */
  heavyAfter: 2_000,
} as const;

export type LimitName = 'MAX_DEPTH' | 'MAX_ALIASES' | 'MAX_DIRECTIVES' | 'MAX_COST';

/**
 * Reports a refused operation as one validation error (Apollo answers it with HTTP 400 and
 * `extensions.code` GRAPHQL_VALIDATION_FAILED) that also names the limit in `extensions.limit`.
 */
function reportAs(limit: LimitName) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { limit } }));
  };
}

const handling = (limit: LimitName) => ({ propagateOnRejection: false, onReject: [reportAs(limit)] });

export const LIMIT_VALIDATION_RULES: ValidationRule[] = [
  maxDepthRule({ n: LIMITS.maxDepth, ...handling('MAX_DEPTH') }),
  maxAliasesRule({ n: LIMITS.maxAliases, ...handling('MAX_ALIASES') }),
  maxDirectivesRule({ n: LIMITS.maxDirectives, ...handling('MAX_DIRECTIVES') }),
  costLimitRule({ maxCost: LIMITS.maxCost, ...handling('MAX_COST') }),
  listSizeRule({ maxObjects: LIMITS.maxObjects, onReject: reportAs('MAX_COST') }),
];

/** Parsing stops with a GRAPHQL_PARSE_FAILED error (HTTP 400) past this many tokens. */
export const LIMIT_PARSE_OPTIONS: ParseOptions = { maxTokens: LIMITS.maxTokens };
