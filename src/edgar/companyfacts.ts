import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readValidators, saveWithValidators } from './atomic.js';
import type { EdgarClient } from './client.js';
import { cik10, type EdgarConfig } from './config.js';

/**
 * A company's companyfacts, saved as SEC served it: asked for when absent, or conditionally
 * with `update`. Returns whether a new version was saved.
 */
export async function fetchCompanyFacts(client: EdgarClient, config: EdgarConfig, cik: number, update: boolean): Promise<'present' | 'unchanged' | 'fetched'> {
  const file = join(config.filingsDir, String(cik), 'companyfacts.json');
  const saved = existsSync(file);
  if (saved && !update) return 'present';
  const res = await client.get(`${config.dataUrl}/api/xbrl/companyfacts/CIK${cik10(cik)}.json`, { json: true, validators: saved ? readValidators(file) : undefined });
  if (res.notModified) return 'unchanged';
  saveWithValidators(file, res.body, res.validators);
  return 'fetched';
}
