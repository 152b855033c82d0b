// A cheap deterministic layout for the first frame of a large graph: each connected component is a
// sunflower spiral in breadth-first order from its best-connected node (so a hub sits in the middle
// with its neighbours around it), components packed in rows, largest first. O(nodes + edges), no
// randomness, so the same graph always opens the same way while fcose refines it in a worker.

export interface SeedGraph { nodes: { id: string }[]; edges: { source: string; target: string }[] }

/** Distance between neighbouring spiral points, in model pixels (nodes are 22-70 px wide). */
export const SEED_SPACING = 48;
/** The golden angle: successive spiral points never line up, so the disc fills evenly. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Gap between packed components, in spiral spacings. */
const COMPONENT_GAP = 1.5;
/** Packed rows aim at this width-to-height ratio (a landscape screen). */
const ROW_ASPECT = 1.6;

export function seedPositions(graph: SeedGraph): Map<string, { x: number; y: number }> {
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const adj: number[][] = graph.nodes.map(() => []);
  for (const e of graph.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    adj[s].push(t);
    adj[t].push(s);
  }
  // Hubs first, ties by id: each component starts from its best-connected node.
  const order = graph.nodes.map((_, i) => i)
    .sort((a, b) => adj[b].length - adj[a].length || (graph.nodes[a].id < graph.nodes[b].id ? -1 : 1));
  const seen = new Uint8Array(graph.nodes.length);
  const components: number[][] = [];
  for (const root of order) {
    if (seen[root]) continue;
    const comp = [root];
    seen[root] = 1;
    for (let k = 0; k < comp.length; k++) {
      for (const m of adj[comp[k]]) if (!seen[m]) { seen[m] = 1; comp.push(m); }
    }
    components.push(comp);
  }
  components.sort((a, b) => b.length - a.length);
  const radius = (c: number[]) => SEED_SPACING * (Math.sqrt(c.length) + COMPONENT_GAP);
  const area = components.reduce((s, c) => s + (2 * radius(c)) ** 2, 0);
  const rowWidth = Math.max(2 * radius(components[0] ?? []), Math.sqrt(area * ROW_ASPECT));
  const out = new Map<string, { x: number; y: number }>();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const comp of components) {
    const r = radius(comp);
    if (x > 0 && x + 2 * r > rowWidth) { x = 0; y += rowHeight; rowHeight = 0; }
    const cx = x + r;
    const cy = y + r;
    comp.forEach((node, i) => {
      const d = SEED_SPACING * Math.sqrt(i);
      out.set(graph.nodes[node].id, { x: cx + d * Math.cos(i * GOLDEN_ANGLE), y: cy + d * Math.sin(i * GOLDEN_ANGLE) });
    });
    x += 2 * r;
    rowHeight = Math.max(rowHeight, 2 * r);
  }
  return out;
}
