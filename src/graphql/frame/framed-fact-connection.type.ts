import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../pagination/connection.type.js';
import { FramedFact } from './framed-fact.type.js';

@ObjectType('FramedFactConnection', { description: 'A page of a frame: one fact per company.' })
export class FramedFactConnection extends ConnectionType('FramedFact', FramedFact) {}
