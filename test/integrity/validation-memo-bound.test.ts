import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ConnectionArgs } from '../../src/graphql/pagination/connection.args.js';
import { MAX_MEMO_BYTES, validateArgs, validationMemoBytes } from '../../src/graphql/validation/validate-args.js';
import { execute } from '../helpers.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const MB = 1024 * 1024;
const query = 'query($after: String) { company(ticker: "QFIN") { facts(first: 5, after: $after) { totalCount } } }';

/** The argument-validation memo (validate-args.ts) must not grow with junk arguments. */
describe('argument-validation memo', () => {
  it('200 junk 400 KB cursors are refused and grow neither the memo nor the heap past a small bound', async () => {
    // Warm up: schema, Apollo caches, the query's parse.
    await execute(query, { after: null });
    const before = heapUsed();
    for (let i = 0; i < 200; i++) {
      const junk = `${i}`.padEnd(400 * 1024, 'x');
      const result = await execute(query, { after: junk });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const grown = heapUsed() - before;
    console.log(`heap grown by ${(grown / MB).toFixed(1)} MB; memo ${validationMemoBytes()} bytes`);
    expect(validationMemoBytes()).toBeLessThanOrEqual(MAX_MEMO_BYTES);
    // 200 × 400 KB of strings (UTF-16 in the memo) would be 80–160 MB; allow a few MB of noise.
    expect(grown / MB).toBeLessThan(8);
  });

  it('many distinct valid arguments stay within the byte bound, the oldest forgotten first', async () => {
    for (let i = 0; i < 4000; i++) {
      const args = Object.assign(new ConnectionArgs(), { first: 10, after: `${i}:`.padEnd(190, 'c') });
      await validateArgs(args);
    }
    // 4,000 keys of about 450 bytes would be 1.8 MB: the oldest are evicted.
    expect(validationMemoBytes()).toBeGreaterThan(MAX_MEMO_BYTES * 0.9);
    expect(validationMemoBytes()).toBeLessThanOrEqual(MAX_MEMO_BYTES);
    // An invalid value is still refused, however often it was seen.
    const bad = Object.assign(new ConnectionArgs(), { first: 0 });
    for (let i = 0; i < 2; i++) await expect(validateArgs(bad)).rejects.toThrow();
  });
});
