import { calculationChecks } from '../../xbrl/calculations.js';
import type { XbrlContext, XbrlFact, XbrlFiling } from '../../xbrl/xbrl-filing.js';
import { recordCheck } from '../checks/check-builder.js';
import type { Graph } from '../graph.js';
import type { Disclosure, Fact } from '../model.js';
import type { BuiltFacts } from './filing-facts.js';
import { fiscalYearEndOn, focusOf } from '../time/fiscal-calendar.js';

/**
 * The filing's checks: every summation of its calculation linkbase in every context where
 * the total is reported (the reader evaluates them by XBRL Calculations 1.1), and every
 * group of duplicate facts. Checks never stop loading: they are data about the filing.
 */
export function recordFilingChecks(graph: Graph, disclosure: Disclosure, filing: XbrlFiling, built: BuiltFacts): void {
  recordCoverCheck(graph, disclosure);
  recordEntityChecks(graph, disclosure, filing);
  const label = (concept: string) => graph.concept(disclosure.company, concept)?.label ?? concept;
  const factOf = (x: XbrlFact): Fact | null => built.factOf.get(x) ?? null;
  const { results, skipped } = calculationChecks(filing);
  for (const r of results) {
    const subject = factOf(r.parentFact);
    const terms = r.children.map((c, i) => `${c.weight < 0 ? '−' : i === 0 ? '' : '+'} ${Math.abs(c.weight) === 1 ? '' : `${Math.abs(c.weight)} × `}${label(c.fact.concept)}`.trim()).join(' ');
    recordCheck(graph, disclosure, {
      kind: 'CALCULATION',
      name: `${label(r.parent)} = ${terms} (${where(subject, r.context)})`,
      expected: r.expected,
      actual: r.actual,
      tolerance: '0',
      passed: r.consistent,
      detail: `Every value rounded to ${r.decimals === 'INF' ? 'exact values' : `decimals ${r.decimals}`}, the lowest of the summation (XBRL Calculations 1.1); role ${r.roleUri}.`,
      subject,
      inputs: r.children.map((c) => factOf(c.fact)).filter((f): f is Fact => f !== null),
    });
  }
  for (const s of skipped) {
    recordCheck(graph, disclosure, {
      kind: 'CALCULATION',
      name: `${label(s.parent)} = its calculation children (${s.context.id})`,
      expected: '',
      actual: '',
      tolerance: '0',
      passed: 'NOT_EVALUATED',
      detail: `Not evaluated: ${s.reason}`,
      subject: null,
      inputs: [],
    });
  }
  for (const duplicate of filing.duplicates) {
    const facts = [...new Set(duplicate.facts.map(factOf).filter((f): f is Fact => f !== null))];
    const [first] = duplicate.facts;
    const values = duplicate.facts.map((f) => `${f.value} (decimals ${f.decimals})`).join(', ');
    const unstored = [...new Set(duplicate.facts.filter((f) => f.value !== null && factOf(f) === null).map((f) => f.value!))];
    recordCheck(graph, disclosure, {
      kind: 'DUPLICATE',
      name: `${label(first.concept)} reported ${duplicate.facts.length} times agrees (${where(facts[0] ?? null, first.context)})`,
      expected: duplicate.facts[0].value ?? '',
      actual: duplicate.facts[duplicate.facts.length - 1].value ?? '',
      tolerance: '0',
      passed: duplicate.consistent,
      detail: detailOf(duplicate.consistent, values, unstored),
      subject: facts[0] ?? null,
      inputs: facts.slice(1),
    });
  }
}

/** A float's INF, -INF or NaN (`unstored`) is compared as written and never becomes a fact. */
function detailOf(consistent: boolean, values: string, unstored: string[]): string {
  const floats = 'a float\'s infinity or NaN has no decimal value';
  if (consistent && unstored.length > 0) return `Equal as written; not stored, as ${floats}: ${values}.`;
  const rest = unstored.length ? ` ${unstored.join(', ')} is not stored: ${floats}.` : '';
  return consistent
    ? `Equal once rounded to the least precise decimals; the most precise is kept: ${values}.`
    : `The values disagree once rounded to the least precise decimals; every report is kept: ${values}.${rest}`;
}

