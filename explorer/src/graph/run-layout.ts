// Runs a layout on what is visible: fcose on a large graph goes to the background worker
// (background-layout.ts), every other run is synchronous here (deterministic-layout.ts: same graph, same picture).
import type { Core } from 'cytoscape';
import type { ViewState } from '../state/view-state.ts';
import { cancelBackgroundLayout, fitByPositions, refineInBackground } from './background-layout.ts';
import { isLargeGraph } from './graph-size.ts';
import { layoutOptions } from './layouts.ts';
import { runDeterministicLayout } from './deterministic-layout.ts';

/** Runs a layout on the visible graph; fcose on a large graph runs in the background worker. */
export function runLayout(cy: Core, name: ViewState['layout'], opts: { randomize?: boolean } = {}): void {
  cancelBackgroundLayout(cy);
  const visible = cy.elements(':visible');
  const nodes = visible.nodes();
  if (nodes.length === 0) return;
  if (name === 'fcose' && isLargeGraph(nodes.length)) {
    void refineInBackground(cy, nodes, { randomize: opts.randomize ?? true, fitted: fitByPositions(cy, nodes) });
    return;
  }
  // Ordered and seeded: the same elements are drawn the same way each time.
  runDeterministicLayout(visible, layoutOptions(name, nodes.length, opts));
}
