import { conforms } from '../conforms.js';
import type { Education as DomainEducation } from '../../domain/governance/model.js';
import { Field, ObjectType } from 'type-graphql';
import { SourceExcerpt } from '../values/source-excerpt.type.js';

@ObjectType('Education', { description: 'A degree a disclosure says a person received.' })
export class Education {
  @Field(() => String, { description: 'The degree as printed, e.g. "MBA".' })
  degree!: string;

  @Field(() => String, { nullable: true, description: 'Field of study, e.g. "mechanical engineering"; null when not printed.' })
  field!: string | null;

  @Field(() => String, { description: 'The institution, e.g. "Boston University".' })
  institution!: string;

  @Field(() => String, { nullable: true, description: 'Year received, e.g. "1999"; null when not printed.' })
  year!: string | null;

  @Field(() => SourceExcerpt, { description: 'Where a disclosure states it.' })
  source!: SourceExcerpt;
}

conforms<Education, DomainEducation>();
