// Wires the explorer: state from the permalink, cytoscape, views, actions, toolbar, keyboard.
import { api } from '../api/client.ts';
import { ActionRegistry } from '../actions/registry.ts';
import { registerExportActions } from '../actions/export-actions.ts';
import { registerGraphActions } from '../actions/graph-actions.ts';
import { registerViewActions, setPresentation } from '../actions/view-actions.ts';
import { capturePositions, createCy } from '../graph/cy-setup.ts';
import { decodeView, encodeView } from '../state/permalink.ts';
import { Store } from '../state/store.ts';
import { attachSearch } from '../ui/search-box.ts';
import { StatusView } from '../ui/status.ts';
import { bindKeyboard } from '../ui/keyboard.ts';
import { renderActions, renderModes, type ExportOptions } from '../ui/toolbar.ts';
import { agreements } from '../views/agreements.ts';
import { comparePeriods } from '../views/compare-periods.ts';
import { cypherConsole } from '../views/cypher-console.ts';
import { emptyPanel, showEntityDetails } from '../views/details-panel.ts';
import { documentReader } from '../views/document-reader.ts';
import { entityFocus } from '../views/entity-focus.ts';
import { paths } from '../views/paths.ts';
import { whoMetWhom } from '../views/who-met-whom.ts';
import type { AppContext } from './context.ts';
import { bindCyEvents } from './cy-events.ts';
import { ViewHost } from './view-host.ts';

const VIEWS = [whoMetWhom, agreements, entityFocus, paths, comparePeriods, documentReader, cypherConsole];

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export async function startApp(): Promise<AppContext> {
  const decoded = decodeView(location.hash);
  const store = new Store(decoded.ok ? decoded.state : undefined);
  const cy = createCy(byId('cy'), store.state.presentation);
  const exportOptions: ExportOptions = { scale: 2, transparent: false, slide: false };
  let host: ViewHost;
  const ctx: AppContext = {
    cy, store, api, actions: new ActionRegistry(), status: new StatusView(byId('status')),
    dom: { sidebar: byId('sidebar'), panel: byId('panel'), legend: byId('legend'), docReader: byId('doc-reader'), search: byId<HTMLInputElement>('search') },
    documents: new Map(),
    meta: { title: 'Atlas of Accords', dateRange: '', sources: [] },
    show: (mode) => host.show(mode),
    reload: () => host.reload(),
    openEntity: (id) => showEntityDetails(ctx, id),
    persist: () => {
      store.replace({
        ...store.state,
        positions: capturePositions(cy),
        selection: cy.elements(':selected').map((e) => e.id()),
        zoom: cy.nodes().length ? { level: cy.zoom(), pan: [cy.pan().x, cy.pan().y] } : undefined,
      });
      history.replaceState(null, '', `#${encodeView(store.state)}`);
    },
  };
  host = new ViewHost(ctx, VIEWS, () => renderModes(ctx, byId('modes'), VIEWS));
  registerGraphActions(ctx);
  registerViewActions(ctx);
  registerExportActions(ctx, () => exportOptions);
  renderActions(ctx, byId('actions'), byId('graph-tools'), exportOptions);
  bindCyEvents(ctx);
  bindKeyboard(ctx);
  attachSearch(ctx.dom.search, byId('search-results'), api, (r) => void ctx.actions.run('focus', { id: r.id }));
  byId('exit-presentation').addEventListener('click', () => void ctx.actions.run('presentation', { on: false }));
  window.addEventListener('resize', () => cy.resize());
  // persist() rewrites the hash with replaceState, which fires no event: a hashchange is always a
  // link pasted or followed by the user, so it replaces the whole view.
  window.addEventListener('hashchange', () => {
    const next = decodeView(location.hash);
    if (!next.ok) { ctx.status.error(new Error(next.reason)); return; }
    store.replace(next.state);
    setPresentation(ctx, next.state.presentation);
    void host.show(next.state.mode);
  });
  setPresentation(ctx, store.state.presentation);
  emptyPanel(ctx);

  (window as unknown as { atlas: unknown }).atlas = {
    ctx, cy, store, actions: ctx.actions,
    run: (id: string, args?: Record<string, unknown>) => ctx.actions.run(id, args),
    idle: () => host.current,
    get loads() { return host.loads; },
  };

  try {
    const docs = await api.documents(new AbortController().signal);
    for (const d of docs.documents) ctx.documents.set(d.id, d.title || d.file);
  } catch {
    // Source lists then show ids; the view itself reports if the server is down.
  }
  if (!decoded.ok) ctx.status.error(new Error(decoded.reason));
  const wanted = store.state;
  await host.show(wanted.mode);
  if (wanted.selection.length === 1 && ['Person', 'Institution', 'Country'].includes(cy.getElementById(wanted.selection[0]).data('label'))) {
    void ctx.openEntity(wanted.selection[0]);
  }
  return ctx;
}
