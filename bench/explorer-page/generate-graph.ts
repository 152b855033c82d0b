// The benchmark's synthetic network: a preferential-attachment graph (hubs like the EU and a few
// commissioners) with the meetings network's edge density, deterministic for a given size. Also used
// by the explorer's large-graph browser test (tests/e2e/large-graph-page/).
import type { Elements } from '../../explorer/src/api/types.ts';

/** Edges per node: the 100x meetings network has about 1.4. */
const EDGES_PER_NODE = 1.4;
const TYPES = ['Person', 'Person', 'Person', 'Institution', 'Country', 'Instrument'];
const SIDES = ['eu', 'member_state', 'third_country', 'international'];

export function generateGraph(n: number): Elements {
  let seed = 42;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const nodes: Elements['nodes'] = [];
  const ends: string[] = [];
  const edges: Elements['edges'] = [];
  for (let i = 0; i < n; i++) {
    const id = `n${i}`;
    nodes.push({ data: { id, label: TYPES[i % TYPES.length], name: `Node ${i} name`, side: SIDES[i % SIDES.length] as never } });
    const k = i === 0 ? 0 : Math.max(1, Math.round(EDGES_PER_NODE * (0.5 + rnd())));
    for (let j = 0; j < k && i > 0; j++) {
      const target = ends.length && rnd() < 0.8 ? ends[Math.floor(rnd() * ends.length)] : `n${Math.floor(rnd() * i)}`;
      if (target === id) continue;
      edges.push({ data: { id: `e${edges.length}`, source: id, target, type: 'MET', weight: 1 + Math.floor(rnd() * 5) } });
      ends.push(id, target);
    }
  }
  return { nodes, edges };
}
