import { readFileSync, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, extname, join, sep } from 'node:path';
import { FILING_DOCUMENTS_PATH } from '../domain/filings/filing-document-url.js';
import { isInlineDocument } from '../xbrl/inline/index.js';

/**
 * A filing's page may hold anything a filer wrote: it is shown sandboxed. `sandbox` (no
 * token) runs no script, submits no form, opens no popup and gives the page an opaque
 * origin; nothing loads from another host; images and stylesheets only from this server
 * (the route serves nothing but the files of loaded filing folders); only this server's
 * pages (the explorer) may frame it.
 */
export const FILING_DOCUMENT_POLICY =
  "sandbox; default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/**
 * Highlights the fact the address names (`#f-12`) without a script: the browser scrolls to
 * the element and `:target` styles it. Written in the XHTML namespace, as the documents are.
 */
export const HIGHLIGHT_STYLE =
  '<style xmlns="http://www.w3.org/1999/xhtml" id="disclosure-graph-highlight">:target{outline:3px solid #c92a2a;outline-offset:2px;background:#ffec99 !important;scroll-margin:35vh 0}</style>';

const ASSETS: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.css': 'text/css; charset=utf-8',
};
const PAGES = new Set(['.htm', '.html', '.xhtml']);

/**
 * Serves the pages of the loaded filings, under `/filing-documents/<path in the filings
 * folder>`: a filing's Inline XBRL documents (recognised by content, as the reader does:
 * exhibits and SEC's renderings are not served) with a highlight style added, and the images
 * and stylesheets beside them. Confined to the folders of loaded filings: a path with an
 * empty, `.` or `..` segment, an encoded slash, or a symbolic link leading elsewhere is not
 * found.
 */
export class FilingDocuments {
  private readonly inline = new Map<string, boolean>();

  /** `isFilingFolder`: whether a folder holds a filing served now (asked per request, so it follows the store's changes). */
  constructor(private readonly root: string, private readonly isFilingFolder: (folder: string) => boolean) {}

  /** Answers a request under /filing-documents/; false for any other path. */
  serve(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
    if (!pathname.startsWith(FILING_DOCUMENTS_PATH)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end('Filing documents are read with GET.\n');
      return true;
    }
    const file = this.resolve(pathname.slice(FILING_DOCUMENTS_PATH.length));
    const ext = file ? extname(file).toLowerCase() : '';
    const type = !file ? null : PAGES.has(ext) ? (this.isInline(file) ? 'application/xhtml+xml' : null) : (ASSETS[ext] ?? null);
    if (!file || !type) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      res.end('No such document among the loaded filings.\n');
      return true;
    }
    let body: Buffer = readFileSync(file);
    if (PAGES.has(ext)) body = withHighlight(body);
    res.writeHead(200, {
      // No charset: an XHTML document's own XML declaration names its encoding.
      'content-type': type,
      'content-length': String(body.length),
      'content-security-policy': FILING_DOCUMENT_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }

  /** The file a request path names inside a loaded filing's folder, or null. */
  private resolve(rest: string): string | null {
    let segments: string[];
    try {
      segments = rest.split('/').map(decodeURIComponent);
    } catch {
      return null; // malformed percent-encoding
    }
    if (segments.some((s) => s === '' || s === '.' || s === '..' || /[/\\\0]/.test(s))) return null;
    const file = join(this.root, ...segments);
    const folder = dirname(file);
    if (!this.isFilingFolder(folder)) return null;
    try {
      const real = realpathSync(file);
      if (!real.startsWith(realpathSync(folder) + sep) || !statSync(real).isFile()) return null;
      return real;
    } catch {
      return null;
    }
  }

  private isInline(file: string): boolean {
    let known = this.inline.get(file);
    if (known === undefined) this.inline.set(file, (known = isInlineDocument(file)));
    return known;
  }
}

/** The document with the highlight style at the end of its head (unchanged when it has none). */
function withHighlight(body: Buffer): Buffer {
  const at = body.indexOf('</head>');
  if (at < 0) return body;
  return Buffer.concat([body.subarray(0, at), Buffer.from(HIGHLIGHT_STYLE), body.subarray(at)]);
}
