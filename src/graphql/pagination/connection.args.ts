import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_PAGE_SIZE } from './page-size.js';

/**
 * The Relay pagination arguments, validated (1–100 page sizes, bounded cursors). Every
 * connection field takes them with `@Args(() => ConnectionArgs)`; a field with filters
 * takes a second `@Args` class or an `@Arg('filter', () => XFilter)` input beside them.
 * `first` together with `last` is refused by `paginate`.
 */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Returns the first n items (1 to ${MAX_PAGE_SIZE}) after \`after\`. Without \`first\` or \`last\`, a page holds the first 20 items.` })
  @IsOptional()
  @IsInt()
  @Min(1, { message: `must be between 1 and ${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `must be between 1 and ${MAX_PAGE_SIZE}` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Returns items after this cursor (an `endCursor` or edge `cursor` from the same list with the same filters).' })
  @IsOptional()
  @MaxLength(200, { message: 'is not a cursor returned by this API' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Returns the last n items (1 to ${MAX_PAGE_SIZE}) before \`before\`. Cannot be combined with \`first\`.` })
  @IsOptional()
  @IsInt()
  @Min(1, { message: `must be between 1 and ${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `must be between 1 and ${MAX_PAGE_SIZE}` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Returns items before this cursor (a `startCursor` or edge `cursor` from the same list with the same filters).' })
  @IsOptional()
  @MaxLength(200, { message: 'is not a cursor returned by this API' })
  before?: string | null;
}
