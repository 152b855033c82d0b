// Browser side of the explorer benchmark: draws a generated graph of n nodes with the explorer's own
// code (createCy, showElements: its stylesheet, decoration and size-dependent fcose options), then
// counts the frames it draws while bench/explorer-bench.ts drags the background with the mouse.
// Exposes window.benchDraw(n, variant) and benchDone(); timings are performance.now() ms.
import type { Core } from 'cytoscape';
import type { Elements } from '../../explorer/src/api/types.ts';
import { createCy, showElements } from '../../explorer/src/graph/cy-setup.ts';
import { defaultViewState } from '../../explorer/src/state/view-state.ts';

/** Edges per node: the 100x meetings network has about 1.4. */
const EDGES_PER_NODE = 1.4;
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

/**
 * `explorer` is the explorer as it is; `viewport-textures` is the same graph and layout with
 * cytoscape's viewport options on (a texture while the user pans or zooms, edges and labels hidden
 * meanwhile), to show what a pan costs without them.
 */
export type Variant = 'explorer' | 'viewport-textures';

let current: Core | null = null;
let renders = 0;

/** Draws n nodes the way the explorer does; the graph stays for the pan until benchDone(). */
async function benchDraw(n: number, variant: Variant) {
  const container = document.getElementById('cy')!;
  const elements = generate(n);
  const cy = createCy(container, false);
  if (variant === 'viewport-textures') {
    // Init options of cytoscape's canvas renderer, read at draw time from the renderer object.
    Object.assign((cy as unknown as { renderer(): object }).renderer(), { textureOnViewport: true, hideEdgesOnViewport: true, hideLabelsOnViewport: true });
  }
  await new Promise((ok) => requestAnimationFrame(ok));
  const t0 = performance.now();
  const drawn = nextRender(cy);
  showElements(cy, elements, defaultViewState()); // adds, decorates, runs the layout (synchronous)
  const layoutMs = performance.now() - t0;
  const firstDrawMs = (await drawn) - t0;
  renders = 0;
  cy.on('render', () => { renders++; });
  current = cy;
  return { variant, nodes: cy.nodes().length, edges: cy.edges().length, layoutMs, firstDrawMs };
}

/** Frames drawn since benchDraw, then the graph goes. */
function benchDone(): number {
  current?.destroy();
  current = null;
  return renders;
}

Object.assign(window, { benchDraw, benchDone, benchReady: true });
