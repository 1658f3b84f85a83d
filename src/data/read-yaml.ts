import { existsSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { DataFileError, formatPath } from './data-file-error.js';

/** A validated file with where it came from, for error messages further down. */
export interface Loaded<T> {
  file: string;
  doc: T;
}

/** Parses one YAML file and validates it, turning every failure into a DataFileError. */
export function readYaml<S extends z.ZodType>(path: string, schema: S, display: (p: string) => string = (p) => p): Loaded<z.infer<S>> {
  const file = display(path);
  if (!existsSync(path)) throw new DataFileError(file, '', 'file is missing');
  const document = parseDocument(readFileSync(path, 'utf8'), { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    const err = document.errors[0];
    const where = err.linePos ? `line ${err.linePos[0].line}, column ${err.linePos[0].col}` : '';
    throw new DataFileError(file, where, `invalid YAML: ${err.message.split('\n')[0]}`);
  }
  const result = schema.safeParse(document.toJS());
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DataFileError(file, formatPath(issue.path), issue.message);
  }
  return { file, doc: result.data };
}
