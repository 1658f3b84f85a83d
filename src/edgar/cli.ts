import { parseArgs } from 'node:util';
import { ConfigError, isSecHost, readConfig, SEC_MAX_RATE } from './config.js';
import { DEFAULT_FORMS } from './filing.js';
import { createProgress, formatBytes } from './progress.js';
import { LockedError, runFetch, UnknownTickerError } from './run.js';

const USAGE = `Usage: npm run fetch -- <TICKER|CIK>... [--forms 10-K,10-Q,...] [--since YYYY-MM-DD] [--facts-only] [--update] [--all-facts] [--rate N]

Fetches from SEC EDGAR into FILINGS_DIR (default filings/): each company's submissions and
companyfacts, and each filing of the chosen forms with XBRL (default ${DEFAULT_FORMS.join(', ')}).
  --forms       comma-separated form types, exactly (add 10-K/A to include amendments)
  --since       only filings filed on or after this date
  --facts-only  submissions and companyfacts, no filings
  --update      also every company already fetched, asking only for what changed
  --all-facts   SEC's bulk companyfacts.zip: every filer's companyfacts
  --rate        requests per second (at most ${SEC_MAX_RATE}, SEC's limit; default ${SEC_MAX_RATE})
Requires SEC_USER_AGENT ("Organisation contact@example.com"). EDGAR_WWW_URL and EDGAR_DATA_URL replace
https://www.sec.gov and https://data.sec.gov (a local mirror or test server).`;

/** Exit status: 0 all fetched, 1 something failed (each named), 2 nothing attempted (bad usage or configuration). */
async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        forms: { type: 'string' },
        since: { type: 'string' },
        'facts-only': { type: 'boolean', default: false },
        update: { type: 'boolean', default: false },
        'all-facts': { type: 'boolean', default: false },
        rate: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0 && !values.update && !values['all-facts']) {
    console.error(`Name at least one company (ticker or CIK), or use --update or --all-facts.\n\n${USAGE}`);
    return 2;
  }
  if (values.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.since)) {
    console.error(`--since "${values.since}" is not a date (YYYY-MM-DD).`);
    return 2;
  }
  const forms = values.forms ? values.forms.split(',').map((f) => f.trim().toUpperCase()).filter(Boolean) : DEFAULT_FORMS;
  let config;
  try {
    config = readConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  const rate = values.rate !== undefined ? Number(values.rate) : SEC_MAX_RATE;
  if (!(rate > 0)) {
    console.error(`--rate "${values.rate}" is not a positive number of requests per second.`);
    return 2;
  }
  // SEC's ceiling holds against SEC's hosts; a local mirror or test server may go faster.
  if (rate > SEC_MAX_RATE && (isSecHost(config.wwwUrl) || isSecHost(config.dataUrl))) {
    console.error(`--rate ${rate} exceeds SEC's limit of ${SEC_MAX_RATE} requests a second.`);
    return 2;
  }
  const num = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
  let summary;
  try {
    summary = await runFetch(
      config,
      {
        targets: positionals,
        forms,
        since: values.since ?? null,
        factsOnly: values['facts-only'],
        update: values.update,
        allFacts: values['all-facts'],
        rate,
        // Tests shorten these; users keep the defaults.
        backoffMs: num('EDGAR_BACKOFF_MS'),
        timeoutMs: num('EDGAR_TIMEOUT_MS'),
        retries: num('EDGAR_RETRIES'),
      },
      (client) => createProgress(client),
    );
  } catch (e) {
    if (e instanceof UnknownTickerError || e instanceof LockedError) {
      console.error(e.message);
      return 2;
    }
    console.error(`fetch stopped: ${(e as Error).message}`);
    return 1;
  }
  const s = summary;
  console.log(
    `Fetched into ${config.filingsDir}: ${s.companies} companies, ${s.filingsFetched} filings new, ${s.filingsPresent} already present, ` +
      `${s.companyFactsFetched} companyfacts saved; ${s.requests} requests (${s.retried} retried), ${formatBytes(s.bytes)} in ${s.seconds.toFixed(1)} s.`,
  );
  if (s.failures.length) {
    console.log(`${s.failures.length} failed:`);
    for (const f of s.failures) console.log(`  ${f}`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`fetch crashed: ${(e as Error).stack ?? e}`);
    process.exitCode = 1;
  },
);
