import { FieldResolver, Resolver, Root } from 'type-graphql';
import { filingDocumentUrl } from '../../domain/filings/filing-document-url.js';
import type { XbrlElementSource } from '../../domain/model.js';
import { XbrlElement } from './xbrl-element.type.js';

@Resolver(() => XbrlElement)
export class XbrlElementResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Where this server shows the fact highlighted in the filing's own pages: the path of its Inline XBRL document on this server, with the element id as fragment (`/filing-documents/aapl-10-q/aapl-20250329.htm#f-12`). The page is served sandboxed (no scripts, nothing loaded from elsewhere). Null for a fact read from an XBRL instance document, a fact in `ix:hidden` (not displayed), an element without an id, or a document read from a zip (the pages are served from a folder only).",
  })
  viewUrl(@Root() element: XbrlElementSource): string | null {
    if (element.document === null || element.hidden || element.elementId === null) return null;
    // A document read from a filing's zip (`…/x-xbrl.zip/aapl.htm`) is not a file the server can show.
    if (element.document.split('/').some((segment) => /\.zip$/i.test(segment))) return null;
    return filingDocumentUrl(element.document, element.elementId);
  }
}
