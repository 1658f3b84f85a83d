import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../pagination/connection.type.js';
import { TextFact } from './text-fact.type.js';

@ObjectType('TextFactConnection', { description: 'A page of text facts.' })
export class TextFactConnection extends ConnectionType('TextFact', TextFact) {}
