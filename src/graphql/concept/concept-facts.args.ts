import { ArgsType, Field } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar.js';

@ArgsType()
export class ConceptFactsArgs {
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only what was known on this date: reserved for the report of each figure filed on or before it. Accepted and not yet applied: every report is returned.',
  })
  asOf?: string | null;
}
