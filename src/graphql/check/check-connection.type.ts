import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../pagination/connection.type.js';
import { Check } from './check.type.js';

@ObjectType('CheckConnection', { description: 'A page of checks.' })
export class CheckConnection extends ConnectionType('Check', Check) {}
