// Reads what cytoscape currently shows into a ViewSnapshot (visible elements only, with positions).
import type { Core } from 'cytoscape';
import type { ViewSnapshot } from './snapshot.ts';

export function takeSnapshot(cy: Core, meta: Pick<ViewSnapshot, 'title' | 'dateRange' | 'sources'>): ViewSnapshot {
  const nodes = cy.nodes(':visible').map((n) => ({ id: n.id(), data: { ...n.data() }, x: n.position('x'), y: n.position('y') }));
  const shown = new Set(nodes.map((n) => n.id));
  const edges = cy.edges(':visible')
    .filter((e) => shown.has(e.data('source')) && shown.has(e.data('target')))
    .map((e) => ({ id: e.id(), source: e.data('source') as string, target: e.data('target') as string, data: { ...e.data() } }));
  return { ...meta, nodes, edges };
}
