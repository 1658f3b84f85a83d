import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../pagination/connection.type.js';
import { Fact } from './fact.type.js';

@ObjectType('FactConnection', { description: 'A page of facts.' })
export class FactConnection extends ConnectionType('Fact', Fact) {}
