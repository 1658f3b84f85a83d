/**
 * A memo bounded by an estimate of the bytes it holds. Past the bound, the least recently
 * used quarter is forgotten at once: a hit only stamps its entry, instead of reordering the
 * map as a strict LRU would, because hits are on hot paths (once per list item).
 */
export class BoundedMemo<K, V> {
  private readonly entries = new Map<K, { value: V; bytes: number; used: number }>();
  private clock = 0;
  /** Bytes held now, by the callers' estimates. */
  bytes = 0;

  constructor(readonly maxBytes: number) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    entry.used = ++this.clock;
    return entry.value;
  }

  /** Keeps `value` under `key`, counted as `bytes` (the caller's estimate of key and value). */
  set(key: K, value: V, bytes: number): void {
    const old = this.entries.get(key);
    if (old) this.bytes -= old.bytes;
    this.entries.set(key, { value, bytes, used: ++this.clock });
    this.bytes += bytes;
    if (this.bytes > this.maxBytes) this.forgetLeastRecentlyUsed(this.maxBytes * 0.75);
  }

  private forgetLeastRecentlyUsed(targetBytes: number): void {
    const byAge = [...this.entries].sort((a, b) => a[1].used - b[1].used);
    for (const [key, entry] of byAge) {
      if (this.bytes <= targetBytes) break;
      this.entries.delete(key);
      this.bytes -= entry.bytes;
    }
  }
}
