import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../pagination/connection.type.js';
import { Revision } from './revision.type.js';

@ObjectType('RevisionConnection', { description: 'A page of revisions.' })
export class RevisionConnection extends ConnectionType('Revision', Revision) {}
