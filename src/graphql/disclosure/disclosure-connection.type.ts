import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../pagination/connection.type.js';
import { Disclosure } from './disclosure.type.js';

@ObjectType('DisclosureConnection', { description: 'A page of disclosures.' })
export class DisclosureConnection extends ConnectionType('Disclosure', Disclosure) {}
