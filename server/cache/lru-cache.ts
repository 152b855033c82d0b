// A least-recently-used map bounded both by entry count and by total bytes: a few huge exports cannot
// push the server's memory up, and many small answers cannot either.
export interface LruLimits {
  maxEntries: number;
  maxBytes: number;
}

export interface LruStats {
  entries: number;
  bytes: number;
  evictions: number;
}

export class LruCache<V> {
  // A Map keeps insertion order: re-inserting on every hit makes its first key the least recently used.
  private readonly map = new Map<string, { value: V; bytes: number }>();
  private bytes = 0;
  private evictions = 0;

  constructor(private readonly limits: LruLimits) {}

  get(key: string): V | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    this.map.delete(key);
    this.map.set(key, hit);
    return hit.value;
  }

  /** Stores the value unless it alone exceeds the byte cap; evicts the oldest until both caps hold. */
  set(key: string, value: V, bytes: number): void {
    this.delete(key);
    if (bytes > this.limits.maxBytes) return;
    this.map.set(key, { value, bytes });
    this.bytes += bytes;
    while (this.map.size > this.limits.maxEntries || this.bytes > this.limits.maxBytes) {
      const oldest = this.map.keys().next().value as string;
      this.delete(oldest);
      this.evictions++;
    }
  }

  delete(key: string): void {
    const old = this.map.get(key);
    if (!old) return;
    this.map.delete(key);
    this.bytes -= old.bytes;
  }

  clear(): void {
    this.map.clear();
    this.bytes = 0;
  }

  stats(): LruStats {
    return { entries: this.map.size, bytes: this.bytes, evictions: this.evictions };
  }
}
