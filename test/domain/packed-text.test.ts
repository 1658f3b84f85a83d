import { describe, expect, it } from 'vitest';
import { packText, unpackText } from '../../src/domain/packed-text.js';

describe('packed text (how text facts hold their values)', () => {
  const note = `<div><p>Revenue Recognition</p><p>The Company’s net sales consist of iPhone®, Mac® and services — 𝑥 ≥ 0, 中文.</p></div>`;

  it('holds a long text deflated, far smaller than its UTF-8, and reads it back exactly', () => {
    const text = note.repeat(60);
    const packed = packText(text);
    expect(packed).toBeInstanceOf(Uint8Array);
    expect((packed as Uint8Array).byteLength).toBeLessThan(Buffer.byteLength(text) / 10);
    // Its own bytes, not a view of zlib's larger output chunk.
    expect((packed as Uint8Array).buffer.byteLength).toBe((packed as Uint8Array).byteLength);
    expect(unpackText(packed)).toBe(text);
  });

  it('keeps a short text, and one UTF-8 cannot carry (a lone surrogate), as the string itself', () => {
    expect(packText('Apple Inc.')).toBe('Apple Inc.');
    expect(packText('')).toBe('');
    const lone = `${note.repeat(5)}\uD800${note}`;
    expect(packText(lone)).toBe(lone);
    expect(unpackText(packText(lone))).toBe(lone);
  });

  it('reads back texts of every length around the threshold exactly', () => {
    for (const n of [200, 255, 256, 257, 300, 5000]) {
      const text = note.repeat(Math.ceil(n / note.length)).slice(0, n).replace(/[\uD800-\uDBFF]$/, 'x');
      expect(unpackText(packText(text))).toBe(text);
    }
  });
});
