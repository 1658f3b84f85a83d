import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../pagination/connection.type.js';
import { SearchResult } from './search-result.union.js';

@ObjectType('SearchResultConnection', { description: 'A page of search results.' })
export class SearchResultConnection extends ConnectionType('SearchResult', SearchResult) {}
