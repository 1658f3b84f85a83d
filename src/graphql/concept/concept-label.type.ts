import { conforms } from '../conforms.js';
import type { ConceptLabel as DomainConceptLabel } from '../../domain/model.js';
import { Field, ObjectType } from 'type-graphql';
import { LabelRole } from './concept-enums.js';

@ObjectType('ConceptLabel', { description: 'One label of a concept, in one role.' })
export class ConceptLabel {
  @Field(() => LabelRole, { description: 'What the label is for.' })
  role!: LabelRole;

  @Field(() => String, { description: 'The role as the taxonomy names it (the last segment of its URI), e.g. "negatedTerseLabel".' })
  roleName!: string;

  @Field(() => String, { description: 'The label text.' })
  text!: string;
}

conforms<ConceptLabel, DomainConceptLabel>();
