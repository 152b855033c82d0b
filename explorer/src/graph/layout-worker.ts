// Web Worker: runs fcose with the explorer's own options (layouts.ts) on a headless cytoscape and posts
// the positions back, so a large graph is laid out while the main thread keeps drawing and answering
// the reader. Started by background-layout.ts; one job at a time, a newer job replaces an older one
// by terminating the worker.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutReply, LayoutRequest } from './layout-message.ts';
import { layoutOptions } from './layouts.ts';
import { runDeterministicLayout } from './deterministic-layout.ts';

cytoscape.use(fcose);

/** The worker's global scope, typed by hand: the project compiles against the DOM library only. */
const scope = self as unknown as {
  onmessage: ((ev: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutReply, transfer?: Transferable[]): void;
};

export function layOut(req: LayoutRequest): Float64Array {
  const cy = cytoscape({
    headless: true,
    // No stylesheet: fcose then reads every node as 1x1 instead of asking the style for each node's box
    // at every step, which halved its time here (2,000 nodes: 1.8 s -> 0.9 s). Draft quality is the
    // spectral pass, which places node centres and ignores sizes except when packing components.
    styleEnabled: false,
    elements: [
      ...req.nodes.map((n, i) => ({
        group: 'nodes' as const, data: { id: n.id },
        position: req.positions ? { x: req.positions[2 * i], y: req.positions[2 * i + 1] } : undefined,
      })),
      ...req.edges.map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target } })),
    ],
  });
  // Ordered and seeded as the main-thread fallback is (background-layout.ts): same graph, same picture.
  runDeterministicLayout(cy.elements(), { ...layoutOptions('fcose', req.nodes.length, { randomize: req.randomize }), fit: false });
  const out = new Float64Array(req.nodes.length * 2);
  req.nodes.forEach((n, i) => {
    const p = cy.getElementById(n.id).position();
    out[2 * i] = p.x;
    out[2 * i + 1] = p.y;
  });
  cy.destroy();
  return out;
}

scope.onmessage = (ev) => {
  const req = ev.data;
  const t0 = performance.now();
  try {
    const positions = layOut(req);
    scope.postMessage({ job: req.job, ok: true, positions, ms: performance.now() - t0 }, [positions.buffer]);
  } catch (err) {
    scope.postMessage({ job: req.job, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
