import { GraphQLError } from 'graphql';
import type { KnownValues } from '../../domain/graph-source.js';

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
 * Refuses a unit no fact served has (`known`: the source's, `GraphSource.known`), with BAD_USER_INPUT: "usd" would otherwise
 * answer an empty list, indistinguishable from a company that reports nothing in USD.
 * Units match exactly, as SEC writes them ("USD", "USD/shares", "shares", "pure"): XBRL
 * unit measures are case-sensitive QNames, so case is not folded; the error suggests the
 * unit that differs only by case.
 */
export function assertKnownUnit(known: KnownValues, unit: string | null | undefined, argument: string): void {
  if (unit == null) return;
  const { units } = known;
  if (!units.has(unit)) refuse(argument, 'a unit', unit, units);
}

/** Refuses an SEC form no disclosure of the graph has ("10k" for "10-K"), as for units. */
export function assertKnownForm(known: KnownValues, form: string | null | undefined, argument: string): void {
  if (form == null) return;
  const { forms } = known;
  if (!forms.has(form)) refuse(argument, 'a form', form, forms);
}
