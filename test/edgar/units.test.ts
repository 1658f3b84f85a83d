import { describe, expect, it } from 'vitest';
import { ConfigError, isSecHost, readConfig } from '../../src/edgar/config.js';
import { wanted, xbrlDocuments } from '../../src/edgar/filing.js';
import { RateLimiter } from '../../src/edgar/rate-limiter.js';
import type { FilingRow } from '../../src/edgar/submissions.js';

const row = (over: Partial<FilingRow> = {}): FilingRow => ({
  accessionNumber: '0001193125-15-259935',
  form: '10-Q',
  filingDate: '2015-07-22',
  reportDate: '2015-06-27',
  acceptanceDateTime: '2015-07-22T16:31:58.000Z',
  primaryDocument: 'd927016d10q.htm',
  isXBRL: true,
  isInlineXBRL: false,
  ...over,
});

describe('which documents of a filing folder are fetched', () => {
  it('an older filing: the instance, schema and linkbases; not the HTML 10-Q, exhibits, R pages, FilingSummary, the workbook or zips', () => {
    const listing = ['0001193125-15-259935-index-headers.html', '0001193125-15-259935-xbrl.zip', 'FilingSummary.xml', 'Financial_Report.xlsx', 'R1.htm', 'R1.xml', 'aapl-20150627.xml', 'aapl-20150627.xsd', 'aapl-20150627_cal.xml', 'aapl-20150627_def.xml', 'aapl-20150627_lab.xml', 'aapl-20150627_pre.xml', 'd927016d10q.htm', 'd927016dex311.htm', 'g927016g01.jpg'];
    expect(xbrlDocuments(listing, row())).toEqual(['aapl-20150627.xml', 'aapl-20150627.xsd', 'aapl-20150627_cal.xml', 'aapl-20150627_def.xml', 'aapl-20150627_lab.xml', 'aapl-20150627_pre.xml']);
  });

  it('an Inline XBRL filing: its primary document too, and SEC’s extracted instance; never a name that leaves the folder', () => {
    const listing = ['aapl-20250329.htm', 'aapl-20250329_htm.xml', 'aapl-20250329.xsd', 'aapl-20250329_lab.xml', 'a10-qexhibit31103292025.htm', 'MetaLinks.json', 'Show.js', 'report.css', '../evil.xml', '.hidden.xml'];
    expect(xbrlDocuments(listing, row({ primaryDocument: 'aapl-20250329.htm', isInlineXBRL: true }))).toEqual(['aapl-20250329.htm', 'aapl-20250329.xsd', 'aapl-20250329_htm.xml', 'aapl-20250329_lab.xml']);
  });

  it('wanted: one of the forms, with XBRL, filed on or after --since', () => {
    const forms = new Set(['10-Q', '10-K']);
    expect(wanted(row(), forms, null)).toBe(true);
    expect(wanted(row({ isXBRL: false }), forms, null)).toBe(false);
    expect(wanted(row({ form: '8-K' }), forms, null)).toBe(false);
    expect(wanted(row(), forms, '2015-07-22')).toBe(true);
    expect(wanted(row(), forms, '2015-07-23')).toBe(false);
  });
});

describe('configuration, checked before any request', () => {
  it('wants SEC_USER_AGENT with an organisation and an e-mail, and http(s) base URLs', () => {
    expect(() => readConfig({})).toThrow(ConfigError);
    expect(() => readConfig({ SEC_USER_AGENT: 'me@example.com' })).toThrow(/must name an organisation and a contact e-mail/);
    expect(() => readConfig({ SEC_USER_AGENT: 'Example Research' })).toThrow(/must name an organisation and a contact e-mail/);
    expect(() => readConfig({ SEC_USER_AGENT: 'Example Research admin@example.com', EDGAR_DATA_URL: 'data.sec.gov' })).toThrow(/EDGAR_DATA_URL "data.sec.gov" is not an http\(s\) URL/);
    expect(readConfig({ SEC_USER_AGENT: 'Example Research admin@example.com', EDGAR_WWW_URL: 'http://127.0.0.1:9/www/' })).toEqual({
      userAgent: 'Example Research admin@example.com',
      wwwUrl: 'http://127.0.0.1:9/www',
      dataUrl: 'https://data.sec.gov',
      filingsDir: 'filings',
    });
  });

  it("SEC's own hosts are the ones where the 10-a-second ceiling holds", () => {
    expect(isSecHost('https://www.sec.gov')).toBe(true);
    expect(isSecHost('https://data.sec.gov')).toBe(true);
    expect(isSecHost('http://127.0.0.1:8080/www')).toBe(false);
    expect(isSecHost('https://notsec.gov.example.com')).toBe(false);
  });
});

describe('the rate limiter', () => {
  it('releases concurrent callers one at a time, at least 1/rate apart', async () => {
    const limiter = new RateLimiter(50);
    // The moments the limiter released each caller (not when each caller's own callback ran,
    // which a busy event loop delays by different amounts).
    const times = await Promise.all(Array.from({ length: 10 }, () => limiter.take()));
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(20);
  });
});
