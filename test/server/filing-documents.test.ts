import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/domain/load-graph.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { header, inlineDocument } from '../xbrl/inline/helpers.js';

/** A filings folder with one Inline XBRL 10-Q beside an exhibit, an image, a rendering and a secret outside. */
function filingsFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'filing-documents-'));
  const dir = join(root, 'acme-10-q');
  mkdirSync(dir);
  // An image outside any filing folder: only the confinement keeps it from being served.
  writeFileSync(join(root, 'secret.jpg'), 'not a filing');
  writeFileSync(join(dir, 'acme-20250331.xsd'), '<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://acme.example/20250331"/>');
  writeFileSync(
    join(dir, 'acme-20250331.htm'),
    inlineDocument(
      `<p>Form <ix:nonNumeric name="dei:DocumentType" contextRef="c-1" id="f-1">10-Q</ix:nonNumeric> of <ix:nonNumeric name="dei:EntityRegistrantName" contextRef="c-1" id="f-2">Acme Corp</ix:nonNumeric></p>
       <img src="logo.jpg" alt="logo"/><script>window.stolen = 1</script>
       <table><tr><td>Revenues</td><td>$<ix:nonFraction name="us-gaap:Revenues" contextRef="c-1" unitRef="usd" decimals="-3" scale="3" id="f-4" format="ixt:num-dot-decimal">1,250</ix:nonFraction></td></tr></table>`,
      { header: header('', '<ix:nonNumeric name="dei:EntityCentralIndexKey" contextRef="c-1" id="f-3">0000012345</ix:nonNumeric><ix:nonFraction name="us-gaap:Assets" contextRef="c-2" unitRef="usd" decimals="0" id="f-5">9</ix:nonFraction>') },
    ),
  );
  writeFileSync(join(dir, 'logo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
  writeFileSync(join(dir, 'ex31.htm'), '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>Exhibit</body></html>');
  writeFileSync(join(dir, 'R1.htm'), '<html><body>Rendering</body></html>');
  writeFileSync(join(dir, 'notes.txt'), 'text');
  symlinkSync(join(root, 'secret.jpg'), join(dir, 'link.jpg'));
  return root;
}

/** A raw GET: fetch() would normalise `..` away before sending it. */
function rawGet(origin: string, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('a filing\'s own pages, served sandboxed under /filing-documents/', () => {
  let root: string;
  let server: RunningServer;

  beforeAll(async () => {
    root = filingsFolder();
    server = await startServer(loadGraph(undefined, root), 0, '127.0.0.1', { webRoot: null, filingsDir: root });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('gives each displayed Inline XBRL fact its address there, and none to a hidden one', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ companyByCik(cik: "0000012345") { disclosures { nodes { facts(first: 10) { nodes { value lineItem { key } source { element { instance document hidden elementId line viewUrl } } } } } } } }' }),
    });
    const body = (await res.json()) as any;
    expect(body.errors).toBeUndefined();
    const facts = body.data.companyByCik.disclosures.nodes[0].facts.nodes.map((f: any) => [f.lineItem.key, f.value, f.source.element]);
    expect(facts).toContainEqual(['us-gaap:Revenues', '1250000', { instance: 'acme-10-q/acme-20250331.htm', document: 'acme-10-q/acme-20250331.htm', hidden: false, elementId: 'f-4', line: expect.any(Number), viewUrl: '/filing-documents/acme-10-q/acme-20250331.htm#f-4' }]);
    expect(facts).toContainEqual(['us-gaap:Assets', '9', expect.objectContaining({ hidden: true, elementId: 'f-5', viewUrl: null })]);
  });

  it('serves the document as XHTML under a sandbox policy with no scripts and nothing from elsewhere, with the :target highlight', async () => {
    const res = await rawGet(server.origin, '/filing-documents/acme-10-q/acme-20250331.htm');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/xhtml+xml');
    const csp = String(res.headers['content-security-policy']);
    expect(csp.split(';').map((d) => d.trim())).toEqual(expect.arrayContaining(['sandbox', "default-src 'none'", "img-src 'self' data:", "frame-ancestors 'self'"]));
    expect(csp).not.toMatch(/script-src|allow-scripts|https?:/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).toContain('<style xmlns="http://www.w3.org/1999/xhtml" id="disclosure-graph-highlight">:target{');
    expect(res.body.indexOf('disclosure-graph-highlight')).toBeLessThan(res.body.indexOf('</head>'));
    expect(res.body).toContain('id="f-4"');
    const img = await rawGet(server.origin, '/filing-documents/acme-10-q/logo.jpg');
    expect([img.status, img.headers['content-type']]).toEqual([200, 'image/jpeg']);
  });

  it.each([
    ['/filing-documents/secret.jpg', 'a file of the filings folder that is no filing'],
    ['/filing-documents/acme-10-q/../secret.jpg', 'a .. segment'],
    ['/filing-documents/acme-10-q/..%2fsecret.jpg', 'an encoded slash'],
    ['/filing-documents/acme-10-q/%2e%2e/secret.jpg', 'an encoded ..'],
    ['/filing-documents/acme-10-q//acme-20250331.htm', 'an empty segment'],
    ['/filing-documents/acme-10-q/link.jpg', 'a symbolic link out of the folder'],
    ['/filing-documents/acme-10-q/ex31.htm', 'an exhibit without ix: tags'],
    ['/filing-documents/acme-10-q/R1.htm', "SEC's rendering"],
    ['/filing-documents/acme-10-q/acme-20250331.xsd', 'the schema'],
    ['/filing-documents/acme-10-q/notes.txt', 'a text file'],
    ['/filing-documents/acme-10-q/missing.htm', 'a missing file'],
    ['/filing-documents/acme-10-q/%E0%A4%A.htm', 'a malformed escape'],
    ['/filing-documents/..%2F..%2F..%2Fetc%2Fpasswd', 'an escape to /etc'],
  ])('does not serve %s (%s)', async (path) => {
    const res = await rawGet(server.origin, path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('not a filing');
  });

  it('answers only GET and HEAD', async () => {
    const res = await fetch(`${server.origin}/filing-documents/acme-10-q/acme-20250331.htm`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
    const head = await fetch(`${server.origin}/filing-documents/acme-10-q/acme-20250331.htm`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('the filing pages served follow what the server serves', () => {
  it('serves a folder once the served snapshot holds its filing, and no longer once it does not', async () => {
    const root = filingsFolder();
    const withoutFilings = loadGraph();
    const server = await startServer(withoutFilings, 0, '127.0.0.1', { webRoot: null, filingsDir: root });
    try {
      const page = `${server.origin}/filing-documents/acme-10-q/acme-20250331.htm`;
      expect((await fetch(page)).status).toBe(404); // the first graph holds no filing
      server.replaceGraph(loadGraph(undefined, root));
      expect((await fetch(page)).status).toBe(200);
      server.replaceGraph(withoutFilings);
      expect((await fetch(page)).status).toBe(404);
    } finally {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
