import type { Graph } from './graph.js';
import type { Concept, Definition, DefinitionSource, Disclosure, LineItem } from './model.js';

/** The taxonomy's own words first, then SEC's renderings, then companyfacts' descriptions. */
const RANK: Record<Exclude<DefinitionSource, 'CURATED'>, number> = { TAXONOMY_DOCUMENTATION: 3, SEC_RENDERING: 2, COMPANYFACTS: 1 };

/**
 * The one place an XBRL concept's taxonomy definition is set, whichever loaded source gives
 * it (the filing reader, SEC's R files, the companyfacts reader): a concept keeps one such
 * definition (`<concept>/documentation`), from the best source seen; of one source, the
 * latest call wins (filings are added oldest first). `disclosure` is where the text was read;
 * `lineItem` is the concept's line item, which also lists the definition.
 */
export function setConceptDefinition(graph: Graph, concept: Concept, lineItem: LineItem, text: string, source: Exclude<DefinitionSource, 'CURATED'>, disclosure: Disclosure): Definition {
  const id = `${concept.id}/documentation`;
  const existing = concept.definitions.find((d) => d.id === id);
  if (existing) {
    if (RANK[source] >= RANK[existing.source as keyof typeof RANK]) Object.assign(existing, { text, source, disclosure });
    return existing;
  }
  const definition: Definition = graph.add({ type: 'Definition', id, source, disclosure, lineItem, text, basis: null, footnote: null, section: null, formula: null });
  concept.definitions.push(definition);
  lineItem.definitions.push(definition);
  disclosure.definitions.push(definition);
  return definition;
}
