import { registerEnumType } from 'type-graphql';

/** GraphQL names equal the domain values. */
export enum DefinitionSource {
  CURATED = 'CURATED',
  TAXONOMY_DOCUMENTATION = 'TAXONOMY_DOCUMENTATION',
  SEC_RENDERING = 'SEC_RENDERING',
  COMPANYFACTS = 'COMPANYFACTS',
}

registerEnumType(DefinitionSource, {
  name: 'DefinitionSource',
  description: 'Where a definition was read.',
  valuesConfig: {
    CURATED: { description: 'A curated release\'s own footnote or section.' },
    TAXONOMY_DOCUMENTATION: { description: 'The concept\'s documentation label in the filing\'s label linkbase (the taxonomy\'s definition, as the filing carries it).' },
    SEC_RENDERING: { description: 'SEC\'s rendering of the filing (its R files\' definitions, which SEC takes from the taxonomy).' },
    COMPANYFACTS: { description: 'SEC\'s companyfacts `description` of the concept.' },
  },
});
