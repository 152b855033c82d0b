// Answers of the read routes whose body depends only on the graph, kept per (graph version, route,
// parsed params) in a bounded LRU. Concurrent identical requests share one computation (single-flight),
// so fifty clients asking for the same network cost Neo4j one query, not fifty.
import { createHash } from 'node:crypto';
import { LruCache, type LruStats } from './lru-cache.ts';
import type { GraphVersion } from './graph-version.ts';

/** A serialised answer: what the route sends, ready to resend byte for byte. */
export interface CachedBody {
  contentType: string;
  body: string;
  filename?: string;
  etag: string;
}

/** How an answer was obtained, sent as `x-cache` so clients and tests can see it. */
export type CacheOutcome = 'hit' | 'shared' | 'miss';

export interface ResponseCacheStats extends LruStats {
  hits: number;
  shared: number;
  misses: number;
}

export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

export class ResponseCache {
  private readonly lru: LruCache<CachedBody>;
  private readonly inFlight = new Map<string, Promise<CachedBody>>();
  private counts = { hits: 0, shared: 0, misses: 0 };
  private version: string | null = null;

  constructor(private readonly graph: GraphVersion, limits: { maxEntries: number; maxBytes: number }) {
    this.lru = new LruCache(limits);
  }

  async get(key: string, compute: () => Promise<Omit<CachedBody, 'etag'>>): Promise<{ value: CachedBody; outcome: CacheOutcome }> {
    const version = await this.graph.current();
    // A new version makes every stored answer stale: drop them all so the memory goes to fresh ones.
    if (version !== this.version) {
      this.lru.clear();
      this.version = version;
    }
    const full = `${version}\u0000${key}`;
    const hit = this.lru.get(full);
    if (hit) {
      this.counts.hits++;
      return { value: hit, outcome: 'hit' };
    }
    const pending = this.inFlight.get(full);
    if (pending) {
      this.counts.shared++;
      return { value: await pending, outcome: 'shared' };
    }
    this.counts.misses++;
    const run = compute().then((raw) => {
      const value = { ...raw, etag: etagOf(raw.body) };
      // Stored only if the graph did not move while it was computed (another request may have seen a newer version).
      if (this.version === version) this.lru.set(full, value, Buffer.byteLength(raw.body) + full.length);
      return value;
    }).finally(() => { this.inFlight.delete(full); });
    this.inFlight.set(full, run);
    return { value: await run, outcome: 'miss' };
  }

  /** After a write by this process: the next request re-reads the graph version. */
  graphChanged(): void {
    this.graph.stale();
  }

  stats(): ResponseCacheStats {
    return { ...this.lru.stats(), ...this.counts };
  }
}
