// Size thresholds that switch the explorer from "lay out, then draw" to "draw at once, refine in the
// background", and from "show everything" to "show the best-connected part and ask to filter".
// Measured on the shared 2-core machine (docs/performance.md): fcose draft plus the first frame took
// ~2.4 s for 500 nodes and ~5.6 s for 2,000 on the main thread.

/** From this many visible nodes the first frame is drawn from a cheap seed layout and fcose runs in a
 * Web Worker; below it fcose on the main thread is quick enough (well under a second) and exact. */
export const PROGRESSIVE_LAYOUT_MIN_NODES = 400;

/** More nodes than this are more than a reader can follow and than the canvas renderer pans smoothly:
 * the explorer shows the best-connected NODE_CAP nodes and asks the reader to filter (or show all). */
export const NODE_CAP = 3000;

/** True when the graph is drawn at once and refined off the main thread. */
export function isLargeGraph(nodeCount: number): boolean {
  return nodeCount >= PROGRESSIVE_LAYOUT_MIN_NODES;
}
