import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../pagination/connection.type.js';
import { Company } from './company.type.js';

@ObjectType('CompanyConnection', { description: 'A page of companies.' })
export class CompanyConnection extends ConnectionType('Company', Company) {}
