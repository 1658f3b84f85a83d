import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../pagination/connection.type.js';
import { SetAsideFiling } from './set-aside-filing.type.js';

@ObjectType('SetAsideFilingConnection', { description: 'A page of set-aside filings, by folder.' })
export class SetAsideFilingConnection extends ConnectionType('SetAsideFiling', SetAsideFiling) {}
