// Creates the cytoscape instance and replaces its elements in one batch, honouring the view state
// (hidden nodes, saved positions, layout). The only module here that touches the DOM.
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { Elements } from '../api/types.ts';
import type { ViewState } from '../state/view-state.ts';
import { decorate } from './decorate.ts';
import { layoutOptions, FIT_PADDING } from './layouts.ts';
import { labelScaleFor, stylesheet } from './styles.ts';

cytoscape.use(fcose);
cytoscape.use(svg);

/** Zoom limits: beyond these the graph is either a dot or one blurry label. */
const ZOOM = { min: 0.05, max: 4 };

export function createCy(container: HTMLElement, presentation: boolean): Core {
  return cytoscape({
    container,
    style: stylesheet({ presentation }) as never,
    minZoom: ZOOM.min,
    maxZoom: ZOOM.max,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: true,
  });
}

/** Replaces the graph. Saved positions win over the layout, so a permalink comes back exactly. */
export function showElements(cy: Core, elements: Elements, state: ViewState): void {
  const decorated = decorate(elements, { sizeBy: state.sizeBy });
  const hidden = new Set(state.hidden);
  const positions = state.positions;
  const allPlaced = decorated.nodes.length > 0 && decorated.nodes.every((n) => positions[n.data.id]);
  const nodeIds = new Set(decorated.nodes.map((n) => n.data.id));
  cy.batch(() => {
    cy.elements().remove();
    cy.add([
      ...decorated.nodes.map((n) => ({
        group: 'nodes' as const, data: n.data,
        position: positions[n.data.id] ? { x: positions[n.data.id][0], y: positions[n.data.id][1] } : undefined,
      })),
      ...decorated.edges
        .filter((e) => nodeIds.has(e.data.source) && nodeIds.has(e.data.target))
        .map((e) => ({ group: 'edges' as const, data: e.data })),
    ]);
    cy.nodes().filter((n) => hidden.has(n.id())).style('display', 'none');
  });
  const somePlaced = decorated.nodes.some((n) => positions[n.data.id]);
  if (allPlaced) {
    if (state.zoom) cy.viewport({ zoom: state.zoom.level, pan: { x: state.zoom.pan[0], y: state.zoom.pan[1] } });
    else cy.fit(undefined, FIT_PADDING);
    applyStyle(cy, state.presentation);
  } else if (somePlaced && state.layout === 'fcose') {
    // Growing a graph (expand): new nodes start beside a placed neighbour and the layout refines
    // from there, so what the reader already knows stays where it was.
    placeNewNodesNearNeighbours(cy, positions);
    runLayout(cy, 'fcose', { randomize: false });
  } else {
    runLayout(cy, state.layout === 'preset' ? 'fcose' : state.layout);
  }
  const selected = new Set(state.selection);
  cy.batch(() => cy.elements().filter((e) => selected.has(e.id())).select());
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

export function runLayout(cy: Core, name: ViewState['layout'], opts: { randomize?: boolean } = {}): void {
  const visible = cy.elements(':visible');
  if (visible.nodes().length === 0) return;
  visible.layout(layoutOptions(name, visible.nodes().length, opts) as never).run();
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

/** Re-applies the stylesheet with hub labels sized for the current zoom (call after fit/layout). */
export function applyStyle(cy: Core, presentation: boolean): void {
  cy.style(stylesheet({ presentation, labelScale: labelScaleFor(cy.zoom()) }) as never);
}
