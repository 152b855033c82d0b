// Union of element sets by id, first occurrence wins. Pure; used when a node is expanded.
import type { Elements } from '../api/types.ts';

export function mergeElements(...sets: Elements[]): Elements {
  const nodes = new Map<string, Elements['nodes'][number]>();
  const edges = new Map<string, Elements['edges'][number]>();
  for (const s of sets) {
    for (const n of s.nodes) if (!nodes.has(n.data.id)) nodes.set(n.data.id, n);
    for (const e of s.edges) if (!edges.has(e.data.id)) edges.set(e.data.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
