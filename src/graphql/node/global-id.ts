/**
 * Opaque global IDs: base64url of "<Type>:<id>". Clients must treat them as opaque; the
 * server decodes them to find any entity in one map lookup.
 */
/** One scratch buffer for encoding: an ID is encoded for every object of every answer. */
const scratch = Buffer.allocUnsafe(1024);

export function toGlobalId(type: string, id: string): string {
  const text = `${type}:${id}`;
  // At most 3 UTF-8 bytes per UTF-16 unit: a longer text gets its own buffer.
  if (text.length * 3 > scratch.length) return Buffer.from(text, 'utf8').toString('base64url');
  return scratch.toString('base64url', 0, scratch.write(text, 0, 'utf8'));
}

export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  if (!/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  return { type: decoded.slice(0, colon), id: decoded.slice(colon + 1) };
}
