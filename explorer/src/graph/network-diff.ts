// Compare periods: ties new in B, lost since A, continuing; and each actor's change in degree
// centrality (share of the other actors it met). Pure.
import type { Elements } from '../api/types.ts';
import { mergeElements } from './merge-elements.ts';

export type TieChange = 'new' | 'lost' | 'continuing';

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export interface CentralityChange { id: string; name: string; before: number; after: number; delta: number }

function degreeCentrality(el: Elements): Map<string, number> {
  const partners = new Map<string, Set<string>>();
  for (const e of el.edges) {
    if (e.data.source === e.data.target) continue;
    (partners.get(e.data.source) ?? partners.set(e.data.source, new Set()).get(e.data.source)!).add(e.data.target);
    (partners.get(e.data.target) ?? partners.set(e.data.target, new Set()).get(e.data.target)!).add(e.data.source);
  }
  const n = Math.max(1, el.nodes.length - 1);
  return new Map([...partners].map(([id, s]) => [id, s.size / n]));
}

export function diffNetworks(a: Elements, b: Elements): { elements: Elements; counts: Record<TieChange, number>; centrality: CentralityChange[] } {
  const inA = new Map(a.edges.map((e) => [pairKey(e.data.source, e.data.target), e]));
  const inB = new Map(b.edges.map((e) => [pairKey(e.data.source, e.data.target), e]));
  const counts: Record<TieChange, number> = { new: 0, lost: 0, continuing: 0 };
  const edges: Elements['edges'] = [];
  for (const [k, e] of inB) {
    const change: TieChange = inA.has(k) ? 'continuing' : 'new';
    counts[change] += 1;
    edges.push({ data: { ...e.data, id: `diff:${k}`, diff: change, weightBefore: inA.get(k)?.data.weight ?? 0 } });
  }
  for (const [k, e] of inA) {
    if (inB.has(k)) continue;
    counts.lost += 1;
    edges.push({ data: { ...e.data, id: `diff:${k}`, diff: 'lost', weightBefore: e.data.weight ?? 1, weight: e.data.weight ?? 1 } });
  }
  const nodes = mergeElements(b, a).nodes;
  const ca = degreeCentrality(a), cb = degreeCentrality(b);
  const centrality = nodes.map((n) => {
    const before = ca.get(n.data.id) ?? 0, after = cb.get(n.data.id) ?? 0;
    return { id: n.data.id, name: n.data.name, before, after, delta: after - before };
  }).filter((c) => c.delta !== 0).sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.name.localeCompare(y.name));
  return { elements: { nodes, edges }, counts, centrality };
}
