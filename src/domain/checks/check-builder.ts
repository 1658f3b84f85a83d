import { D } from '../decimal.js';
import type { Check, CheckKind, Disclosure, Fact } from '../model.js';
import type { Graph } from '../graph.js';

export interface CheckInput {
  kind: CheckKind;
  name: string;
  expected: string;
  actual: string;
  tolerance: string;
  /** Whether the assertion holds; `'NOT_EVALUATED'` when it could not be computed at all. */
  passed: boolean | 'NOT_EVALUATED';
  detail: string;
  subject: Fact | null;
  inputs: Fact[];
}

/** Records a check on its disclosure with a stable id: `<disclosure>/<kind>/<n>`. */
export function recordCheck(graph: Graph, disclosure: Disclosure, input: CheckInput): Check {
  const n = disclosure.checks.filter((c) => c.kind === input.kind).length + 1;
  const { passed } = input;
  // Every field named in one literal (no spread): V8 then keeps them all inside the object, where a spread leaves the later ones in a separate property array (about 80 B a check).
  const check: Check = graph.add({
    type: 'Check',
    id: `${disclosure.id}/${input.kind.toLowerCase().replace(/_/g, '-')}/${n}`,
    disclosure,
    status: passed === 'NOT_EVALUATED' ? 'NOT_EVALUATED' : passed ? 'PASS' : 'FAIL',
    kind: input.kind,
    name: input.name,
    expected: input.expected,
    actual: input.actual,
    tolerance: input.tolerance,
    detail: input.detail,
    subject: input.subject,
    inputs: input.inputs,
  });
  disclosure.checks.push(check);
  return check;
}

/** Compares two exact numbers: |expected - actual| <= tolerance. */
export function within(expected: D, actual: D, tolerance: string): boolean {
  return expected.minus(actual).abs().lte(new D(tolerance));
}
