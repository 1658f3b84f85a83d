import { IsString, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../pagination/connection.args.js';

@ArgsType()
export class SearchArgs extends ConnectionArgs {
  @Field(() => String, { description: 'Words to find, all of them, as whole words in any case and order, e.g. "delinquency" or "capital-light".' })
  @IsString()
  @MaxLength(200)
  @Matches(/[\p{L}\p{N}]/u, { message: 'must contain at least one letter or digit' })
  query!: string;
}
