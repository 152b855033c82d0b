// What clicking, double-clicking and dragging on the graph does, and when the view is persisted.
import type { AppContext } from './context.ts';
import { applyStyle } from '../graph/cy-setup.ts';
import { showTieDetails } from '../views/details-panel.ts';

/** Quiet time after panning/zooming before the permalink is rewritten. */
const PERSIST_DEBOUNCE_MS = 250;

export function bindCyEvents(ctx: AppContext): void {
  const { cy } = ctx;
  cy.on('tap', 'node', (ev) => {
    const n = ev.target;
    const id = n.id() as string;
    if (n.data('label') === 'Instrument') void ctx.actions.run('open-timeline', { id });
    else if (['Person', 'Institution', 'Country'].includes(n.data('label'))) void ctx.openEntity(id);
    cy.batch(() => {
      cy.elements().addClass('faded').removeClass('emph');
      n.closedNeighborhood().removeClass('faded').addClass('emph');
    });
  });
  cy.on('tap', 'edge', (ev) => {
    const e = ev.target;
    const meetingIds = (e.data('meetingIds') as string[] | undefined) ?? [];
    if (meetingIds.length === 0) return;
    void showTieDetails(ctx, {
      source: e.source().id(), target: e.target().id(), sourceName: e.source().data('name'), targetName: e.target().data('name'), meetingIds,
    });
  });
  cy.on('tap', (ev) => {
    if (ev.target === cy) cy.elements().removeClass('faded emph');
  });
  cy.on('dbltap', 'node', (ev) => void ctx.actions.run('expand', { id: ev.target.id() }));

  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => { clearTimeout(timer); timer = setTimeout(() => ctx.persist(), PERSIST_DEBOUNCE_MS); };
  cy.on('dragfree layoutstop select unselect', later);
  cy.on('layoutstop', () => applyStyle(cy, ctx.store.state.presentation));
  cy.on('viewport', later);
  // Hub labels keep a readable on-screen size at any zoom: re-derive their scale once zooming settles.
  let restyle: ReturnType<typeof setTimeout> | undefined;
  let styledZoom = cy.zoom();
  cy.on('zoom', () => {
    clearTimeout(restyle);
    restyle = setTimeout(() => {
      if (cy.zoom() === styledZoom) return;
      styledZoom = cy.zoom();
      applyStyle(cy, ctx.store.state.presentation);
    }, PERSIST_DEBOUNCE_MS);
  });
}
