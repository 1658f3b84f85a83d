import { IsOptional } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar.js';

@ArgsType()
export class AsOfArgs {
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Point in time: for each figure, only the report from the latest disclosure known on or before this date, and nothing known later (a backtest never sees the future). A disclosure is known from its filing date; one whose filing date is unknown is placed at the latest day it can have been filed (see `Disclosure.knownOn`), never earlier. Derived facts are included when every input is what was known on that date. Omitted: every report of every figure.',
  })
  @IsOptional()
  asOf?: string | null;
}
