import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Returns the first n items (1 to 100) after `after`.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Returns items after this cursor.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Returns the last n items (1 to 100) before `before`.' })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Returns items before this cursor.' })
  before?: string | null;
}
