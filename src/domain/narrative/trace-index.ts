import type { Graph } from '../graph.js';
import type { Check, Definition, Disclosure, Fact, Footnote, Formula } from '../model.js';

/**
 * Reverse links for tracing a figure, built once per disclosure on first use (the graph
 * never changes after loading), so no query scans a disclosure's checks or definitions.
 */
interface TraceIndex {
  /** Checks about each fact (the fact is their subject, or a child of a calculation). */
  checksBySubject: Map<Fact, Check[]>;
  /** Definitions stated in each footnote. */
  definitionsByFootnote: Map<Footnote, Definition[]>;
}

const indexes = new WeakMap<Disclosure, TraceIndex>();

function indexOf(disclosure: Disclosure): TraceIndex {
  let index = indexes.get(disclosure);
  if (!index) {
    index = { checksBySubject: new Map(), definitionsByFootnote: new Map() };
    for (const check of disclosure.checks) {
      // A calculation is about its total and each of its children alike.
      const about = check.kind === 'CALCULATION' ? [check.subject, ...check.inputs] : [check.subject];
      for (const fact of about) {
        if (!fact) continue;
        const list = index.checksBySubject.get(fact);
        if (list) list.push(check);
        else index.checksBySubject.set(fact, [check]);
      }
    }
    for (const definition of disclosure.definitions) {
      if (!definition.footnote) continue;
      const list = index.definitionsByFootnote.get(definition.footnote);
      if (list) list.push(definition);
      else index.definitionsByFootnote.set(definition.footnote, [definition]);
    }
    indexes.set(disclosure, index);
  }
  return index;
}

/** The checks whose subject is `fact`: how the figure was verified at load. */
export function checksOf(fact: Fact): readonly Check[] {
  return indexOf(fact.disclosure).checksBySubject.get(fact) ?? [];
}

/** The definitions a footnote states. */
export function definitionsIn(footnote: Footnote): readonly Definition[] {
  return indexOf(footnote.disclosure).definitionsByFootnote.get(footnote) ?? [];
}

const definitionsByFormula = new WeakMap<Graph, Map<Formula, Definition>>();

/** The definition a formula belongs to (formulas do not point back to it). */
function definitionOf(graph: Graph, formula: Formula): Definition | undefined {
  let map = definitionsByFormula.get(graph);
  if (!map) {
    map = new Map();
    for (const company of graph.companies) {
      for (const disclosure of company.disclosures) for (const d of disclosure.definitions) if (d.formula) map.set(d.formula, d);
    }
    definitionsByFormula.set(graph, map);
  }
  return map.get(formula);
}

/** The FORMULA checks of a formula: every reported value of its line item recomputed from the formula's inputs. */
export function formulaEvaluations(graph: Graph, formula: Formula): Check[] {
  const definition = definitionOf(graph, formula);
  if (!definition) return [];
  return definition.lineItem.facts
    .filter((f) => f.disclosure === definition.disclosure)
    .flatMap((f) => checksOf(f).filter((c) => c.kind === 'FORMULA'));
}
