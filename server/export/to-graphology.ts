// Cytoscape elements -> a graphology graph, the common ground of the export formats. Lists become
// `;`-joined text because GEXF and GraphML attributes are scalars.
import Graph from 'graphology';
import type { Elements } from '../graph/elements.ts';

function scalar(v: unknown): string | number | boolean {
  if (Array.isArray(v)) return v.join(';');
  if (v && typeof v === 'object') return JSON.stringify(v);
  return v as string | number | boolean;
}

function attributes(data: Record<string, unknown>, skip: readonly string[]): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(data)) if (!skip.includes(k) && v !== null && v !== undefined) out[k] = scalar(v);
  return out;
}

export function toGraphology(elements: Elements, directed: boolean): Graph {
  const g = new Graph({ type: directed ? 'directed' : 'undirected', multi: true });
  for (const { data } of elements.nodes) g.addNode(data.id, attributes(data, ['id']));
  for (const { data } of elements.edges) g.addEdgeWithKey(data.id, data.source, data.target, attributes(data, ['id', 'source', 'target']));
  return g;
}
