// Layout options per name. fcose 'default' quality is far too slow on big graphs, so above
// LARGE_GRAPH_NODES it drops to draft quality and no animation.
import type { LayoutName } from '../state/view-state.ts';

/** Node count from which fcose runs in draft quality without animation. */
export const LARGE_GRAPH_NODES = 300;
/** Pixels around the graph when fitting. */
export const FIT_PADDING = 30;
/** Above this many nodes most labels are hidden at overview zoom (only the top-N hubs keep theirs),
 * so counting every label in the node boxes would only push the graph apart and shrink it on screen. */
const LABELS_IN_LAYOUT_MAX_NODES = 150;
/** fcose spacing for a graph of SPACING_BASE_NODES nodes; bigger graphs get more room per node
 * (by the square root of their size, up to MAX_SPACING_FACTOR), so a dense centre opens up. */
const SPACING = { nodeRepulsion: 20000, idealEdgeLength: 110 };
const SPACING_BASE_NODES = 100;
const MAX_SPACING_FACTOR = 2;
/** Weaker pull to the centre than fcose's default (0.25): leaves ring the hubs instead of piling in. */
const GRAVITY = 0.1;

/** Degree from which an edge's end counts as a hub: its edges get longer and softer, so the leaves
 * of a hub ring it at a distance and nodes that share a less-connected neighbour (instruments of one
 * country) group around that neighbour instead of all piling onto the hub. */
const HUB_DEGREE = 8;
const MAX_HUB_STRETCH = 1.5;
/** fcose's default edge elasticity. */
const ELASTICITY = 0.45;

type EdgeLike = { source(): { degree(loops: boolean): number }; target(): { degree(loops: boolean): number } };
export function hubStretch(e: EdgeLike): number {
  const d = Math.max(e.source().degree(false), e.target().degree(false));
  return Math.min(MAX_HUB_STRETCH, Math.max(1, Math.sqrt(d / HUB_DEGREE)));
}

export function spacingFactor(nodeCount: number): number {
  return Math.min(MAX_SPACING_FACTOR, Math.max(1, Math.sqrt(nodeCount / SPACING_BASE_NODES)));
}

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
        nodeDimensionsIncludeLabels: nodeCount <= LABELS_IN_LAYOUT_MAX_NODES,
        // Spread wider than fcose's defaults: labels need room, and hubs otherwise swallow their leaves.
        nodeRepulsion: SPACING.nodeRepulsion * spacingFactor(nodeCount) ** 2,
        idealEdgeLength: (e: EdgeLike) => SPACING.idealEdgeLength * spacingFactor(nodeCount) * hubStretch(e),
        edgeElasticity: (e: EdgeLike) => ELASTICITY / hubStretch(e),
        gravity: GRAVITY,
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
