import { relative } from 'node:path';
import { XbrlError } from './errors.js';

/**
 * A filing folder that was not loaded, and why: one bad folder never stops the others.
 * Paths are absolute; `file` and `line` are null where the fault is the folder's as a whole.
 */
export interface SetAsideFiling {
  folder: string;
  file: string | null;
  line: number | null;
  reason: string;
}

/** The set-aside record of whatever reading or building `folder` threw: an XbrlError keeps its file, element and line. */
export function setAsideOf(folder: string, error: unknown): SetAsideFiling {
  if (error instanceof XbrlError) {
    const line = /\bline (\d+)/.exec(error.element ?? '');
    const element = error.element ? `${error.element.replace(/\s*\(line \d+(, column \d+)?\)|^line \d+(, column \d+)?$/, '')}` : '';
    return { folder, file: error.file === folder ? null : error.file, line: line ? Number(line[1]) : null, reason: element ? `${element}: ${error.reason}` : error.reason };
  }
  // Anything else is a defect of the reader met on this input (a stack overflow, an arithmetic
  // error): still this filing's alone, reported with its class so it can be fixed.
  const e = error instanceof Error ? error : new Error(String(error));
  return { folder, file: null, line: null, reason: `could not be read (${e.name}: ${e.message})` };
}

/** One line for a start-up log: `set aside: <folder>, <file>, line <n>: <reason>`, paths relative to `root`. */
export function describeSetAside(record: SetAsideFiling, root: string): string {
  const rel = (p: string) => relative(root, p) || '.';
  const parts = [rel(record.folder)];
  if (record.file) parts.push(rel(record.file));
  if (record.line !== null) parts.push(`line ${record.line}`);
  return `set aside: ${parts.join(', ')}: ${record.reason}`;
}
