/** What the fetcher needs from its environment, checked before any request is made. */
export interface EdgarConfig {
  /** `User-Agent` for every request: organisation and contact e-mail, as SEC's fair-access rules require. */
  userAgent: string;
  /** Base of www.sec.gov (Archives, company_tickers.json, bulk zips), without a trailing slash. */
  wwwUrl: string;
  /** Base of data.sec.gov (submissions, companyfacts), without a trailing slash. */
  dataUrl: string;
  /** Where fetched data lands (the layout `npm start` loads). */
  filingsDir: string;
}

export class ConfigError extends Error {}

/** SEC's ceiling for automated clients. */
export const SEC_MAX_RATE = 10;

export function readConfig(env: NodeJS.ProcessEnv = process.env): EdgarConfig {
  const userAgent = (env.SEC_USER_AGENT ?? '').trim();
  if (!userAgent) {
    throw new ConfigError(
      'SEC_USER_AGENT is not set. SEC asks every automated client to name its organisation and a contact e-mail in the User-Agent header, ' +
        'and blocks clients that do not. Set it and run again, e.g.\n  SEC_USER_AGENT="Example Research admin@example.com" npm run fetch -- AAPL\nNo request was made.',
    );
  }
  const email = /[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+/.exec(userAgent);
  const organisation = email ? userAgent.replace(email[0], '').replace(/[<>()]/g, '').trim() : userAgent;
  if (!email || !organisation) {
    throw new ConfigError(
      `SEC_USER_AGENT "${userAgent}" must name an organisation and a contact e-mail address (SEC's fair-access rules), e.g. "Example Research admin@example.com". No request was made.`,
    );
  }
  const base = (v: string | undefined, fallback: string, name: string) => {
    const url = (v && v.trim() ? v.trim() : fallback).replace(/\/+$/, '');
    if (!/^https?:\/\/[^/]+/i.test(url)) throw new ConfigError(`${name} "${url}" is not an http(s) URL. No request was made.`);
    return url;
  };
  return {
    userAgent,
    wwwUrl: base(env.EDGAR_WWW_URL, 'https://www.sec.gov', 'EDGAR_WWW_URL'),
    dataUrl: base(env.EDGAR_DATA_URL, 'https://data.sec.gov', 'EDGAR_DATA_URL'),
    filingsDir: env.FILINGS_DIR && env.FILINGS_DIR.trim() ? env.FILINGS_DIR.trim() : 'filings',
  };
}

/** Whether a base URL is one of SEC's own hosts, where the 10-a-second ceiling applies. */
export function isSecHost(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === 'sec.gov' || host.endsWith('.sec.gov');
  } catch {
    return true;
  }
}

/** Ten digits, zero-padded, as SEC's JSON file names use it. */
export const cik10 = (cik: number) => String(cik).padStart(10, '0');
