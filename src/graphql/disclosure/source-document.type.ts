import { conforms } from '../conforms.js';
import type { SourceDocument as DomainSourceDocument } from '../../domain/model.js';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('SourceDocument', { description: 'The document a disclosure was read or curated from, pinned by its SHA-256 so every figure can be traced to it.' })
export class SourceDocument {
  @Field(() => String, { description: "A curated release's source text: its file name in the sources folder (SOURCES_DIR, else ../shared/seeds beside the repository). A filing: its instance document's path inside the filings folder." })
  path!: string;

  @Field(() => String, { description: 'SHA-256 of the document as curated or read; where the document is found at load, loading fails if its bytes differ.' })
  sha256!: string;

  @Field(() => Boolean, {
    description:
      'Whether the document was found at load with the recorded SHA-256. For a curated release this means every excerpt (table rows, sentences, footnotes, governance, quotes) was checked against its text (the SOURCE_TEXT checks); false when the sources folder does not hold the text, so the curated data is served unchecked against it and has no SOURCE_TEXT checks. Always true for a filing, whose facts are read from the instance itself.',
  })
  isVerified!: boolean;

  @Field(() => String, { description: 'What the source is and how it was obtained.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Who distributed the document, e.g. "GlobeNewswire".' })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: "Where the document was published, when known. For an SEC filing, its page on EDGAR built from the CIK and accession number: the primary document when the filing's metadata names it, else the filing's index page (a link for readers; the server never fetches it)." })
  url!: string | null;
}

conforms<SourceDocument, DomainSourceDocument>();
