// GEXF through graphology's own writer; x/y become viz positions so Gephi opens the layout as shown.
import Graph from 'graphology';
import write from 'graphology-gexf/browser/writer.js';
import { factAttributes, type ViewSnapshot } from './snapshot.ts';

export function toGexf(view: ViewSnapshot): string {
  const g = new Graph({ type: 'undirected', multi: true });
  for (const n of view.nodes) {
    const facts = factAttributes(n.data);
    // GEXF's `label` is the display name; the node's type travels as `entityType`.
    const { label: entityType, ...rest } = facts;
    g.addNode(n.id, { ...rest, entityType: entityType ?? '', label: String(n.data.name ?? n.id), x: n.x, y: n.y });
  }
  for (const e of view.edges) {
    if (g.hasNode(e.source) && g.hasNode(e.target)) g.addEdgeWithKey(e.id, e.source, e.target, factAttributes(e.data));
  }
  return write(g);
}
