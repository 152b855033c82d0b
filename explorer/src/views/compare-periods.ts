// Compare periods: the who-met-whom network of two windows as one diff — new, lost and continuing
// ties — with the actors who gained or lost centrality listed in the panel.
import type { AppContext } from '../app/context.ts';
import { showElements } from '../graph/cy-setup.ts';
import { diffNetworks } from '../graph/network-diff.ts';
import { applyViewFilters } from '../graph/view-filter.ts';
import type { TimeWindow } from '../state/view-state.ts';
import { clear, h } from '../ui/dom.ts';
import { defaultCompareWindows } from './compare-defaults.ts';
import { factFilters } from './filter-controls.ts';
import { sourcesOf, windowCaption, type View } from './view.ts';

/** Actors listed as gaining or losing centrality. */
const TOP_CHANGES = 12;

function windowFields(ctx: AppContext, which: 'a' | 'b', label: string): HTMLElement {
  const w = ctx.store.state.compare[which];
  const field = (end: keyof TimeWindow) => h('input', {
    type: 'month', id: `compare-${which}-${end}`, value: w[end] ?? '', 'aria-label': `${label} ${end}`,
    onchange: (ev: Event) => {
      const v = (ev.target as HTMLInputElement).value || undefined;
      ctx.store.update((s) => ({ compare: { ...s.compare, [which]: { ...s.compare[which], [end]: v } }, positions: {} }));
      void ctx.reload();
    },
  });
  return h('fieldset', {}, h('legend', {}, label), h('div', { class: 'row' }, field('from'), ' – ', field('to')));
}

export const comparePeriods: View = {
  mode: 'compare',
  label: 'Compare periods',

  controls(ctx) {
    return h('div', { class: 'controls' },
      h('h2', {}, 'Compare periods'),
      h('p', { class: 'hint' }, 'Default: the two halves of the busiest two years of meetings. Try March 2015–16 against 2016–17 for the EU-Turkey Statement.'),
      windowFields(ctx, 'a', 'Period A'), windowFields(ctx, 'b', 'Period B'), factFilters(ctx),
      h('p', { class: 'meta', id: 'network-count' }));
  },

  async load(ctx, signal) {
    let s = ctx.store.state;
    const backwards = (['a', 'b'] as const).find((k) => s.compare[k].from && s.compare[k].to && s.compare[k].from! > s.compare[k].to!);
    if (backwards) {
      ctx.cy.elements().remove();
      ctx.status.empty(`Period ${backwards.toUpperCase()} starts after it ends. Set its “to” month after its “from” month.`);
      return;
    }
    ctx.status.loading('both periods');
    const blank = (w: TimeWindow) => !w.from && !w.to;
    if (blank(s.compare.a) && blank(s.compare.b)) {
      const all = await ctx.api.meetingsNetwork({ planned: s.filters.planned }, signal);
      const windows = defaultCompareWindows(all.histogram);
      if (windows) {
        ctx.store.update({ compare: windows });
        s = ctx.store.state;
        for (const w of ['a', 'b'] as const) for (const end of ['from', 'to'] as const) {
          const input = document.getElementById(`compare-${w}-${end}`) as HTMLInputElement | null;
          if (input) input.value = windows[w][end] ?? '';
        }
      }
    }
    const [a, b] = await Promise.all([s.compare.a, s.compare.b].map((w) =>
      ctx.api.meetingsNetwork({ from: w.from, to: w.to, planned: s.filters.planned }, signal)));
    const diff = diffNetworks(applyViewFilters(a.elements, s.filters), applyViewFilters(b.elements, s.filters));
    showElements(ctx.cy, diff.elements, s);
    ctx.meta = {
      title: 'Who met whom: change between periods',
      dateRange: `A: ${windowCaption(s.compare.a)}  ·  B: ${windowCaption(s.compare.b)}`,
      sources: sourcesOf(ctx),
    };
    const count = document.getElementById('network-count');
    if (count) count.textContent = `${diff.counts.new} new · ${diff.counts.lost} lost · ${diff.counts.continuing} continuing ties`;
    const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
    clear(ctx.dom.panel, h('section', { class: 'details compare' },
      h('h2', {}, 'Centrality change'),
      h('p', { class: 'hint' }, 'Share of the other actors each one met, period A → B.'),
      diff.centrality.length === 0 ? h('p', {}, 'No change.') : h('table', { class: 'table' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Actor'), h('th', {}, 'A'), h('th', {}, 'B'), h('th', {}, 'Δ'))),
        h('tbody', {}, diff.centrality.slice(0, TOP_CHANGES).map((c) => h('tr', { class: c.delta > 0 ? 'gain' : 'loss' },
          h('td', {}, h('a', { href: '#', onclick: (ev: Event) => { ev.preventDefault(); void ctx.openEntity(c.id); } }, c.name)),
          h('td', {}, pct(c.before)), h('td', {}, pct(c.after)), h('td', {}, `${c.delta > 0 ? '+' : ''}${pct(c.delta)}`)))))));
    if (diff.elements.nodes.length === 0) ctx.status.empty('Neither period has meetings. Move the windows (month fields in the sidebar).');
    else ctx.status.clear();
  },
};
