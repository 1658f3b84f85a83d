import { Field, ObjectType } from 'type-graphql';
import type { Company as DomainCompany } from '../../domain/model.js';
import { Company } from '../company/company.type.js';
import { ConnectionType } from '../pagination/connection.type.js';
import { SearchResult } from './search-result.union.js';

@ObjectType('SearchResultConnection', { description: 'A page of search results, with how the query was read.' })
export class SearchResultConnection extends ConnectionType('SearchResult', SearchResult) {
  @Field(() => String, {
    nullable: true,
    description: 'The query as corrected ("apple net sales" for "appel net salse") when the words as typed found nothing and the corrected ones found these results; null when the words were answered as typed.',
  })
  didYouMean!: string | null;

  @Field(() => Company, {
    nullable: true,
    description: 'The company a ticker or a word of its name in the query narrowed the results to ("apple net sales" → Apple Inc.); null when the query named none (or `ticker` chose it).',
  })
  company!: DomainCompany | null;
}
