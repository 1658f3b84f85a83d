import { isNotFinite, minDecimals, roundToDecimals, XD, type XDecimal } from './decimal.js';
import { consistent, factKey } from './duplicates.js';
import type { XbrlCalculationArc, XbrlCalculationItem, XbrlCalculationResult, XbrlCalculationSkip, XbrlContext, XbrlFact, XbrlFiling } from './xbrl-filing.js';

/** Facts of one concept, context and unit: one fact, or duplicates. */
interface Reported {
  /** The fact used: the most precise of consistent duplicates. */
  fact: XbrlFact;
  /** Why a summation holding this figure cannot be evaluated, or null when it can. */
  unsummable: string | null;
}

/**
 * Checks every summation of the calculation linkbase (XBRL Calculations 1.1,
 * round-to-nearest) in every context and unit where its parent is reported with a value
 * and at least one child is reported: each value is rounded (half to even) to the lowest
 * `decimals` among the parent and the reported children, and the rounded parent must equal
 * the weighted sum of the rounded children. Exact decimal arithmetic throughout. A
 * summation where a fact has inconsistent duplicates, or is a float's INF, -INF or NaN, is
 * not evaluated (see `calculationChecks`).
 */
export function checkCalculations(filing: XbrlFiling): XbrlCalculationResult[] {
  return calculationChecks(filing).results;
}

/**
 * The checks, and the summations left unchecked with the reason: a fact in them has
 * inconsistent duplicates, or its value is a float's INF, -INF or NaN, which no sum can hold.
 */
export function calculationChecks(filing: XbrlFiling): { results: XbrlCalculationResult[]; skipped: XbrlCalculationSkip[] } {
  // concept → (context content + unit) → reported value
  const index = new Map<string, Map<string, Reported>>();
  const contextKeys = new Map<XbrlContext, string>();
  const groups = new Map<string, XbrlFact[]>();
  for (const f of filing.facts) {
    if (!f.unit || f.value === null) continue; // nil facts take no part in a summation
    const key = factKey(f, contextKeys);
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  for (const [key, g] of groups) {
    const f = g[0];
    const cu = key.slice(f.concept.length + 1);
    let byCu = index.get(f.concept);
    if (!byCu) index.set(f.concept, (byCu = new Map()));
    const fact = g.length === 1 ? f : mostPrecise(g);
    const unsummable =
      g.length > 1 && !consistent(g)
        ? `${f.concept} has inconsistent duplicate facts in this context and unit`
        : isNotFinite(fact.value!)
          ? `${f.concept} is ${fact.value} in this context and unit: a float's infinity or NaN has no decimal value to add`
          : null;
    byCu.set(cu, { fact, unsummable });
  }

  // (role, parent) → its arcs, in order, one per child.
  const sets = new Map<string, XbrlCalculationArc[]>();
  for (const arc of filing.calculations) {
    const key = `${arc.roleUri}\u0000${arc.parent}`;
    const list = sets.get(key);
    if (!list) sets.set(key, [arc]);
    else if (!list.some((a) => a.child === arc.child)) list.push(arc);
  }

  const results: XbrlCalculationResult[] = [];
  const skipped: XbrlCalculationSkip[] = [];
  for (const arcs of sets.values()) {
    arcs.sort((a, b) => a.order - b.order);
    const { roleUri, parent } = arcs[0];
    const parents = index.get(parent);
    if (!parents) continue;
    for (const [cu, p] of parents) {
      const contributing: Array<{ arc: XbrlCalculationArc; reported: Reported }> = [];
      for (const arc of arcs) {
        const r = index.get(arc.child)?.get(cu);
        if (r) contributing.push({ arc, reported: r });
      }
      if (contributing.length === 0) continue;
      const base = { roleUri, parent, context: p.fact.context, unit: p.fact.unit! };
      const bad = p.unsummable ? p : contributing.find((c) => c.reported.unsummable)?.reported;
      if (bad) {
        skipped.push({ ...base, concept: bad.fact.concept, reason: bad.unsummable! });
        continue;
      }
      const decimals = minDecimals([p.fact, ...contributing.map((c) => c.reported.fact)].map((f) => f.decimals ?? 'INF'));
      let expected: XDecimal = new XD(0);
      const children: XbrlCalculationItem[] = contributing.map(({ arc, reported }) => {
        const rounded = roundToDecimals(new XD(reported.fact.value!), decimals);
        expected = expected.plus(rounded.times(new XD(String(arc.weight))));
        return { fact: reported.fact, weight: arc.weight, rounded: rounded.toFixed() };
      });
      const actual = roundToDecimals(new XD(p.fact.value!), decimals);
      results.push({ ...base, parentFact: p.fact, children, expected: expected.toFixed(), actual: actual.toFixed(), decimals, consistent: expected.eq(actual) });
    }
  }
  return { results, skipped };
}

function mostPrecise(facts: XbrlFact[]): XbrlFact {
  let best = facts[0];
  for (const f of facts) {
    const d = f.decimals ?? 'INF';
    const b = best.decimals ?? 'INF';
    if (b !== 'INF' && (d === 'INF' || d > b)) best = f;
  }
  return best;
}
