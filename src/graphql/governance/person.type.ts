import { conforms } from '../conforms.js';
import type { Person as DomainPerson } from '../../domain/governance/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';

@ObjectType('Person', { implements: Node, description: 'A person the company\'s disclosures name: a director, an officer. People are never removed; their roles end.' })
export class Person {
  @Field(() => String, { description: 'Identifier unique within the company, e.g. "fan-zhao".' })
  slug!: string;

  @Field(() => String, { description: 'Full name as printed, e.g. "Fan Zhao".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Honorific as printed, e.g. "Mr."; null when none is.' })
  honorific!: string | null;
}

conforms<Person, DomainPerson>();
