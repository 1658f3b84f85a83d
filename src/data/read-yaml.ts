import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAlias, LineCounter, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { DataFileError, formatPath } from './data-file-error.js';

/** A validated file with where it came from, for error messages further down. */
export interface Loaded<T> {
  file: string;
  doc: T;
}

/**
 * Aliases a file may resolve: curated files use a few, an alias bomb ("billion laughs")
 * needs thousands. Also the cap on a data file's size.
 */
export const YAML_LIMITS = { maxAliasCount: 100, maxFileBytes: 32 * 1024 * 1024 };

/** Parses one YAML file and validates it, turning every failure into a DataFileError. */
export function readYaml<S extends z.ZodType>(path: string, schema: S, display: (p: string) => string = (p) => p): Loaded<z.infer<S>> {
  const file = display(path);
  if (!existsSync(path)) throw new DataFileError(file, '', 'file is missing');
  const stat = statSync(path);
  if (!stat.isFile()) throw new DataFileError(file, '', 'not a regular file');
  if (stat.size > YAML_LIMITS.maxFileBytes) throw new DataFileError(file, '', `${stat.size} bytes, more than the ${YAML_LIMITS.maxFileBytes} a data file may have`);
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(path, 'utf8'), { prettyErrors: true, uniqueKeys: true, lineCounter });
  if (document.errors.length > 0) {
    const err = document.errors[0];
    const where = err.linePos ? `line ${err.linePos[0].line}, column ${err.linePos[0].col}` : '';
    throw new DataFileError(file, where, `invalid YAML: ${err.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (e) {
    // yaml throws a ReferenceError for an alias bomb (or an alias to nothing): say where the aliases start.
    let line = 0;
    visit(document, (_key, node) => {
      if (isAlias(node) && node.range) {
        line = lineCounter.linePos(node.range[0]).line;
        return visit.BREAK;
      }
    });
    throw new DataFileError(file, line ? `line ${line}` : '', `invalid YAML: ${(e as Error).message} (at most ${YAML_LIMITS.maxAliasCount} alias resolutions)`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DataFileError(file, formatPath(issue.path), issue.message);
  }
  return { file, doc: result.data };
}
