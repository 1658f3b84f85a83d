import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DERIVATION_VERSION, sourceDigest } from '../../src/store/catalog.js';

/**
 * Derived rows (catalog, search rows, slice parts, metric verdicts) are keyed by the digest of
 * a company's sources; DERIVATION_VERSION is part of it, so bumping it derives every company
 * again, while version 1 keeps the digests stores were derived under before it existed.
 */
describe('the derivation version in the digest derived rows are keyed by', () => {
  const hashes = 'companyfacts:abc,xbrl-filing:def';
  const stamp = '/filings/0000320193/companyfacts.json:123:456';

  it('leaves the digests of stores derived before it unchanged at version 1', () => {
    const before = createHash('sha256').update(hashes).update('\n').update(stamp).digest('base64url').slice(0, 22);
    expect(sourceDigest(hashes, stamp, 1)).toBe(before);
    expect(DERIVATION_VERSION).toBeGreaterThanOrEqual(1);
  });

  it('changes every digest when bumped, and only then', () => {
    expect(sourceDigest(hashes, stamp, 2)).not.toBe(sourceDigest(hashes, stamp, 1));
    expect(sourceDigest(hashes, stamp, 3)).not.toBe(sourceDigest(hashes, stamp, 2));
    expect(sourceDigest(hashes, stamp)).toBe(sourceDigest(hashes, stamp, DERIVATION_VERSION));
    expect(sourceDigest('', '', 2)).not.toBe(sourceDigest('', '', 1));
  });
});
