import { isNotFinite, minDecimals, roundToDecimals, XD } from './decimal.js';
import type { XbrlContext, XbrlDuplicate, XbrlFact } from './xbrl-filing.js';

/** A context's content as a key: two contexts with other ids but the same entity, period and dimensions are one. */
export function contextKey(c: XbrlContext): string {
  const p = c.period;
  const period = p.kind === 'instant' ? p.date : p.kind === 'duration' ? `${p.startDate}/${p.endDate}` : 'forever';
  const dims = c.dimensions.map((d) => (d.kind === 'explicit' ? `${d.axis}=${d.member}` : `${d.axis}~${d.value}`)).join(',');
  return `${c.entity.scheme}#${c.entity.identifier}|${period}|${dims}`;
}

/** Key of a fact's figure: concept, context content and unit. */
export function factKey(f: XbrlFact, contextKeys: Map<XbrlContext, string>): string {
  let ck = contextKeys.get(f.context);
  if (ck === undefined) contextKeys.set(f.context, (ck = contextKey(f.context)));
  return `${f.concept}|${ck}|${f.unit ? f.unit.name : ''}`;
}

/**
 * Facts reported more than once for one concept, context and unit. Numeric duplicates are
 * consistent when equal once rounded to the least precise `decimals` among them; others,
 * and a float's INF, -INF or NaN (no number to round), when their text is equal. A nil
 * fact beside a non-nil one is inconsistent.
 */
export function findDuplicates(facts: XbrlFact[]): XbrlDuplicate[] {
  const groups = new Map<string, XbrlFact[]>();
  const contextKeys = new Map<XbrlContext, string>();
  for (const f of facts) {
    const key = factKey(f, contextKeys);
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  const out: XbrlDuplicate[] = [];
  for (const g of groups.values()) if (g.length > 1) out.push({ facts: g, consistent: consistent(g) });
  return out;
}

export function consistent(group: XbrlFact[]): boolean {
  const nils = group.filter((f) => f.value === null).length;
  if (nils) return nils === group.length;
  if (!group[0].unit || group.some((f) => isNotFinite(f.value!))) return group.every((f) => f.value === group[0].value);
  // A numeric fact given with a finite precision (decimals null) is compared exactly.
  const d = minDecimals(group.map((f) => f.decimals ?? 'INF'));
  const first = roundToDecimals(new XD(group[0].value!), d);
  return group.every((f) => roundToDecimals(new XD(f.value!), d).eq(first));
}
