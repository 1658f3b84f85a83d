import { conforms } from '../conforms.js';
import type { SourceDocument as DomainSourceDocument } from '../../domain/model.js';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('SourceDocument', { description: 'The text a disclosure was curated from, kept with the data so every figure can be traced to it.' })
export class SourceDocument {
  @Field(() => String, { description: 'Path of the source text inside the data folder.' })
  path!: string;

  @Field(() => String, { description: 'SHA-256 of the source text; loading fails if the file changes.' })
  sha256!: string;

  @Field(() => String, { description: 'What the source is and how it was obtained.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Who distributed the document, e.g. "GlobeNewswire".' })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the document was published, when known.' })
  url!: string | null;
}

conforms<SourceDocument, DomainSourceDocument>();
