import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { argsKey, argsMemoBytes, MAX_MEMO_BYTES, rememberArgs, rememberedArgs } from '../../src/graphql/validation/args-memo.js';
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

/** The memo of converted, validated arguments (args-memo.ts) must not grow with junk arguments. */
describe('arguments memo', () => {
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
    console.log(`heap grown by ${(grown / MB).toFixed(1)} MB; memo ${argsMemoBytes()} bytes`);
    expect(argsMemoBytes()).toBeLessThanOrEqual(MAX_MEMO_BYTES);
    // 200 × 400 KB of strings (UTF-16 in the memo) would be 80–160 MB; allow a few MB of noise.
    expect(grown / MB).toBeLessThan(8);
  });

  it('many distinct valid arguments stay within the byte bound, the least recently used forgotten first', () => {
    const first = argsKey('MemoTest.facts', { first: 10, after: 'first' })!;
    rememberArgs(first, [{ first: 10, after: 'first' }]);
    for (let i = 0; i < 4000; i++) {
      const key = argsKey('MemoTest.facts', { first: 10, after: `${i}:`.padEnd(190, 'c') })!;
      rememberArgs(key, [{ first: 10 }]);
      // Used again and again: stays while older keys go.
      expect(rememberedArgs(first)).toBeDefined();
    }
    // 4,000 keys of about 1 KB would be 4 MB: the oldest are evicted.
    expect(argsMemoBytes()).toBeGreaterThan(MAX_MEMO_BYTES * 0.7);
    expect(argsMemoBytes()).toBeLessThanOrEqual(MAX_MEMO_BYTES);
    expect(rememberedArgs(argsKey('MemoTest.facts', { first: 10, after: '0:'.padEnd(190, 'c') })!)).toBeUndefined();
    expect(rememberedArgs(argsKey('MemoTest.facts', { first: 10, after: '3999:'.padEnd(190, 'c') })!)).toBeDefined();
  });

  it('hands out frozen values, and does not remember large ones', () => {
    const key = argsKey('MemoTest.facts', { filter: { unit: 'CNY' } })!;
    rememberArgs(key, [{ filter: { unit: 'CNY' } }]);
    const [args] = rememberedArgs(key) as [{ filter: { unit: string } }];
    expect(() => {
      args.filter.unit = 'USD';
    }).toThrow(TypeError);
    expect(argsKey('MemoTest.facts', { filter: { unit: 'x'.repeat(3000) } })).toBeNull();
  });
});
