import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { XbrlError } from '../../src/xbrl/index.js';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../..');
export const FIXTURES = join(repoRoot, 'test/fixtures/xbrl');
export const fixture = (name: string) => join(FIXTURES, name);

/** The six real filings beside the repository (developers and CI have them; users do not). */
export const SHARED_XBRL = resolve(repoRoot, '../shared/xbrl');
export const sharedExists = existsSync(SHARED_XBRL);

/** A writable copy of a fixture filing, to break on purpose. */
export function copyOfFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `xbrl-${name}-`));
  cpSync(fixture(name), dir, { recursive: true });
  return dir;
}

/** Changes one file of a copy; the change must change something. */
export function editFile(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
}

/** Runs `fn`, expects an XbrlError, and returns it. */
export function xbrlErrorOf(fn: () => unknown): XbrlError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(XbrlError);
    return e as XbrlError;
  }
  throw new Error('expected an XbrlError, nothing was thrown');
}
