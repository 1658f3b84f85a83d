import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { DisclosureKind } from './disclosure-kind.enum.js';

@ObjectType('Disclosure', { implements: Node, description: 'A document a company published: an earnings release, a report, an announcement.' })
export class Disclosure {
  @Field(() => String, { description: 'Identifier unique within the company, e.g. "2024-q2-results".' })
  slug!: string;

  @Field(() => String, { description: 'Title as published.' })
  title!: string;

  @Field(() => DisclosureKind, { description: 'Kind of document.' })
  kind!: DisclosureKind;

  @Field(() => DateScalar, { description: 'Date of publication.' })
  date!: string;

  @Field(() => Boolean, { description: 'Whether the figures are audited.' })
  audited!: boolean;
}
