// Lays out a large graph off the main thread: the nodes already stand at cheap seed positions (the
// first frame is drawn), fcose runs in layout-worker.ts, and its positions are applied in one batch.
// A newer graph or layout cancels the older job (the worker is terminated, not left computing). If
// Web Workers are unavailable or fail, fcose runs on the main thread after the first frame instead.
import type { Core, EdgeCollection, NodeCollection } from 'cytoscape';
import type { LayoutReply, LayoutRequest } from './layout-message.ts';
import { layoutOptions, FIT_PADDING } from './layouts.ts';
import { boundsOf, mapInto, viewportFor, type Bounds, type Viewport } from './position-bounds.ts';
import { runDeterministicLayout } from './deterministic-layout.ts';

/** Margin around node centres when fitting by positions: half the largest node (decorate.ts) and a
 * little air, so no node is cut at the screen edge. */
export const FIT_MARGIN = 45;

interface Pending { job: number; done: Promise<void>; resolve(): void; seedBounds: Bounds | null; fitted: Viewport | null }

let worker: Worker | null = null;
let workerJob = 0;
let jobs = 0;
const pending = new WeakMap<Core, Pending>();

/** Resolves once no background layout is pending for `cy` (at once when none is). */
export function layoutSettled(cy: Core): Promise<void> {
  return pending.get(cy)?.done ?? Promise.resolve();
}

export function isLayoutPending(cy: Core): boolean {
  return pending.has(cy);
}

/** Drops the pending job of `cy` (its result will be ignored) and stops the worker computing it. */
export function cancelBackgroundLayout(cy: Core): void {
  const p = pending.get(cy);
  if (!p) return;
  pending.delete(cy);
  if (worker && workerJob === p.job) {
    worker.terminate();
    worker = null;
    // A fresh worker at once, so the next large graph does not wait for cytoscape to load into it.
    startWorker();
  }
  p.resolve();
}

/** Fits the viewport to the nodes' positions (not their label boxes) and returns what it set. */
export function fitByPositions(cy: Core, nodes: NodeCollection): Viewport | null {
  const b = boundsOf(nodes.map((n) => n.position()), FIT_MARGIN);
  if (!b) return null;
  const vp = viewportFor(b, cy.width(), cy.height(), FIT_PADDING, { min: cy.minZoom(), max: cy.maxZoom() });
  cy.viewport(vp);
  return vp;
}

/** Starts fcose for `nodes` (and the edges among them) in the background. The result is drawn into the
 * box the nodes occupy now; `fitted` is the viewport the caller set for the first frame: if the reader
 * has not moved it when the result comes, the refined graph is fitted again. */
export function refineInBackground(cy: Core, nodes: NodeCollection, opts: { randomize: boolean; fitted: Viewport | null }): Promise<void> {
  cancelBackgroundLayout(cy);
  let resolve!: () => void;
  const done = new Promise<void>((ok) => { resolve = ok; });
  const job = ++jobs;
  const p: Pending = { job, done, resolve, seedBounds: boundsOf(nodes.map((n) => n.position())), fitted: opts.fitted };
  pending.set(cy, p);
  const req: LayoutRequest = {
    job,
    nodes: nodes.map((n) => ({ id: n.id() })),
    edges: (nodes.edgesWith(nodes) as unknown as EdgeCollection)
      .map((e) => ({ source: e.source().id(), target: e.target().id() }))
      // edgesWith keeps edges with both ends in the set; a self-loop has no length to lay out.
      .filter((e) => e.source !== e.target),
    randomize: opts.randomize,
    positions: opts.randomize ? undefined : Float64Array.from(nodes.map((n) => [n.position().x, n.position().y]).flat()),
  };
  const w = startWorker();
  if (!w) {
    setTimeout(() => onMainThread(cy, p, nodes, opts.randomize));
    return done;
  }
  workerJob = job;
  w.onmessage = (ev: MessageEvent<LayoutReply>) => {
    const reply = ev.data;
    if (pending.get(cy) !== p || reply.job !== job) return;
    if (!reply.ok) { onMainThread(cy, p, nodes, opts.randomize); return; }
    apply(cy, p, nodes, reply.positions);
  };
  w.onerror = (ev) => {
    ev.preventDefault();
    worker?.terminate();
    worker = null;
    if (pending.get(cy) === p) onMainThread(cy, p, nodes, opts.randomize);
  };
  w.postMessage(req, req.positions ? [req.positions.buffer] : []);
  return done;
}

/** Starts the layout worker ahead of the first large graph, so loading cytoscape into it (a few
 * hundred ms on a loaded machine) is not paid when the reader is waiting. Harmless where Workers are
 * missing. */
export function prewarmLayoutWorker(): void {
  startWorker();
}

function startWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  try {
    worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module', name: 'atlas-layout' });
  } catch {
    worker = null;
  }
  return worker;
}

function finish(cy: Core, p: Pending): void {
  if (pending.get(cy) === p) pending.delete(cy);
  p.resolve();
}

function apply(cy: Core, p: Pending, nodes: NodeCollection, flat: Float64Array): void {
  if (cy.destroyed()) { finish(cy, p); return; }
  let points = Array.from({ length: nodes.length }, (_, i) => ({ x: flat[2 * i], y: flat[2 * i + 1] }));
  if (points.some((q) => !Number.isFinite(q.x) || !Number.isFinite(q.y))) { finish(cy, p); return; }
  const untouched = p.fitted !== null && cy.zoom() === p.fitted.zoom && cy.pan().x === p.fitted.pan.x && cy.pan().y === p.fitted.pan.y;
  // fcose's draft packs a few thousand nodes into a blob a few hundred pixels wide, where they cover
  // each other and every label shows at the fitted zoom. Drawn into the seed's box instead (area per
  // node as SEED_SPACING), nodes stand apart, the zoom and so the labels stay those of the first frame,
  // and a viewport the reader moved meanwhile still shows the same region.
  if (p.seedBounds) points = mapInto(points, p.seedBounds);
  cy.batch(() => {
    // One positions() call (ids are in the collection's order): one event and bounding-box pass.
    nodes.positions((_n, i) => points[i as number]);
    if (untouched) fitByPositions(cy, nodes);
  });
  finish(cy, p);
  // What a finished layout run announces: the app restyles labels for the new zoom and persists.
  cy.emit('layoutstop');
}

function onMainThread(cy: Core, p: Pending, nodes: NodeCollection, randomize: boolean): void {
  if (pending.get(cy) !== p || cy.destroyed()) { finish(cy, p); return; }
  // Ordered and seeded as in the worker (layout-worker.ts), so both draw the same graph the same way.
  runDeterministicLayout(nodes.union(nodes.edgesWith(nodes)), layoutOptions('fcose', nodes.length, { randomize }));
  finish(cy, p);
}
