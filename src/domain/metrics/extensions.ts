/**
 * A company's own (extension) concepts in the standard metrics. Filers tag a line with their
 * own concept where no standard one fits their wording: NVIDIA's cash-flow line "Purchases
 * related to property and equipment and intangible assets" was
 * `nvda:PurchasesRelatedToPropertyAndEquipmentAndIntangibleAssets` in its 10-Ks of fiscal
 * 2013–2021, so capital expenditure had no standard concept for those years. No table of
 * company concepts: an extension concept counts for a metric only where its own filing says
 * what it is, by the metric's written rule (vocabulary.ts, `extension`):
 *
 * 1. Its standard label says it (`label`) and says nothing that rules it out (`notLabel`);
 *    it is a money amount of the metric's period type.
 * 2. In that same filing's calculation linkbase, its statement row adds into one of the
 *    metric's standard totals with the rule's weight (capital expenditure: subtracted in
 *    net cash used in investing activities), and into no other total.
 * 3. The filing reports no standard concept of the metric and no other qualifying
 *    extension concept: then the standard concept is the figure, or which line is meant
 *    is ambiguous, and nothing is taken.
 *
 * Such a concept ranks after every standard concept (ties in one filing go to the standard
 * one); otherwise the metric's rules apply unchanged (the most recently filed concept of a
 * period wins). Companyfacts carries no extension concept: these come from loaded filings.
 */
import type { Graph } from '../graph.js';
import type { Company, Concept, Disclosure, Fact } from '../model.js';
import { VOCABULARY, type ExtensionVerdicts, type MetricDefinition, type StandardMetricKey } from './vocabulary.js';

/** Prefixes of the standard taxonomies SEC filers use; any other prefix is a filer's own concept. */
const STANDARD_PREFIXES = new Set(['us-gaap', 'ifrs-full', 'dei', 'srt', 'invest', 'ecd', 'ffd', 'country', 'currency', 'exch', 'naics', 'sic', 'stpr', 'cyd', 'rxp', 'spac', 'snj', 'cef', 'vip', 'oef', 'sro', 'sbs']);

export const isExtensionConcept = (name: string) => !STANDARD_PREFIXES.has(name.split(':')[0]);

/** An extension concept accepted for a metric, with the filings in which it is, and why. */
export interface AcceptedExtension {
  concept: Concept;
  /** Each accepting filing, with the reason in words. */
  filings: Map<Disclosure, string>;
}

type Definition = Pick<MetricDefinition, 'nature' | 'concepts' | 'extension' | 'measure'>;

/** The company's extension concepts accepted for the metric by its rule, each with the filings that accept it. */
export function acceptedExtensions(company: Company, definition: Definition, conceptNamed: (name: string) => Concept | undefined): AcceptedExtension[] {
  const rule = definition.extension;
  if (!rule || definition.measure !== 'MONEY') return [];
  const periodType = definition.nature === 'FLOW' ? 'DURATION' : 'INSTANT';
  const byFiling = new Map<Disclosure, { concept: Concept; why: string }[]>();
  for (const concept of company.concepts) {
    if (!isExtensionConcept(concept.name) || concept.isAbstract || concept.periodType !== periodType) continue;
    if (concept.dataType !== null && concept.dataType !== 'xbrli:monetaryItemType') continue;
    if (!rule.label.test(concept.label) || rule.notLabel?.test(concept.label)) continue;
    // The filings in which its row adds into one of the rule's totals with its weight, and those where it adds into anything else.
    const fits = new Map<Disclosure, string>();
    const misfits = new Set<Disclosure>();
    for (const lineItem of concept.lineItems) {
      for (const table of lineItem.tables) {
        for (const row of table.rows) {
          if (row.lineItem.concept !== concept || row.dimensions.length > 0 || !row.sumsInto) continue;
          const total = row.sumsInto.concept.name;
          if (row.calculationWeight === rule.weight && rule.sumsInto.includes(total)) {
            fits.set(table.disclosure, `its row "${row.label}" in "${table.title}" is ${rule.weight < 0 ? 'subtracted in' : 'added into'} ${total} by the filing's own calculation, and its label "${concept.label}" says ${rule.says}`);
          } else misfits.add(table.disclosure);
        }
      }
    }
    for (const [filing, why] of fits) {
      if (misfits.has(filing)) continue;
      byFiling.set(filing, [...(byFiling.get(filing) ?? []), { concept, why }]);
    }
  }
  if (byFiling.size === 0) return [];
  // Filings that report a standard concept of the metric: there, the standard concept is the figure.
  const standardFilings = new Set<Disclosure>();
  for (const name of definition.concepts) {
    for (const lineItem of conceptNamed(name)?.lineItems ?? []) for (const fact of lineItem.facts) if (fact.dimensions.length === 0) standardFilings.add(fact.disclosure);
  }
  const accepted = new Map<Concept, AcceptedExtension>();
  for (const [filing, candidates] of byFiling) {
    if (candidates.length !== 1 || standardFilings.has(filing)) continue;
    const [{ concept, why }] = candidates;
    if (!accepted.has(concept)) accepted.set(concept, { concept, filings: new Map() });
    accepted.get(concept)!.filings.set(filing, why);
  }
  return [...accepted.values()];
}