function where(fact: Fact | null, context: XbrlContext): string {
  if (!fact) return `context ${context.id}`;
  const members = fact.dimensions.map((d) => d.member).join(', ');
  return members ? `${fact.period.label}, ${members}` : fact.period.label;
}

/**
 * The cover's fiscal focus against the company's calendar: a 10-Q for the quarter ended
 * 2023-07-01 that calls itself Q1 2019 would file every fact under the wrong fiscal label.
 */
function recordCoverCheck(graph: Graph, disclosure: Disclosure): void {
  const { fiscalYearFocus, fiscalPeriodFocus, periodOfReport, company } = disclosure;
  if (fiscalYearFocus === null && fiscalPeriodFocus === null) return;
  const fye = fiscalYearEndOn(company, periodOfReport);
  const expected = focusOf(periodOfReport, fye);
  const stated = `${fiscalPeriodFocus ?? '?'} ${fiscalYearFocus ?? '?'}`;
  const computed = `${expected.fiscalPeriod ?? '?'} ${expected.fiscalYear}`;
  recordCheck(graph, disclosure, {
    kind: 'COVER',
    name: `The cover's fiscal focus (${stated}) is the fiscal period its period of report (${periodOfReport}) ends`,
    expected: computed,
    actual: stated,
    tolerance: '0',
    passed: stated === computed,
    detail: `By the company's fiscal calendar as this filing states it (year ending ${String(fye.month).padStart(2, '0')}-${String(fye.day).padStart(2, '0')}${fye.weekBased ? ', 52/53 weeks' : ''}${fye.yearNameOffset ? `, years named by the calendar year they end in ${fye.yearNameOffset > 0 ? '+' : ''}${fye.yearNameOffset}` : ''}).`,
    subject: null,
    inputs: [],
  });
}

const CIK_SCHEME = 'http://www.sec.gov/CIK';

/**
 * Every context's entity identifier against the company's CIK: one check per distinct
 * identifier (scheme and value), naming how many contexts use it.
 */
function recordEntityChecks(graph: Graph, disclosure: Disclosure, filing: XbrlFiling): void {
  const contexts = filing.contexts ?? [...new Set(filing.facts.map((f) => f.context))];
  const byIdentifier = new Map<string, { scheme: string; identifier: string; ids: string[] }>();
  for (const c of contexts) {
    const key = `${c.entity.scheme}\u0000${c.entity.identifier}`;
    const entry = byIdentifier.get(key) ?? { scheme: c.entity.scheme, identifier: c.entity.identifier, ids: [] };
    entry.ids.push(c.id);
    byIdentifier.set(key, entry);
  }
  const cik = filing.cover.cik;
  for (const { scheme, identifier, ids } of byIdentifier.values()) {
    const sameCik = /^\d{1,10}$/.test(identifier.trim()) && identifier.trim().padStart(10, '0') === cik;
    const passed = scheme === CIK_SCHEME && sameCik;
    recordCheck(graph, disclosure, {
      kind: 'ENTITY',
      name: `The entity of ${ids.length} context(s) is the company (CIK ${cik})`,
      expected: `${CIK_SCHEME} ${cik}`,
      actual: `${scheme} ${identifier}`,
      tolerance: '0',
      passed,
      detail: passed
        ? `Contexts ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''} name CIK ${identifier}.`
        : `${scheme !== CIK_SCHEME ? `The scheme is not ${CIK_SCHEME}. ` : ''}${sameCik ? '' : `The identifier ${identifier} is not the company's CIK ${cik}. `}Contexts: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}.`,
      subject: null,
      inputs: [],
    });
  }
}
