// Browser side of the explorer benchmark: draws a generated graph of n nodes with the explorer's own
// code (createCy, showElements: its stylesheet, decoration and size-dependent fcose options), then
// pans it. Exposes window.benchGraph(n) for bench/explorer-bench.ts; timings are performance.now() ms.
import type { Core } from 'cytoscape';
import type { Elements } from '../../explorer/src/api/types.ts';
import { createCy, showElements } from '../../explorer/src/graph/cy-setup.ts';
import { defaultViewState } from '../../explorer/src/state/view-state.ts';

/** Edges per node: the 100x meetings network has about 1.4. */
const EDGES_PER_NODE = 1.4;
/** How long the pan runs; long enough for a steady frame rate. */
const PAN_MS = 2_000;
/** Pixels per frame of the pan. */
const PAN_STEP = 4;
const TYPES = ['Person', 'Person', 'Person', 'Institution', 'Country', 'Instrument'];
const SIDES = ['eu', 'member_state', 'third_country', 'international'];

/** A preferential-attachment graph (hubs like the EU and a few commissioners), deterministic. */
function generate(n: number): Elements {
  let seed = 42;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const nodes: Elements['nodes'] = [];
  const ends: string[] = [];
  const edges: Elements['edges'] = [];
  for (let i = 0; i < n; i++) {
    const id = `n${i}`;
    nodes.push({ data: { id, label: TYPES[i % TYPES.length], name: `Node ${i} name`, side: SIDES[i % SIDES.length] as never } });
    const k = i === 0 ? 0 : Math.max(1, Math.round(EDGES_PER_NODE * (0.5 + rnd())));
    for (let j = 0; j < k && i > 0; j++) {
      const target = ends.length && rnd() < 0.8 ? ends[Math.floor(rnd() * ends.length)] : `n${Math.floor(rnd() * i)}`;
      if (target === id) continue;
      edges.push({ data: { id: `e${edges.length}`, source: id, target, type: 'MET', weight: 1 + Math.floor(rnd() * 5) } });
      ends.push(id, target);
    }
  }
  return { nodes, edges };
}

const nextRender = (cy: Core) => new Promise<number>((ok) => cy.one('render', () => ok(performance.now())));

async function benchGraph(n: number) {
  const container = document.getElementById('cy')!;
  const elements = generate(n);
  const cy = createCy(container, false);
  await new Promise((ok) => requestAnimationFrame(ok));
  const t0 = performance.now();
  const drawn = nextRender(cy);
  showElements(cy, elements, defaultViewState()); // adds, decorates, runs the layout (synchronous)
  const layoutMs = performance.now() - t0;
  const firstDrawMs = (await drawn) - t0;
  // Pan: count the frames cytoscape actually draws while the viewport moves every animation frame.
  let renders = 0;
  cy.on('render', () => { renders++; });
  const p0 = performance.now();
  await new Promise<void>((ok) => {
    const step = () => {
      cy.panBy({ x: PAN_STEP, y: PAN_STEP / 2 });
      if (performance.now() - p0 < PAN_MS) requestAnimationFrame(step); else ok();
    };
    requestAnimationFrame(step);
  });
  const panFps = renders / ((performance.now() - p0) / 1000);
  const result = { nodes: cy.nodes().length, edges: cy.edges().length, layoutMs, firstDrawMs, panFps };
  cy.destroy();
  return result;
}

(window as unknown as { benchGraph: typeof benchGraph }).benchGraph = benchGraph;
(window as unknown as { benchReady: boolean }).benchReady = true;
