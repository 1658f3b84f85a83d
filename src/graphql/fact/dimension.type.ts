import { conforms } from '../conforms.js';
import type { Dimension as DomainDimension } from '../../domain/model.js';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('Dimension', { description: 'One axis of a fact\'s context and the member it takes; a fact without dimensions is on the default member of every axis (the consolidated entity, all regions, …).' })
export class Dimension {
  @Field(() => String, { description: 'The axis concept, e.g. "srt:StatementGeographicalAxis".' })
  axis!: string;

  @Field(() => String, { description: 'An explicit member\'s concept, e.g. "us-gaap:EMEAMember"; for a typed axis, the member\'s value as filed.' })
  member!: string;

  @Field(() => Boolean, { description: 'Whether the axis is typed (its member is a value, not a concept).' })
  typed!: boolean;
}

conforms<Dimension, DomainDimension>();
