import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `vite build` (npm run build:web, run by npm install's `prepare`) writes the explorer. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Vite names built assets by content hash, so a file under /assets/ never changes. */
const HASHED_PREFIX = '/assets/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The browser may load nothing from another host: scripts, styles, images and API calls
 * come from this server only (recharts sets inline style attributes, hence 'unsafe-inline'
 * for styles, never for scripts).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

interface StaticFile {
  body: Buffer;
  type: string;
  etag: string;
  cacheControl: string;
}

/**
 * The built explorer, read into memory once at start-up (a few hundred KB): hashed assets
 * are immutable for a year, everything else (index.html) is revalidated on every use with
 * its ETag, and any path without a file extension that a browser navigates to gets
 * index.html, so deep links work (the app routes on the client).
 */
export class StaticFiles {
  private readonly files = new Map<string, StaticFile>();

  constructor(readonly root: string) {
    if (!existsSync(join(root, 'index.html'))) return;
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else {
          const urlPath = '/' + relative(root, path).split(sep).join('/');
          const body = readFileSync(path);
          this.files.set(urlPath, {
            body,
            type: TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream',
            etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
            cacheControl: urlPath.startsWith(HASHED_PREFIX) ? 'public, max-age=31536000, immutable' : 'no-cache',
          });
        }
      }
    };
    walk(root);
  }

  /** Whether the explorer has been built. */
  get available(): boolean {
    return this.files.has('/index.html');
  }

  /** Answers a GET or HEAD for a path outside the API; false when there is nothing to serve. */
  serve(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let file = this.files.get(pathname === '/' ? '/index.html' : pathname);
    // Deep links: a browser navigating to /c/QFIN/... gets the app, which routes itself.
    // Requests for missing files (an extension) and non-browser clients get the JSON 404.
    if (!file && !pathname.startsWith(HASHED_PREFIX) && extname(pathname) === '' && (req.headers.accept ?? '').includes('text/html')) {
      file = this.files.get('/index.html');
    }
    if (!file) {
      if (pathname === '/' && !this.available) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        res.end(`The explorer is not built: run \`npm run build:web\` (npm install does it), then restart. The API is at /graphql.\n`);
        return true;
      }
      return false;
    }
    const headers: Record<string, string> = {
      'content-type': file.type,
      'cache-control': file.cacheControl,
      etag: file.etag,
      'x-content-type-options': 'nosniff',
    };
    if (file.type.startsWith('text/html')) {
      headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
      headers['referrer-policy'] = 'no-referrer';
    }
    const inm = req.headers['if-none-match'];
    if (inm && inm.split(',').some((tag) => tag.trim().replace(/^W\//, '') === file.etag)) {
      const { 'content-type': _type, ...rest } = headers;
      res.writeHead(304, rest);
      res.end();
      return true;
    }
    headers['content-length'] = String(file.body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : file.body);
    return true;
  }
}
