// Layout options per name. fcose 'default' quality is far too slow on big graphs, so above
// LARGE_GRAPH_NODES it drops to draft quality and no animation.
import type { LayoutName } from '../state/view-state.ts';

/** Node count from which fcose runs in draft quality without animation. */
export const LARGE_GRAPH_NODES = 300;
/** Pixels around the graph when fitting. */
export const FIT_PADDING = 30;

export function layoutOptions(name: LayoutName, nodeCount: number, opts: { randomize?: boolean } = {}): Record<string, unknown> {
  const large = nodeCount > LARGE_GRAPH_NODES;
  const base = { name, fit: true, padding: FIT_PADDING, animate: false };
  switch (name) {
    case 'fcose':
      return {
        ...base,
        // fcose only refines existing positions (randomize false) in 'proof' quality.
        quality: opts.randomize === false ? 'proof' : large ? 'draft' : 'default',
        // Never animated: positions are final when the layout returns, so exports and permalinks
        // taken right after a re-layout capture what the screen shows.
        animate: false,
        randomize: opts.randomize ?? true,
        nodeDimensionsIncludeLabels: !large,
        // Spread wider than fcose's defaults: labels need room, and hubs otherwise swallow their leaves.
        nodeRepulsion: 20000,
        idealEdgeLength: 110,
        packComponents: true,
        numIter: large ? 1000 : 2500,
      };
    case 'concentric':
      return { ...base, minNodeSpacing: 20, concentric: (n: { degree(): number }) => n.degree(), levelWidth: () => 2 };
    case 'breadthfirst':
      return { ...base, directed: false, spacingFactor: 1.1 };
    case 'circle':
      return { ...base, spacingFactor: 1 };
    case 'preset':
      return { ...base, fit: false };
  }
}
