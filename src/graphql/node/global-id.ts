/**
 * Opaque global IDs: base64url of "<Type>:<id>". Clients must treat them as opaque; the
 * server decodes them to find any entity in one map lookup.
 */
import { BoundedMemo } from '../bounded-memo.js';

/** One scratch buffer for encoding: an ID is encoded for every object of every answer. */
const scratch = Buffer.allocUnsafe(1024);

export function toGlobalId(type: string, id: string): string {
  const text = `${type}:${id}`;
  // At most 3 UTF-8 bytes per UTF-16 unit: a longer text gets its own buffer.
  if (text.length * 3 > scratch.length) return Buffer.from(text, 'utf8').toString('base64url');
  return scratch.toString('base64url', 0, scratch.write(text, 0, 'utf8'));
}

/** Total bytes of IDs `globalIdOf` remembers (one byte a character, plus the map entry). */
export const MAX_ID_MEMO_BYTES = 8 << 20;
const ID_ENTRY_OVERHEAD_BYTES = 64;
const idMemo = new BoundedMemo<object, string>(MAX_ID_MEMO_BYTES);

/** Bytes the ID memo holds now, by the estimate above. */
export function globalIdMemoBytes(): number {
  return idMemo.bytes;
}

/**
 * The global ID of a graph entity, remembered per entity: a large answer encodes one for
 * every fact it holds (a tenth of a filing's execution), and the graph never changes.
 */
export function globalIdOf(node: { readonly type: string; readonly id: string }): string {
  let id = idMemo.get(node);
  if (id === undefined) {
    id = toGlobalId(node.type, node.id);
    idMemo.set(node, id, id.length + ID_ENTRY_OVERHEAD_BYTES);
  }
  return id;
}

export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  if (!/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  return { type: decoded.slice(0, colon), id: decoded.slice(colon + 1) };
}
