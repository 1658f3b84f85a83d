import { describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../src/graphql/node/global-id.js';

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
});
