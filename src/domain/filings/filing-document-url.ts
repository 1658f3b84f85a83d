/**
 * Where this server shows a filing's own pages (its Inline XBRL documents, sandboxed; see
 * src/server/filing-documents.ts): the document's path inside the filings folder, under
 * this prefix. The API gives each Inline XBRL fact's address there, with its element id as
 * the fragment that highlights it.
 */
export const FILING_DOCUMENTS_PATH = '/filing-documents/';

/** `/filing-documents/<document>#<element id>`: each path segment and the id percent-encoded. */
export function filingDocumentUrl(document: string, elementId: string | null): string {
  const path = FILING_DOCUMENTS_PATH + document.split('/').map(encodeURIComponent).join('/');
  return elementId ? `${path}#${encodeURIComponent(elementId)}` : path;
}
