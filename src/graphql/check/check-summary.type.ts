import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('CheckSummary', { description: 'Counts of a disclosure\'s checks by outcome.' })
export class CheckSummary {
  @Field(() => Int, { description: 'Checks run.' })
  total!: number;

  @Field(() => Int, { description: 'Checks that pass.' })
  passed!: number;

  @Field(() => Int, { description: 'Checks that fail.' })
  failed!: number;

  @Field(() => Int, { description: 'Checks that could not be evaluated (status NOT_EVALUATED): neither passed nor failed.' })
  notEvaluated!: number;
}
