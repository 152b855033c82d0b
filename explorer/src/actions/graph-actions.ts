// Graph commands: expand, hide, show all, fit, zoom, re-run layout, layouts, selection.
import type { AppContext } from '../app/context.ts';
import { applyStyle } from '../graph/cy-setup.ts';
import { runLayout } from '../graph/run-layout.ts';
import { FIT_PADDING } from '../graph/layouts.ts';
import { LAYOUTS, type LayoutName } from '../state/view-state.ts';

/** Zoom step of the + / - commands. */
const ZOOM_STEP = 1.25;

const selectedIds = (ctx: AppContext) => ctx.cy.nodes(':selected').map((n) => n.id());
const idsArg = (ctx: AppContext, args?: Record<string, unknown>) => (args?.ids as string[] | undefined) ?? (args?.id ? [String(args.id)] : selectedIds(ctx));

export function registerGraphActions(ctx: AppContext): void {
  const { actions: a, cy } = ctx;
  a.register({
    id: 'expand', title: 'Expand', key: 'e', group: 'graph',
    run: async (args) => {
      const ids = idsArg(ctx, args);
      if (ids.length === 0) return;
      ctx.persist();
      const s = ctx.store.state;
      if (s.mode !== 'focus') {
        ctx.store.update({ mode: 'focus', focus: ids[0], expanded: ids.slice(1), hidden: [], positions: {} });
      } else {
        ctx.store.update({ expanded: [...new Set([...s.expanded, ...ids])] });
      }
      await ctx.show('focus');
    },
  });
  a.register({
    id: 'hide', title: 'Hide', key: 'h', group: 'graph',
    run: (args) => {
      const ids = idsArg(ctx, args);
      cy.batch(() => cy.nodes().filter((n) => ids.includes(n.id())).unselect().style('display', 'none'));
      ctx.store.update((s) => ({ hidden: [...new Set([...s.hidden, ...ids])] }));
      ctx.persist();
    },
  });
  a.register({
    id: 'show-all', title: 'Show hidden', group: 'graph',
    run: () => {
      cy.batch(() => cy.nodes().style('display', 'element'));
      ctx.store.update({ hidden: [] });
      ctx.persist();
    },
  });
  a.register({ id: 'fit', title: 'Fit', key: 'f', group: 'layout', run: () => { cy.fit(cy.elements(':visible'), FIT_PADDING); applyStyle(cy, ctx.store.state.presentation); ctx.persist(); } });
  a.register({ id: 'zoom-in', title: 'Zoom in', key: '+', run: () => { cy.zoom({ level: cy.zoom() * ZOOM_STEP, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }); ctx.persist(); } });
  a.register({ id: 'zoom-out', title: 'Zoom out', key: '-', run: () => { cy.zoom({ level: cy.zoom() / ZOOM_STEP, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }); ctx.persist(); } });
  a.register({
    id: 'relayout', title: 'Re-run layout', key: 'l', group: 'layout',
    run: (args) => {
      const name = (args?.name as LayoutName | undefined) ?? ctx.store.state.layout;
      ctx.store.update({ layout: name === 'preset' ? 'fcose' : name });
      runLayout(cy, ctx.store.state.layout);
      ctx.persist();
    },
  });
  for (const name of LAYOUTS.filter((l) => l !== 'preset')) {
    a.register({ id: `layout-${name}`, title: `Layout: ${name}`, run: () => a.run('relayout', { name }) });
  }
  a.register({
    id: 'clear-selection', title: 'Clear selection', key: 'Escape',
    run: () => {
      cy.elements().unselect();
      cy.elements().removeClass('faded emph');
      ctx.store.update({ selection: [] });
      ctx.persist();
    },
  });
  a.register({
    id: 'select', title: 'Select',
    run: (args) => {
      const el = cy.getElementById(String(args?.id));
      if (el.empty()) return false;
      cy.elements().unselect();
      el.select();
      el.emit('tap');
      return true;
    },
  });
  a.register({
    id: 'focus', title: 'Focus entity',
    run: async (args) => {
      ctx.store.update({ mode: 'focus', focus: String(args?.id), expanded: [], hidden: [], positions: {}, selection: [], zoom: undefined });
      await ctx.show('focus');
      void ctx.openEntity(String(args?.id));
    },
  });
}
