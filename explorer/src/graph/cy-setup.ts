// Creates the cytoscape instance and replaces its elements in one batch, honouring the view state
// (hidden nodes, saved positions, layout). The only module here that touches the DOM.
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { Elements } from '../api/types.ts';
import type { ViewState } from '../state/view-state.ts';
import { hideCapPrompt, showCapPrompt } from '../ui/cap-prompt.ts';
import { cancelBackgroundLayout, fitByPositions, FIT_MARGIN, prewarmLayoutWorker, refineInBackground } from './background-layout.ts';
import { decorate } from './decorate.ts';
import { isLargeGraph, NODE_CAP } from './graph-size.ts';
import { FIT_PADDING } from './layouts.ts';
import { boundsOf, viewportFor } from './position-bounds.ts';
import { runLayout } from './run-layout.ts';
import { seedPositions } from './seed-layout.ts';
import { capElements } from './size-cap.ts';
import { stylesheet } from './styles.ts';
import { applyStyle } from './apply-style.ts';

export { applyStyle };

cytoscape.use(fcose);
cytoscape.use(svg);

/** Zoom limits: beyond these the graph is either a dot or one blurry label. */
const ZOOM = { min: 0.05, max: 4 };

export function createCy(container: HTMLElement, presentation: boolean): Core {
  prewarmLayoutWorker();
  return cytoscape({
    container,
    style: stylesheet({ presentation }) as never,
    minZoom: ZOOM.min,
    maxZoom: ZOOM.max,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: true,
  });
}

export interface ShowOptions {
  /** Draw every node even above NODE_CAP (the reader chose "show all"). */
  showAll?: boolean;
}

/**
 * Replaces the graph. Saved positions win over the layout, so a permalink comes back exactly. Above
 * NODE_CAP nodes only the best-connected are drawn, with a prompt to filter or show all. A large graph
 * (graph-size.ts) is drawn at once from seed positions and laid out by fcose in a worker
 * (background-layout.ts; `layoutSettled(cy)` says when it is done).
 */
export function showElements(cy: Core, elements: Elements, state: ViewState, opts: ShowOptions = {}): void {
  cancelBackgroundLayout(cy);
  const capped = opts.showAll ? null : capElements(elements, NODE_CAP);
  const container = cy.container();
  if (container) {
    if (capped && capped.shown < capped.total) {
      showCapPrompt(container, capped, () => showElements(cy, elements, state, { ...opts, showAll: true }));
    } else {
      hideCapPrompt(container);
    }
  }
  const decorated = decorate(capped?.elements ?? elements, { sizeBy: state.sizeBy });
  const hidden = new Set(state.hidden);
  const positions = state.positions;
  const allPlaced = decorated.nodes.length > 0 && decorated.nodes.every((n) => positions[n.data.id]);
  const somePlaced = decorated.nodes.some((n) => positions[n.data.id]);
  const nodeIds = new Set(decorated.nodes.map((n) => n.data.id));
  const edges = decorated.edges.filter((e) => nodeIds.has(e.data.source) && nodeIds.has(e.data.target));
  const visibleCount = decorated.nodes.filter((n) => !hidden.has(n.data.id)).length;
  const large = isLargeGraph(visibleCount);
  // A large graph without saved positions opens from the seed layout, fitted by positions, and is
  // styled for that zoom before its elements exist, so every element is styled once.
  const seeded = large && !somePlaced && state.layout !== 'concentric' && state.layout !== 'circle' && state.layout !== 'breadthfirst';
  const seeds = seeded ? seedPositions({ nodes: decorated.nodes.filter((n) => !hidden.has(n.data.id)).map((n) => n.data), edges: edges.map((e) => e.data) }) : null;
  const seedView = seeds ? seedViewport(cy, [...seeds.values()]) : null;
  cy.batch(() => {
    cy.elements().remove();
    if (seedView) cy.viewport(seedView);
    // Before the elements exist, so each is styled once (a no-op when nothing changed).
    applyStyle(cy, state.presentation, visibleCount);
    cy.add([
      ...decorated.nodes.map((n) => {
        const saved = positions[n.data.id];
        const seed = seeds?.get(n.data.id);
        return { group: 'nodes' as const, data: n.data, position: saved ? { x: saved[0], y: saved[1] } : seed };
      }),
      ...edges.map((e) => ({ group: 'edges' as const, data: e.data })),
    ]);
    if (hidden.size) cy.nodes().filter((n) => hidden.has(n.id())).style('display', 'none');
  });
  if (allPlaced) {
    if (state.zoom) cy.viewport({ zoom: state.zoom.level, pan: { x: state.zoom.pan[0], y: state.zoom.pan[1] } });
    else if (large) fitByPositions(cy, visibleNodes(cy, hidden));
    else cy.fit(undefined, FIT_PADDING);
    applyStyle(cy, state.presentation);
  } else if (seeds) {
    void refineInBackground(cy, visibleNodes(cy, hidden), { randomize: true, fitted: seedView });
  } else if (somePlaced && state.layout === 'fcose') {
    // Growing a graph (expand): new nodes start beside a placed neighbour and the layout refines
    // from there, so what the reader already knows stays where it was.
    placeNewNodesNearNeighbours(cy, positions);
    if (large) void refineInBackground(cy, visibleNodes(cy, hidden), { randomize: false, fitted: fitByPositions(cy, visibleNodes(cy, hidden)) });
    else runLayout(cy, 'fcose', { randomize: false });
  } else {
    runLayout(cy, state.layout === 'preset' ? 'fcose' : state.layout);
  }
  const selected = new Set(state.selection);
  if (selected.size) cy.batch(() => cy.elements().filter((e) => selected.has(e.id())).select());
}

/** The visible nodes, without cytoscape's `:visible` selector (which computes every element's style). */
function visibleNodes(cy: Core, hidden: Set<string>) {
  return hidden.size ? cy.nodes().filter((n) => !hidden.has(n.id())) : cy.nodes();
}

function seedViewport(cy: Core, points: { x: number; y: number }[]) {
  const b = boundsOf(points, FIT_MARGIN);
  return b ? viewportFor(b, cy.width(), cy.height(), FIT_PADDING, { min: cy.minZoom(), max: cy.maxZoom() }) : null;
}

/** Distance in pixels at which a new node is placed from the neighbour that brought it in. */
const NEW_NODE_OFFSET = 60;

function placeNewNodesNearNeighbours(cy: Core, positions: ViewState['positions']): void {
  let i = 0;
  cy.nodes().forEach((n) => {
    if (positions[n.id()]) return;
    const anchorId = n.neighborhood().nodes().map((m) => m.id()).find((id) => !!positions[id]);
    const base = anchorId ? { x: positions[anchorId][0], y: positions[anchorId][1] } : { x: 0, y: 0 };
    const angle = (i++ * 2.399963) % (2 * Math.PI); // golden angle: spread without collisions
    n.position({ x: base.x + NEW_NODE_OFFSET * Math.cos(angle), y: base.y + NEW_NODE_OFFSET * Math.sin(angle) });
  });
}

/** Current positions of visible nodes, for the permalink. */
export function capturePositions(cy: Core): ViewState['positions'] {
  const out: ViewState['positions'] = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = [p.x, p.y];
  });
  return out;
}
