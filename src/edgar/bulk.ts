import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { readValidators, saveValidators, tempPathFor } from './atomic.js';
import type { EdgarClient } from './client.js';
import type { EdgarConfig } from './config.js';

export interface BulkOutcome {
  status: 'present' | 'unchanged' | 'fetched';
  companies: number;
  bytes: number;
}

/** Where the bulk zip's validators are kept (the zip itself is removed once unpacked). */
const bulkMarker = (config: EdgarConfig) => join(config.filingsDir, 'companyfacts.zip');

/**
 * `--all-facts`: SEC's bulk companyfacts.zip (every filer), streamed to a temporary file,
 * then unpacked entry by entry (each `CIK##########.json` streamed to
 * `<cik>/companyfacts.json`), so neither the zip nor an entry is ever held in memory.
 * Asked for when never unpacked before, or conditionally with `update`.
 */
export async function fetchBulkCompanyFacts(client: EdgarClient, config: EdgarConfig, update: boolean, onEntry?: (companies: number) => void): Promise<BulkOutcome> {
  const marker = bulkMarker(config);
  const validators = readValidators(marker);
  if (validators && !update) return { status: 'present', companies: 0, bytes: 0 };
  mkdirSync(config.filingsDir, { recursive: true });
  const zip = tempPathFor(marker);
  try {
    const res = await client.download(`${config.wwwUrl}/Archives/edgar/daily-index/xbrl/companyfacts.zip`, zip, { validators });
    if (res.notModified) return { status: 'unchanged', companies: 0, bytes: 0 };
    const companies = await unpackCompanyFacts(zip, config.filingsDir, onEntry);
    saveValidators(marker, res.validators);
    return { status: 'fetched', companies, bytes: res.bytes };
  } finally {
    rmSync(zip, { force: true });
  }
}

/** Unpacks each `CIK##########.json` entry of a companyfacts zip into `<root>/<cik>/companyfacts.json`, atomically. */
export async function unpackCompanyFacts(zipFile: string, root: string, onEntry?: (companies: number) => void): Promise<number> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zipFile, { lazyEntries: true, autoClose: true }, (err, z) => (err ? reject(new Error(`companyfacts.zip is no readable zip: ${err.message}`)) : resolve(z!))),
  );
  let companies = 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (e: Error) => {
      zip.close();
      reject(e);
    };
    zip.on('error', fail);
    zip.on('end', resolve);
    zip.on('entry', (entry: yauzl.Entry) => {
      const m = /^CIK(\d{10})\.json$/.exec(entry.fileName);
      if (!m) return zip.readEntry();
      const dir = join(root, String(Number(m[1])));
      const file = join(dir, 'companyfacts.json');
      zip.openReadStream(entry, (err, stream) => {
        if (err) return fail(err);
        mkdirSync(dir, { recursive: true });
        const temp = tempPathFor(file);
        pipeline(stream!, createWriteStream(temp))
          .then(() => {
            renameSync(temp, file);
            // Validators of a per-company fetch belong to another copy now.
            rmSync(join(dir, '.companyfacts.json.http.json'), { force: true });
            companies++;
            onEntry?.(companies);
            zip.readEntry();
          })
          .catch((e: Error) => {
            if (existsSync(temp)) rmSync(temp, { force: true });
            fail(new Error(`companyfacts.zip entry ${entry.fileName}: ${e.message}`));
          });
      });
    });
    zip.readEntry();
  });
  return companies;
}
