import { conforms } from '../conforms.js';
import type { FactSource as DomainFactSource } from '../../domain/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Disclosure } from '../disclosure/disclosure.type.js';

@ObjectType('FactSource', { description: 'Where in its disclosure a fact is stated: a table cell, a sentence, a derivation, or an element of a filing\'s XBRL instance (`kind` says which; the fields of the other kinds are null).' })
export class FactSource {
  @Field(() => Disclosure, { description: 'The disclosure that states the fact.' })
  disclosure!: Disclosure;
}

conforms<FactSource, DomainFactSource>();
