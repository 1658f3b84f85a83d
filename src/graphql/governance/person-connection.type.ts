import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../pagination/connection.type.js';
import { Person } from './person.type.js';

@ObjectType('PersonConnection', { description: 'A page of people.' })
export class PersonConnection extends ConnectionType('Person', Person) {}
