// JSON export: cytoscape elements with positions, loadable back into cytoscape or any script.
import type { ViewSnapshot } from './snapshot.ts';
import { DISPLAY_KEYS } from './snapshot.ts';

const facts = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).filter(([k]) => !DISPLAY_KEYS.has(k)));

export function toJson(view: ViewSnapshot): string {
  return JSON.stringify({
    title: view.title,
    dateRange: view.dateRange,
    sources: view.sources,
    elements: {
      nodes: view.nodes.map((n) => ({ data: facts(n.data), position: { x: n.x, y: n.y } })),
      edges: view.edges.map((e) => ({ data: facts(e.data) })),
    },
  }, null, 2);
}
