// Re-applies the stylesheet for the current zoom (hub label scale), size class (graph-size.ts) and
// presentation mode. Kept apart from cy-setup.ts so it loads without the DOM-only extensions.
import type { Core } from 'cytoscape';
import { isLargeGraph } from './graph-size.ts';
import { labelScaleFor, stylesheet } from './styles.ts';

/** Call after a fit or layout; `nodeCount` when the elements are not added yet. The size class counts
 * the nodes shown, as cy-setup.ts does when it styles a graph before adding it: counting hidden ones too
 * would flip the class, and restyle everything, between the two calls. */
export function applyStyle(cy: Core, presentation: boolean, nodeCount = cy.nodes(':visible').length): void {
  const large = isLargeGraph(nodeCount);
  const labelScale = labelScaleFor(cy.zoom());
  // The stylesheet is a pure function of these three, and re-applying it restyles every element
  // (hundreds of ms on thousands of nodes): skip when nothing it depends on changed.
  const key = `${presentation}|${labelScale}|${large}`;
  if (cy.scratch('_atlasStyleKey') === key) return;
  cy.scratch('_atlasStyleKey', key);
  cy.style(stylesheet({ presentation, labelScale, large }) as never);
}
