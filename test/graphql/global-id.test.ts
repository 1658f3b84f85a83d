import { describe, expect, it } from 'vitest';
import { fromGlobalId, globalIdMemoBytes, globalIdOf, MAX_ID_MEMO_BYTES, toGlobalId } from '../../src/graphql/node/global-id.js';

/** Global IDs are base64url of "<Type>:<id>" (global-id.ts encodes through a shared scratch buffer). */
describe('global IDs', () => {
  const ids = ['qifu-technology/2024-q2-results/narrative/65', '周浩', 'Zhou Hongyi · 董事长', 'x'.repeat(340), 'é'.repeat(400), 'a'.repeat(5000)];

  it('encode every ID as base64url of its UTF-8 bytes, short or long, and decode back', () => {
    for (const id of ids) {
      const encoded = toGlobalId('Person', id);
      expect(encoded).toBe(Buffer.from(`Person:${id}`, 'utf8').toString('base64url'));
      expect(fromGlobalId(encoded)).toEqual({ type: 'Person', id });
    }
  });

  it('does not let one encoding leak into the next', () => {
    const long = toGlobalId('Fact', 'y'.repeat(300));
    const short = toGlobalId('Fact', 'z');
    expect(fromGlobalId(short)).toEqual({ type: 'Fact', id: 'z' });
    expect(fromGlobalId(long)).toEqual({ type: 'Fact', id: 'y'.repeat(300) });
  });

  it('remembers an entity\'s ID within a byte bound, and gives the same ID as encoding it', () => {
    const first = { type: 'Fact', id: 'first' };
    expect(globalIdOf(first)).toBe(toGlobalId('Fact', 'first'));
    // 100,000 entities of about 140 bytes each would be 14 MB: the oldest are forgotten.
    for (let i = 0; i < 100_000; i++) {
      const node = { type: 'Fact', id: `apple/0000320193-23-000106/us-gaap:Revenues/${i}` };
      expect(globalIdOf(node)).toBe(toGlobalId(node.type, node.id));
      expect(globalIdMemoBytes()).toBeLessThanOrEqual(MAX_ID_MEMO_BYTES);
    }
    expect(globalIdMemoBytes()).toBeGreaterThan(MAX_ID_MEMO_BYTES * 0.7);
    // Forgotten or not, the entity still gets its own ID.
    expect(globalIdOf(first)).toBe(toGlobalId('Fact', 'first'));
  });
});
