import { GraphQLError } from 'graphql';
import type { Graph } from '../../domain/graph.js';

interface Known {
  units: ReadonlySet<string>;
  forms: ReadonlySet<string>;
}

/** The units and forms a graph holds, gathered on first use; the graph never changes afterwards. */
const knownByGraph = new WeakMap<Graph, Known>();

function known(graph: Graph): Known {
  let k = knownByGraph.get(graph);
  if (!k) {
    const units = new Set<string>();
    const forms = new Set<string>();
    for (const company of graph.companies) {
      for (const item of company.lineItems) for (const fact of item.facts) units.add(fact.unit);
      for (const disclosure of company.disclosures) if (disclosure.form) forms.add(disclosure.form);
    }
    knownByGraph.set(graph, (k = { units, forms }));
  }
  return k;
}

function refuse(argument: string, what: string, value: string, values: ReadonlySet<string>): never {
  const sameButCase = [...values].find((v) => v.toLowerCase() === value.toLowerCase());
  const list = [...values].sort();
  const shown = list.length > 12 ? `${list.slice(0, 12).join(', ')}, … (${list.length})` : list.join(', ');
  const message =
    `Argument \`${argument}\` names ${what} that nothing in the graph has: ${JSON.stringify(value)}. ` +
    `${what === 'a unit' ? 'Units' : 'Forms'} are written as SEC writes them, case-sensitive${sameButCase ? `: did you mean ${JSON.stringify(sameButCase)}?` : '.'} Known: ${shown || 'none'}.`;
  throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName: argument, invalidArguments: [{ argument, message }] } });
}

/**
 * Refuses a unit no fact of the graph has, with BAD_USER_INPUT: "usd" would otherwise
 * answer an empty list, indistinguishable from a company that reports nothing in USD.
 * Units match exactly, as SEC writes them ("USD", "USD/shares", "shares", "pure"): XBRL
 * unit measures are case-sensitive QNames, so case is not folded; the error suggests the
 * unit that differs only by case.
 */
export function assertKnownUnit(graph: Graph, unit: string | null | undefined, argument: string): void {
  if (unit == null) return;
  const { units } = known(graph);
  if (!units.has(unit)) refuse(argument, 'a unit', unit, units);
}

/** Refuses an SEC form no disclosure of the graph has ("10k" for "10-K"), as for units. */
export function assertKnownForm(graph: Graph, form: string | null | undefined, argument: string): void {
  if (form == null) return;
  const { forms } = known(graph);
  if (!forms.has(form)) refuse(argument, 'a form', form, forms);
}
