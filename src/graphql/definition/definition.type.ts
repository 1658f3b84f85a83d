import { conforms } from '../conforms.js';
import type { Definition as DomainDefinition } from '../../domain/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';
import { DefinitionSource } from './definition-source.enum.js';

@ObjectType('Definition', { implements: Node, description: 'What defines a measure: the footnote or sentence of the release that says what it is, and its formula when it is computed from other line items.' })
export class Definition {
  @Field(() => DefinitionSource, { description: 'Where the definition was read: a release\'s own words, or for an XBRL concept its taxonomy definition from the filing, SEC\'s renderings or companyfacts.' })
  source!: DefinitionSource;

  @Field(() => String, { nullable: true, description: 'The defining text, verbatim; null when the release defines the measure nowhere in words (see `basis`).' })
  text!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the measure is computed as it is, when the release gives no defining text.' })
  basis!: string | null;

  @Field(() => String, { nullable: true, description: 'The section of the release that states the definition, e.g. "Use of Non-GAAP Financial Measures Statement"; null when a footnote does.' })
  section!: string | null;
}

conforms<Definition, DomainDefinition>();
