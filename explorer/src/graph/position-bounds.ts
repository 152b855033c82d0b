// Bounding boxes of node positions, and the viewport that fits one: computed from positions and node
// sizes alone, because cytoscape's own fit measures every label's box, which on thousands of nodes
// costs more than drawing them.

export interface Bounds { x1: number; y1: number; x2: number; y2: number }
export interface Viewport { zoom: number; pan: { x: number; y: number } }
type Point = { x: number; y: number };

/** The box around all points, grown by `margin` on each side; null for no points. */
export function boundsOf(points: Iterable<Point>, margin = 0): Bounds | null {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const p of points) {
    if (p.x < x1) x1 = p.x;
    if (p.x > x2) x2 = p.x;
    if (p.y < y1) y1 = p.y;
    if (p.y > y2) y2 = p.y;
  }
  if (x1 === Infinity) return null;
  return { x1: x1 - margin, y1: y1 - margin, x2: x2 + margin, y2: y2 + margin };
}

/** Zoom and pan that show `b` inside a width x height screen with `padding` pixels around it. */
export function viewportFor(b: Bounds, width: number, height: number, padding: number, zoomLimits: { min: number; max: number }): Viewport {
  const w = Math.max(1, b.x2 - b.x1);
  const h = Math.max(1, b.y2 - b.y1);
  const fit = Math.min((width - 2 * padding) / w, (height - 2 * padding) / h);
  const zoom = Math.min(zoomLimits.max, Math.max(zoomLimits.min, Number.isFinite(fit) && fit > 0 ? fit : 1));
  return { zoom, pan: { x: width / 2 - zoom * (b.x1 + b.x2) / 2, y: height / 2 - zoom * (b.y1 + b.y2) / 2 } };
}

/** Scales and moves points (uniformly, centred) so their box fits inside `target`: refined positions
 * land where the first frame drew the graph, so a viewport the reader already moved stays meaningful. */
export function mapInto(points: Point[], target: Bounds): Point[] {
  const from = boundsOf(points);
  if (!from) return [];
  const fw = Math.max(1e-9, from.x2 - from.x1);
  const fh = Math.max(1e-9, from.y2 - from.y1);
  const k = Math.min((target.x2 - target.x1) / fw, (target.y2 - target.y1) / fh);
  const fx = (from.x1 + from.x2) / 2, fy = (from.y1 + from.y2) / 2;
  const tx = (target.x1 + target.x2) / 2, ty = (target.y1 + target.y2) / 2;
  return points.map((p) => ({ x: tx + (p.x - fx) * k, y: ty + (p.y - fy) * k }));
}
