// The same graph is laid out the same way every time. fcose starts from random numbers (its spectral
// pass samples pivot nodes and starting vectors with Math.random) and samples elements by their place
// in the collection, so without this each opening of a view, and each reader's copy of a permalink
// without positions, drew a different picture at a different fitted zoom. A layout run is synchronous
// (animate: false, layouts.ts), so Math.random is swapped for a generator seeded from the graph for
// exactly that run and restored after it, and the elements go in ordered by id.
import type { Collection, SingularElementArgument } from 'cytoscape';

/** Runs `options`' layout on `eles` (nodes and the edges among them): elements ordered by id, random
 * numbers seeded by the node ids. Every layout the explorer runs goes through here. */
export function runDeterministicLayout(eles: Collection, options: Record<string, unknown>): void {
  const ordered = eles.sort(byGroupThenId);
  withSeededRandom(graphSeed(ordered.nodes().map((n) => n.id())), () => ordered.layout(options as never).run());
}

/** Nodes before edges, each by id: the server's order, or the order a graph grew in, is not the graph's. */
function byGroupThenId(a: SingularElementArgument, b: SingularElementArgument): number {
  if (a.isNode() !== b.isNode()) return a.isNode() ? -1 : 1;
  return a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0;
}

/** A 32-bit FNV-1a hash of the ids of the nodes laid out, order-free: the same nodes give the same seed
 * whatever order the server returned them in. */
export function graphSeed(ids: Iterable<string>): number {
  const keys = [...ids].sort();
  let h = FNV_OFFSET;
  for (const key of keys) {
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, FNV_PRIME);
    }
    // A separator, so ["ab", "c"] and ["a", "bc"] differ.
    h ^= 0xff;
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** mulberry32: a small, fast generator with a 32-bit state, uniform in [0, 1) like Math.random. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `run` with Math.random drawing from `seed`'s sequence, and restores it even when `run` throws. */
export function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return run();
  } finally {
    Math.random = original;
  }
}
