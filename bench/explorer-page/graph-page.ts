// Browser side of the explorer benchmark: draws a generated graph of n nodes with the explorer's own
// code (createCy, showElements: stylesheet, decoration, seed layout, background fcose, size cap), then
// counts the frames drawn while bench/explorer-bench.ts drags the background with the mouse.
// Exposes benchDraw(n, variant) (resolves at the first frame), benchSettled() (resolves when the
// layout is final), benchFit(), benchFrames() and benchDone(); timings are performance.now() ms.
import type { Core } from 'cytoscape';
import { layoutSettled, prewarmLayoutWorker } from '../../explorer/src/graph/background-layout.ts';
import { applyStyle, createCy, showElements } from '../../explorer/src/graph/cy-setup.ts';
import { decorate } from '../../explorer/src/graph/decorate.ts';
import { layoutOptions } from '../../explorer/src/graph/layouts.ts';
import { defaultViewState } from '../../explorer/src/state/view-state.ts';
import { generateGraph } from './generate-graph.ts';

/**
 * `explorer`: the explorer as it is (above NODE_CAP only the best-connected nodes are drawn);
 * `show-all`: the same after the reader pressed "show all"; `before`: the explorer before issue 6's
 * changes (fcose draft on the main thread, then the first frame), kept to compare in the same minute.
 */
export type Variant = 'explorer' | 'show-all' | 'before';

let current: Core | null = null;
let t0 = 0;
let renders = 0;
/** When the final positions were set (layoutstop) and when the frame showing them was drawn. */
let settledAt = 0;
let settledDrawn: Promise<number> = Promise.resolve(0);

const nextRender = (cy: Core) => new Promise<number>((ok) => cy.one('render', () => ok(performance.now())));

/** What the explorer did before: every element added, fcose on the main thread, fit by cytoscape. */
function showBefore(cy: Core, n: number): void {
  const d = decorate(generateGraph(n), {});
  cy.batch(() => {
    cy.elements().remove();
    cy.add([...d.nodes.map((x) => ({ group: 'nodes' as const, data: x.data })), ...d.edges.map((e) => ({ group: 'edges' as const, data: e.data }))]);
  });
  const visible = cy.elements(':visible');
  visible.layout(layoutOptions('fcose', visible.nodes().length) as never).run();
}

async function benchDraw(n: number, variant: Variant) {
  const container = document.getElementById('cy')!;
  const elements = generateGraph(n);
  const cy = createCy(container, false);
  // As the app does (app/cy-events.ts): labels restyled for the zoom a finished layout leaves.
  cy.on('layoutstop', () => applyStyle(cy, false));
  await new Promise((ok) => requestAnimationFrame(ok));
  t0 = performance.now();
  settledDrawn = new Promise<number>((ok) => cy.one('layoutstop', () => { settledAt = performance.now(); cy.one('render', () => ok(performance.now())); }));
  const drawn = nextRender(cy);
  if (variant === 'before') showBefore(cy, n);
  else showElements(cy, elements, defaultViewState(), { showAll: variant === 'show-all' });
  const syncMs = performance.now() - t0;
  const firstDrawMs = (await drawn) - t0;
  renders = 0;
  cy.on('render', () => { renders++; });
  current = cy;
  return { variant, nodes: n, drawnNodes: cy.nodes().length, edges: cy.edges().length, syncMs, firstDrawMs };
}

/** Milliseconds from the start of benchDraw until the final positions were set, and drawn. */
async function benchSettled(): Promise<{ layoutMs: number; layoutDrawnMs: number }> {
  await layoutSettled(current!);
  const drawn = await settledDrawn;
  return { layoutMs: settledAt - t0, layoutDrawnMs: drawn - t0 };
}

/** Fits the graph and resolves once that frame is drawn, so the next pan starts from a still screen. */
function benchFit(): Promise<void> {
  const cy = current!;
  const drawn = new Promise<void>((ok) => cy.one('render', () => ok()));
  cy.fit(undefined, 30);
  return drawn;
}

/** Frames drawn since the last call. */
function benchFrames(): number {
  const r = renders;
  renders = 0;
  return r;
}

function benchDone(): void {
  current?.destroy();
  current = null;
}

// The explorer starts its layout worker when it starts (createCy); the page does it when it loads.
prewarmLayoutWorker();
Object.assign(window, { benchDraw, benchSettled, benchFit, benchFrames, benchDone, benchReady: true });
