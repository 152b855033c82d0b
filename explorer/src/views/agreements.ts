// Agreements: instruments and their parties, shaped by kind, bordered by latest stage.
import { INSTRUMENT_KINDS, INSTRUMENT_STAGES } from '../../../model/graph-model.ts';
import { showElements } from '../graph/cy-setup.ts';
import { applyViewFilters } from '../graph/view-filter.ts';
import { h } from '../ui/dom.ts';
import { entitySelect, factFilters, rememberEntities, setFilter } from './filter-controls.ts';
import { sourcesOf, type View } from './view.ts';

export const agreements: View = {
  mode: 'agreements',
  label: 'Agreements',

  controls(ctx) {
    const f = ctx.store.state.filters;
    const sel = (id: string, label: string, value: string | undefined, values: readonly string[], key: 'kind' | 'stage') =>
      h('label', { class: 'field' }, h('span', {}, label),
        h('select', { id, onchange: (ev: Event) => setFilter(ctx, { [key]: (ev.target as HTMLSelectElement).value || undefined }) },
          h('option', { value: '' }, `Any ${label.toLowerCase()}`),
          values.map((v) => h('option', { value: v, selected: v === value }, v.replace(/_/g, ' ')))));
    return h('div', { class: 'controls' },
      h('h2', {}, 'Agreements'),
      h('p', { class: 'hint' }, 'Shape = kind, border = latest stage. Select an instrument to open its timeline.'),
      h('fieldset', { class: 'filters' }, h('legend', {}, 'Instruments'),
        sel('filter-kind', 'Kind', f.kind, INSTRUMENT_KINDS, 'kind'),
        sel('filter-stage', 'Latest stage', f.stage, INSTRUMENT_STAGES, 'stage'),
        entitySelect(ctx, 'country', 'Country', 'Country')),
      factFilters(ctx),
      h('p', { class: 'meta', id: 'network-count' }));
  },

  async load(ctx, signal) {
    const f = ctx.store.state.filters;
    ctx.status.loading('agreements');
    const net = await ctx.api.agreementsNetwork({ kind: f.kind, stage: f.stage, country: f.country }, signal);
    rememberEntities(net.elements.nodes);
    const elements = applyViewFilters(net.elements, f);
    showElements(ctx.cy, elements, ctx.store.state);
    const n = elements.nodes.filter((x) => x.data.label === 'Instrument').length;
    ctx.meta = { title: 'Agreements and their parties', dateRange: 'All dates', sources: sourcesOf(ctx) };
    const count = document.getElementById('network-count');
    if (count) count.textContent = `${n} instruments · ${elements.nodes.length - n} parties`;
    if (elements.nodes.length === 0) ctx.status.empty('No instruments match. Clear the kind, stage or country filter.', 'Clear filters', () => setFilter(ctx, { kind: undefined, stage: undefined, country: undefined }));
    else ctx.status.clear();
  },
};
