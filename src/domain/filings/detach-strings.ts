/**
 * Replaces every string of a reader's output by its own flat, deduplicated copy. Strings an
 * XML parser hands over are often slices of the whole document, and V8 keeps the document
 * alive as long as any slice lives: without this, each loaded filing kept its instance and
 * linkbases (megabytes) in memory for the life of the server. Measured on the six shared
 * filings: see README, "Loading SEC filings".
 */
export function detachStrings<T extends object>(root: T): T {
  const interned = new Map<string, string>();
  const own = (s: string): string => {
    if (s.length < 13) return s; // V8 copies slices shorter than 13 characters anyway
    let copy = interned.get(s);
    if (copy === undefined) {
      copy = JSON.parse(JSON.stringify(s)) as string;
      interned.set(copy, copy);
    }
    return copy;
  };
  const seen = new Set<object>();
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') return own(value);
    if (value === null || typeof value !== 'object' || seen.has(value)) return value;
    seen.add(value);
    if (value instanceof Map) {
      const entries = [...value.entries()];
      value.clear();
      for (const [k, v] of entries) value.set(visit(k), visit(v));
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = visit(value[i]);
    } else {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = visit(record[key]);
    }
    return value;
  };
  visit(root);
  return root;
}
