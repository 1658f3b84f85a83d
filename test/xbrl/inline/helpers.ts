import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { afterAll } from 'vitest';
import { repoRoot } from '../helpers.js';

/** Apple's 10-Q folder as EDGAR publishes it: the Inline XBRL document and SEC's extraction of it. */
export const APPLE_10Q = resolve(repoRoot, '../shared/edgar/www.sec.gov/Archives/edgar/data/320193/000032019325000057');
export const appleExists = existsSync(APPLE_10Q);

const NAMESPACES = {
  '': 'http://www.w3.org/1999/xhtml',
  ix: 'http://www.xbrl.org/2013/inlineXBRL',
  ixt: 'http://www.xbrl.org/inlineXBRL/transformation/2020-02-12',
  ixt3: 'http://www.xbrl.org/inlineXBRL/transformation/2015-02-26',
  'ixt-sec': 'http://www.sec.gov/inlineXBRL/transformation/2015-08-31',
  xbrli: 'http://www.xbrl.org/2003/instance',
  link: 'http://www.xbrl.org/2003/linkbase',
  xlink: 'http://www.w3.org/1999/xlink',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  iso4217: 'http://www.xbrl.org/2003/iso4217',
  'us-gaap': 'http://fasb.org/us-gaap/2024',
  dei: 'http://xbrl.sec.gov/dei/2024',
} as const;

/** The header every generated document carries: a schemaRef, one duration context, USD and shares. */
export function header(extra = '', hidden = ''): string {
  return `<div style="display:none"><ix:header>${hidden ? `<ix:hidden>${hidden}</ix:hidden>` : ''}<ix:references><link:schemaRef xlink:type="simple" xlink:href="acme-20250331.xsd"/></ix:references><ix:resources>
<xbrli:context id="c-1"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000012345</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2025-01-01</xbrli:startDate><xbrli:endDate>2025-03-31</xbrli:endDate></xbrli:period></xbrli:context>
<xbrli:context id="c-2"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000012345</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>2025-03-31</xbrli:instant></xbrli:period></xbrli:context>
<xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit><xbrli:unit id="shares"><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unit>${extra}
</ix:resources></ix:header></div>`;
}

/** An Inline XBRL document around `body` (header included unless `withHeader` is false). */
export function inlineDocument(body: string, options: { header?: string | null } = {}): string {
  const ns = Object.entries(NAMESPACES).map(([p, uri]) => (p ? ` xmlns:${p}="${uri}"` : ` xmlns="${uri}"`)).join('');
  return `<?xml version="1.0" encoding="utf-8"?>\n<html${ns}><head><title>acme</title></head><body>${options.header === null ? '' : (options.header ?? header())}\n${body}\n</body></html>\n`;
}

/** One temporary parent per test file, removed after its tests. */
let parent: string | undefined;
afterAll(() => {
  if (parent) rmSync(parent, { recursive: true, force: true });
  parent = undefined;
});

/** A temporary folder holding the given files. */
export function folderWith(files: Record<string, string>): string {
  parent ??= mkdtempSync(join(tmpdir(), 'inline-'));
  const dir = mkdtempSync(join(parent, 'f-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
