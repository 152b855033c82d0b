// Paths: the shortest paths between two entities, highlighted on the subgraph that holds them.
import type { AppContext } from '../app/context.ts';
import { showElements } from '../graph/cy-setup.ts';
import { attachSearch } from '../ui/search-box.ts';
import { h } from '../ui/dom.ts';
import { sourcesOf, type View } from './view.ts';

/** Longest path asked for; beyond this almost everything connects to everything. */
const MAX_HOPS = 4;

/** Names of picked endpoints, so the fields show names rather than ids after a reload. */
const names = new Map<string, string>();

function endpoint(ctx: AppContext, key: 'pathFrom' | 'pathTo', label: string): HTMLElement {
  const id = ctx.store.state[key];
  const shown = id ? names.get(id) ?? (ctx.cy.getElementById(id).data('name') as string | undefined) ?? id : '';
  const input = h('input', { type: 'search', id: `path-${key}`, placeholder: 'Type a name…', value: shown, autocomplete: 'off' });
  const list = h('ul', { class: 'search-results', role: 'listbox', hidden: true });
  attachSearch(input, list, ctx.api, (r) => {
    names.set(r.id, r.name);
    ctx.store.update({ [key]: r.id, positions: {}, selection: [] });
    void ctx.reload();
  });
  return h('label', { class: 'field search-field' }, h('span', {}, label), input, list);
}

export const paths: View = {
  mode: 'paths',
  label: 'Paths',

  controls(ctx) {
    return h('div', { class: 'controls' },
      h('h2', {}, 'Paths'),
      h('p', { class: 'hint' }, `Pick two entities; the shortest paths (up to ${MAX_HOPS} hops) are highlighted.`),
      endpoint(ctx, 'pathFrom', 'From'), endpoint(ctx, 'pathTo', 'To'),
      h('p', { class: 'meta', id: 'network-count' }));
  },

  async load(ctx, signal) {
    const { pathFrom, pathTo } = ctx.store.state;
    if (!pathFrom || !pathTo) {
      ctx.cy.elements().remove();
      ctx.meta = { title: 'Paths', dateRange: 'All dates', sources: [] };
      ctx.status.empty('Choose both ends in the sidebar (From and To) to see how they connect.');
      return;
    }
    ctx.status.loading('paths');
    const res = await ctx.api.paths(pathFrom, pathTo, signal, MAX_HOPS);
    showElements(ctx.cy, res.elements, ctx.store.state);
    const onPath = new Set(res.paths.flatMap((p) => [...p.nodes, ...p.edges]));
    ctx.cy.batch(() => ctx.cy.elements().forEach((e) => { e.toggleClass('path', onPath.has(e.id())); }));
    const name = (id: string) => (ctx.cy.getElementById(id).data('name') as string | undefined) ?? id;
    ctx.meta = { title: `${name(pathFrom)} to ${name(pathTo)}`, dateRange: 'All dates', sources: sourcesOf(ctx) };
    const count = document.getElementById('network-count');
    if (count) count.textContent = `${res.paths.length} shortest path${res.paths.length === 1 ? '' : 's'}${res.paths[0] ? `, ${res.paths[0].edges.length} hops` : ''}`;
    if (res.paths.length === 0) ctx.status.empty(`No path of up to ${MAX_HOPS} hops. Pick entities that are closer, e.g. people who met the same minister.`);
    else ctx.status.clear();
  },
};
