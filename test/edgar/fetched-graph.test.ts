import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgarFilingUrl } from '../../src/domain/filings/build-filings.js';
import type { Graph } from '../../src/domain/graph.js';
import { loadGraph } from '../../src/domain/load-graph.js';
import { execute } from '../helpers.js';
import { EdgarServer, SHARED_EDGAR, sharedEdgarExists } from './edgar-server.js';
import { fetchInto, removeTempFilings, tempFilings } from './helpers.js';

if (!sharedEdgarExists) console.warn(`Skipping the fetched-filings graph test: ${SHARED_EDGAR} is absent.`);

describe('a filing’s link to EDGAR', () => {
  it('is its primary document when metadata.json names one, else its index page', () => {
    expect(edgarFilingUrl('320193', '0000320193-25-000057', 'aapl-20250329.htm')).toBe('https://www.sec.gov/Archives/edgar/data/320193/000032019325000057/aapl-20250329.htm');
    expect(edgarFilingUrl('320193', '0000320193-25-000057', null)).toBe('https://www.sec.gov/Archives/edgar/data/320193/000032019325000057/0000320193-25-000057-index.htm');
    // Never a path or a URL of someone else's making.
    expect(edgarFilingUrl('320193', '0000320193-25-000057', '../../x?y')).toBe('https://www.sec.gov/Archives/edgar/data/320193/000032019325000057/0000320193-25-000057-index.htm');
  });
});

describe.skipIf(!sharedEdgarExists)('what npm run fetch saved, served by the graph', () => {
  let server: EdgarServer;
  let graph: Graph;
  beforeAll(async () => {
    server = await new EdgarServer().start();
    const dir = tempFilings();
    await fetchInto(server, dir, ['AAPL'], { forms: ['10-Q'], since: '2025-03-01', factsOnly: false });
    graph = loadGraph(undefined, dir);
  });
  afterAll(async () => {
    await server?.close();
    removeTempFilings();
  });

  it("Apple's 10-Q for the quarter ended 2025-03-29 is a disclosure naming its form, accession number and filing date, with its statements and its EDGAR link", async () => {
    const result = await execute(
      `{ company(ticker: "AAPL") { disclosures(first: 20) { edges { node { form periodOfReport accessionNumber filedOn statements { title } source { url publisher } } } } } }`,
      {},
      graph,
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.company.disclosures.edges.map((e: any) => e.node);
    const q = nodes.find((d: any) => d.accessionNumber === '0000320193-25-000057');
    expect(q).toMatchObject({
      form: '10-Q',
      periodOfReport: '2025-03-29',
      filedOn: '2025-05-02',
      source: { url: 'https://www.sec.gov/Archives/edgar/data/320193/000032019325000057/aapl-20250329.htm', publisher: 'SEC EDGAR' },
    });
    expect(q.statements.length).toBeGreaterThan(5);
  });
});
