import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * A text held as compactly as it can be read back exactly: a long one as the raw DEFLATE of
 * its UTF-8 bytes, a short one as the string itself. A filing's text blocks (its notes and
 * policies as XHTML) are megabytes of mostly two-byte strings (one `’` makes V8 store a whole
 * text at two bytes a character) and deflate about fifteenfold; each is read by a query that
 * asks for it, far less often than it is held (README, "Latest figures").
 */
export type PackedText = string | Uint8Array;

/** Texts shorter than this (UTF-16 code units) stay strings: the bytes' own objects would cost about what deflating saves. */
const PACK_FROM = 256;

/** Whether the text has no lone surrogate, which UTF-8 cannot carry (ES2024, in Node 20; TypeScript's ES2022 library lacks it). */
const isWellFormed = (text: string): boolean => (text as string & { isWellFormed(): boolean }).isWellFormed();

/** A long text deflated; a short one, or one with a lone surrogate, as is, so that every text reads back as it was. */
export function packText(text: string): PackedText {
  if (text.length < PACK_FROM || !isWellFormed(text)) return text;
  // A copy of exactly the deflated bytes: zlib's output can be a view of a 16 KiB chunk, which it would keep alive.
  return new Uint8Array(deflateRawSync(Buffer.from(text, 'utf8')));
}

/** The text exactly as it was packed. */
export function unpackText(packed: PackedText): string {
  return typeof packed === 'string' ? packed : inflateRawSync(packed).toString('utf8');
}
