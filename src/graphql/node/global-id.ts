/**
 * Opaque global IDs: base64url of "<Type>:<id>". Clients must treat them as opaque; the
 * server decodes them to find any entity in one map lookup.
 */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  if (!/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  return { type: decoded.slice(0, colon), id: decoded.slice(colon + 1) };
}
