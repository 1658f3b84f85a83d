import { GraphQLError, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { wrapsDirect } from '../direct-resolvers.js';

export type BudgetName = 'MAX_WORK' | 'MAX_TIME';

export interface ExecutionBudgetOptions {
  /** Resolver calls plus the items of the lists they return. */
  maxWork: number;
  /** Milliseconds from the start of execution, waiting included. */
  maxMs: number;
  /**
   * Longest run of resolvers without letting the event loop turn, in milliseconds; 0 never
   * yields. A large answer is then computed in slices, between which other requests (a
   * small query, /health) are served.
   */
  sliceMs: number;
  /** Operations past `heavyAfter` units run one at a time through this lane (one per server); none: no admission control. */
  lane?: HeavyLane;
  heavyAfter?: number;
}

/**
 * Admission for heavy operations: past a few thousand units of work an operation waits for
 * the lane, and holds it until it ends, so heavy operations run one after another (in
 * arrival order) while light ones never wait. With slicing, a light query then waits for
 * at most one slice of one heavy operation, however many clients send heavy ones.
 */
export class HeavyLane {
  private held = false;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly maxWaiting = 64) {}

  /** Resolves when the lane is this caller's; null when too many already wait. */
  acquire(): Promise<void> | null {
    if (!this.held) {
      this.held = true;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.maxWaiting) return null;
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.held = false;
  }

  get queued(): number {
    return this.waiting.length;
  }
}

/** How often, in units of work, the clock is read. */
const CHECK_EVERY = 256;

/**
 * What one request may spend executing: resolver calls and the items they return (work),
 * and time. The schema's resolvers report to it (`meterResolvers`); past either bound every
 * further resolver fails without resolving anything, so execution ends within a few calls, and the request is
 * answered with one EXECUTION_BUDGET_EXCEEDED error (execution-budget plugin).
 */
export class ExecutionBudget {
  work = 0;
  exceeded: GraphQLError | null = null;
  private readonly started = performance.now();
  private sliceStarted = this.started;
  private nextCheck = CHECK_EVERY;

  constructor(readonly options: ExecutionBudgetOptions) {}

  /**
   * Counts `units` of work for a resolver's `result`: the result itself, a promise of it after
   * a turn of the event loop, or, past the budget, a rejected promise. Never a synchronous
   * throw: graphql-js abandons the pending items of a list whose non-null item throws, and
   * their later rejections would go unhandled; rejected promises it collects with the rest.
   */
  spend<T>(units: number, result: T): T | Promise<T> {
    if (this.exceeded) return Promise.reject(this.exceeded);
    this.work += units;
    if (this.work >= this.nextCheck && !this.check()) return Promise.reject(this.exceeded!);
    // Once a slice is over, every field resolved until the loop turns waits for it: graphql-js
    // goes on with sibling fields while one waits, so pausing one field alone would not pause the rest.
    if (this.pause === null) return result;
    // A promise held over the pause is observed now: its rejection (a refused argument) would
    // otherwise count as unhandled until the pause ends.
    if (result instanceof Promise) result.catch(() => undefined);
    return this.pause.then(() => result);
  }

  private pause: Promise<void> | null = null;
  private holdsLane = false;

  /** Gives the heavy lane back (when the operation ends, however it ends). */
  release(): void {
    if (this.holdsLane) {
      this.holdsLane = false;
      this.options.lane!.release();
    }
  }

  /** Reads the clock; false once a bound is passed. */
  private check(): boolean {
    this.nextCheck = this.work + CHECK_EVERY;
    const now = performance.now();
    if (this.work > this.options.maxWork) return this.exceed('MAX_WORK', `Query execution stopped after ${this.options.maxWork.toLocaleString('en-US')} units of work (resolved objects and list items), its budget.`);
    if (now - this.started > this.options.maxMs) return this.exceed('MAX_TIME', `Query execution stopped after ${this.options.maxMs.toLocaleString('en-US')} ms, its time budget.`);
    const { lane, heavyAfter = Infinity } = this.options;
    if (lane && !this.holdsLane && this.pause === null && this.work > heavyAfter) {
      const turn = lane.acquire();
      if (!turn) return this.exceed('MAX_TIME', `Query execution stopped: ${lane.maxWaiting} heavy operations are already waiting.`);
      this.holdsLane = true;
      this.pause = turn.then(() => {
        this.pause = null;
        this.sliceStarted = performance.now();
      });
      return true;
    }
    if (this.pause === null && this.options.sliceMs > 0 && now - this.sliceStarted >= this.options.sliceMs) {
      this.pause = new Promise<void>((resolve) =>
        setImmediate(() => {
          this.pause = null;
          this.sliceStarted = performance.now();
          resolve();
        }),
      );
    }
    return true;
  }

  /** Forgets the work counted so far (the compiled executor's second run of one operation); time keeps running. */
  restartWork(): void {
    this.work = 0;
    this.nextCheck = CHECK_EVERY;
  }

  get elapsedMs(): number {
    return performance.now() - this.started;
  }

  private exceed(budget: BudgetName, message: string): false {
    this.exceeded = new GraphQLError(`${message} Ask for fewer fields, pages or aliases, or split the query.`, {
      extensions: { code: 'EXECUTION_BUDGET_EXCEEDED', budget },
    });
    return false;
  }
}

/**
 * Wraps every field resolver of the schema's object types (not graphql's introspection
 * types, and not the default resolver of plain properties, left to graphql-jit's inlining)
 * so that it reports its work to the request's budget, found on the context. A context
 * without a budget runs unmetered.
 */
export function meterResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as GraphQLFieldResolver<unknown, { budget?: ExecutionBudget }> | undefined;
      if (!resolve) continue;
      field.resolve = function metered(source, args, context, info) {
        const budget = context.budget;
        // Past the budget, nothing more is resolved.
        if (budget?.exceeded) return Promise.reject(budget.exceeded);
        const result = resolve(source, args, context, info);
        return budget === undefined ? result : budget.spend(Array.isArray(result) ? result.length + 1 : 1, result);
      };
      wrapsDirect(field.resolve, resolve);
    }
  }
}