/** The verdicts of a company with no extension concept: every rule accepts nothing. */
export const NO_EXTENSIONS: ExtensionVerdicts = Object.fromEntries(VOCABULARY.filter((d) => d.extension).map((d) => [d.key, []]));

/** The verdicts of every metric's extension rule for the company, from its whole graph. */
export function extensionVerdicts(graph: Graph, company: Company): ExtensionVerdicts {
  const out: ExtensionVerdicts = {};
  for (const definition of VOCABULARY) {
    if (!definition.extension) continue;
    out[definition.key] = acceptedExtensions(company, definition, (name) => graph.concept(company, name)).map((e) => ({
      concept: e.concept.name,
      filings: [...e.filings].map(([d, why]) => [d.id, why]),
    }));
  }
  return out;
}

/**
 * The metric's accepted extensions: by its rule over the graph, or, in a concept slice, by the
 * verdicts derived from the whole graph (a slice without them never answers a metric with an
 * extension rule: src/graphql/company/slice-selection.ts).
 */
export function acceptedIn(graph: Graph, company: Company, definition: Definition & { metric: MetricDefinition | null }): AcceptedExtension[] {
  if (!definition.extension || !graph.extensionVerdicts.has(company)) return acceptedExtensions(company, definition, (name) => graph.concept(company, name));
  const verdicts = graph.extensionVerdicts.get(company)?.[definition.metric?.key ?? ('' as StandardMetricKey)];
  if (!verdicts) throw new Error(`internal: a concept slice of ${company.name} without the extension verdicts of ${definition.metric?.key ?? 'a concept'}`);
  return verdicts.map((v) => {
    const concept = graph.concept(company, v.concept);
    if (!concept) throw new Error(`internal: a concept slice of ${company.name} without ${v.concept}`);
    const filings = new Map<Disclosure, string>();
    for (const [id, why] of v.filings) {
      const disclosure = graph.node('Disclosure', id) as Disclosure | undefined;
      if (!disclosure) throw new Error(`internal: a concept slice of ${company.name} without disclosure ${id}`);
      filings.set(disclosure, why);
    }
    return { concept, filings };
  });
}

/** Why an accepted extension's fact counts (a derived fact: when every fact it is derived from counts), or null when it does not. */
export function acceptedBecause(extension: AcceptedExtension, fact: Fact): string | null {
  if (fact.origin === 'DERIVED') {
    const reasons = fact.derivedFrom.map((f) => extension.filings.get(f.disclosure));
    return fact.derivedFrom.length > 0 && reasons.every((r) => r) ? reasons[0]! : null;
  }
  return extension.filings.get(fact.disclosure) ?? null;
}
