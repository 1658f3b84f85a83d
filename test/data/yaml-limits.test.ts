import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DataFileError } from '../../src/data/data-file-error.js';
import { readYaml } from '../../src/data/read-yaml.js';

/** Curated YAML is parsed with alias limits: an alias bomb is a DataFileError naming file and line, never an uncaught ReferenceError. */
describe('YAML limits', () => {
  const write = (text: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'yaml-')), 'bomb.yaml');
    writeFileSync(file, text);
    return file;
  };

  it('refuses an alias bomb with the file and the line of the first alias', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const file = write(levels.join('\n') + '\n');
    let error: unknown;
    try {
      readYaml(file, z.any());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).file).toBe(file);
    expect((error as DataFileError).path).toBe('line 2');
    expect((error as DataFileError).reason).toMatch(/alias/i);
  });

  it('still reads a file with a few aliases', () => {
    const file = write('base: &b {x: 1}\none: *b\ntwo: *b\n');
    expect(readYaml(file, z.any()).doc).toEqual({ base: { x: 1 }, one: { x: 1 }, two: { x: 1 } });
  });
});
