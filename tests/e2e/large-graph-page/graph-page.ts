// Browser side of tests/e2e/explorer-large-graph.test.ts: draws the benchmark's synthetic graph with
// the explorer's own createCy + showElements and reports what the test checks (was the layout still
// pending when the first frame was drawn, where the nodes ended up). Exposes window.largeGraph.
import type { Core } from 'cytoscape';
import { generateGraph } from '../../../bench/explorer-page/generate-graph.ts';
import { isLayoutPending, layoutSettled } from '../../../explorer/src/graph/background-layout.ts';
import { createCy, showElements } from '../../../explorer/src/graph/cy-setup.ts';
import { defaultViewState } from '../../../explorer/src/state/view-state.ts';

let cy: Core | null = null;

async function draw(n: number) {
  cy?.destroy();
  const c = createCy(document.getElementById('cy')!, false);
  cy = c;
  let layoutStops = 0;
  c.on('layoutstop', () => { layoutStops++; });
  const firstFrame = new Promise<{ pending: boolean; nodes: number }>((ok) => c.one('render', () => ok({ pending: isLayoutPending(c), nodes: c.nodes().length })));
  showElements(c, generateGraph(n), defaultViewState());
  const seed = c.nodes().map((x) => ({ ...x.position() }));
  const first = await firstFrame;
  await layoutSettled(c);
  const moved = c.nodes().filter((x, i) => x.position().x !== seed[i].x || x.position().y !== seed[i].y).length;
  return { first, layoutStops, moved, pendingAfter: isLayoutPending(c), drawn: c.nodes().length };
}

/** Rendered (screen) positions of every node, and the screen size. */
function screen() {
  const c = cy!;
  return { width: c.width(), height: c.height(), points: c.nodes().map((n) => n.renderedPosition()) };
}

async function settled() {
  await layoutSettled(cy!);
  return cy!.nodes().length;
}

Object.assign(window, { largeGraph: { draw, screen, settled }, largeGraphReady: true });
