import { IsString, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType('DimensionFilter', { description: 'One axis and its member, as the filing names them (QNames with their prefix).' })
export class DimensionFilter {
  @Field(() => String, { description: 'The axis concept, e.g. "srt:ProductOrServiceAxis".' })
  @IsString()
  @Length(1, 300)
  axis!: string;

  @Field(() => String, { description: 'The member on that axis, e.g. "us-gaap:ProductMember" (a typed member: its value).' })
  @IsString()
  @Length(1, 300)
  member!: string;
}
