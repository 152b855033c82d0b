// Above NODE_CAP nodes only the best-connected ones are drawn (their edges among themselves kept),
// and the reader is told how many were left out and how to see them. Pure.
import type { Elements } from '../api/types.ts';
import { degrees } from './node-metric.ts';

export interface Capped { elements: Elements; total: number; shown: number }

export function capElements(elements: Elements, cap: number): Capped {
  const total = elements.nodes.length;
  if (total <= cap) return { elements, total, shown: total };
  const degree = degrees(elements);
  const kept = new Set([...elements.nodes]
    .sort((a, b) => (degree.get(b.data.id) ?? 0) - (degree.get(a.data.id) ?? 0) || (a.data.id < b.data.id ? -1 : 1))
    .slice(0, cap)
    .map((n) => n.data.id));
  return {
    elements: {
      nodes: elements.nodes.filter((n) => kept.has(n.data.id)),
      edges: elements.edges.filter((e) => kept.has(e.data.source) && kept.has(e.data.target)),
    },
    total,
    shown: kept.size,
  };
}
