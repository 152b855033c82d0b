// Entity focus: one entity's neighbourhood; double-click expands a node, Hide removes it, and the
// view stays readable as it grows (labels drop below a zoom level, layout runs only on new nodes).
import { collapseMeetings } from '../graph/collapse-meetings.ts';
import { mergeElements } from '../graph/merge-elements.ts';
import { showElements } from '../graph/cy-setup.ts';
import { applyViewFilters } from '../graph/view-filter.ts';
import { h } from '../ui/dom.ts';
import { factFilters } from './filter-controls.ts';
import { sourcesOf, windowCaption, type View } from './view.ts';

/** Nodes (meetings included) fetched per expanded entity; the server says when it truncated. */
const NEIGHBOURS_PER_NODE = 300;
/** Entity -> meeting -> co-participant: two hops reach the people and bodies an entity met. */
const FOCUS_DEPTH = 2;

export const entityFocus: View = {
  mode: 'focus',
  label: 'Entity focus',

  controls(ctx) {
    const s = ctx.store.state;
    return h('div', { class: 'controls' },
      h('h2', {}, 'Entity focus'),
      h('p', { class: 'hint' }, 'Search (press /) to choose an entity. Ties are shared meetings (click one to list them). Double-click a node to expand it; select it and press H (or Hide) to remove it.'),
      s.expanded.length ? h('p', { class: 'meta' }, `Expanded: ${s.expanded.length}`) : null,
      s.hidden.length ? h('button', { type: 'button', onclick: () => void ctx.actions.run('show-all') }, `Show ${s.hidden.length} hidden`) : null,
      factFilters(ctx),
      h('p', { class: 'meta', id: 'network-count' }));
  },

  async load(ctx, signal) {
    const s = ctx.store.state;
    if (!s.focus) {
      ctx.cy.elements().remove();
      ctx.meta = { title: 'Entity focus', dateRange: 'All dates', sources: [] };
      ctx.status.empty('Search for a person, institution, country or agreement to see its neighbourhood (press / to search).', 'Search', () => ctx.dom.search.focus());
      return;
    }
    ctx.status.loading('neighbourhood');
    const ids = [s.focus, ...s.expanded.filter((x) => x !== s.focus)];
    const parts = await Promise.all(ids.map((id) => ctx.api.neighborhood(id, signal, { depth: FOCUS_DEPTH, limit: NEIGHBOURS_PER_NODE, from: s.window.from, to: s.window.to })));
    const merged = applyViewFilters(collapseMeetings(mergeElements(...parts.map((p) => p.elements))), s.filters);
    showElements(ctx.cy, merged, s);
    ctx.cy.getElementById(s.focus).addClass('focus-root');
    const root = merged.nodes.find((n) => n.data.id === s.focus);
    ctx.meta = { title: `Around ${root?.data.name ?? s.focus}`, dateRange: windowCaption(s.window), sources: sourcesOf(ctx) };
    const count = document.getElementById('network-count');
    if (count) count.textContent = `${merged.nodes.length} nodes · ${merged.edges.length} edges${parts.some((p) => p.truncated) ? ` · capped at ${NEIGHBOURS_PER_NODE} per entity: narrow the time window to see all` : ''}`;
    if (merged.nodes.length === 0) ctx.status.empty('This entity has no recorded neighbours. Try another search result.');
    else ctx.status.clear();
  },
};
