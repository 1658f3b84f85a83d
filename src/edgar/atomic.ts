import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Validators } from './client.js';

/**
 * Files are written whole or not at all: into a temporary file beside the target, then
 * renamed over it (atomic on one file system). Temporary names start with "." so that the
 * filing loader, which skips dot-names, never sees one, and `sweepTemporaries` can remove
 * what a killed run left behind.
 */
export function tempPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
}

export function writeFileAtomic(file: string, data: Buffer | string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = tempPathFor(file);
  try {
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** Removes the temporary files and folders a killed run left in `dir` (not below it). */
export function sweepTemporaries(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (/^\..*\.tmp$/.test(name) || /^\..*\.partial$/.test(name)) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/** Where a fetched file's validators (ETag, Last-Modified) live: a dot-file beside it. */
const validatorsPath = (file: string) => join(dirname(file), `.${basename(file)}.http.json`);

export function readValidators(file: string): Validators | undefined {
  try {
    const v = JSON.parse(readFileSync(validatorsPath(file), 'utf8')) as Validators;
    return v.etag || v.lastModified ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Saves a fetched file with its validators. The validators go first: a run killed between
 * the two leaves validators without their file, which a rerun simply fetches again, never a
 * file with validators that belong to another version.
 */
export function saveWithValidators(file: string, body: Buffer, validators: Validators): void {
  writeFileAtomic(validatorsPath(file), JSON.stringify(validators) + '\n');
  writeFileAtomic(file, body);
}

export function saveValidators(file: string, validators: Validators): void {
  writeFileAtomic(validatorsPath(file), JSON.stringify(validators) + '\n');
}
