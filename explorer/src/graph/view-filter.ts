// Client-side filters that the network endpoints do not take: done-vs-planned for any edge that
// carries `planned`, and single- vs multi-source facts by the edge's `sources`. Pure.
import type { Elements } from '../api/types.ts';
import type { ViewState } from '../state/view-state.ts';

export function applyViewFilters(elements: Elements, filters: ViewState['filters']): Elements {
  const edges = elements.edges.filter((e) => {
    const planned = e.data.planned;
    if (filters.planned === 'exclude' && planned === true) return false;
    if (filters.planned === 'only' && planned !== true) return false;
    const n = e.data.sources?.length ?? 0;
    if (filters.sources === 'single' && n > 1) return false;
    if (filters.sources === 'multi' && n < 2) return false;
    return true;
  });
  if (edges.length === elements.edges.length) return elements;
  // Nodes that lost every tie to the filter go too; nodes that never had one (lone actors) stay.
  const hadEdge = new Set(elements.edges.flatMap((e) => [e.data.source, e.data.target]));
  const keep = new Set(edges.flatMap((e) => [e.data.source, e.data.target]));
  return { nodes: elements.nodes.filter((n) => keep.has(n.data.id) || !hadEdge.has(n.data.id)), edges };
}
