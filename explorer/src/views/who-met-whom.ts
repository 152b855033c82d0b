// Who met whom: actors as nodes, one edge per pair that met, width by number of meetings.
import type { AppContext } from '../app/context.ts';
import { capturePositions, showElements } from '../graph/cy-setup.ts';
import { SIZE_METRIC_CAPTION, SIZE_METRICS, type SizeMetric } from '../graph/node-metric.ts';
import { applyViewFilters } from '../graph/view-filter.ts';
import { h } from '../ui/dom.ts';
import { entitySelect, factFilters, rememberEntities, setFilter } from './filter-controls.ts';
import { timeRange, type MonthCount } from './time-range.ts';
import { sourcesOf, windowCaption, type View } from './view.ts';

/** Full-corpus histogram, fetched once so narrowing the window never shrinks the time line. */
let fullHistogram: MonthCount[] | null = null;

export const whoMetWhom: View = {
  mode: 'meetings',
  label: 'Who met whom',

  controls(ctx) {
    const s = ctx.store.state;
    const range = h('div', { id: 'time-range-slot' });
    const paintRange = () => range.replaceChildren(timeRange({
      histogram: fullHistogram ?? [], from: s.window.from, to: s.window.to,
      onChange: (w) => {
        ctx.store.update({ window: w, positions: {}, selection: [], zoom: undefined });
        void ctx.reload();
      },
    }));
    paintRange();
    range.addEventListener('atlas:histogram', paintRange);
    const min = h('input', {
      type: 'number', id: 'filter-min', min: 1, value: s.filters.minMeetings,
      onchange: (ev: Event) => setFilter(ctx, { minMeetings: Math.max(1, Number((ev.target as HTMLInputElement).value) || 1) }),
    });
    // Resizing keeps the layout: positions and viewport go into the state, so the reload places
    // every node where it was and only the sizes change.
    const sizeBy = h('select', {
      id: 'size-by',
      onchange: (ev: Event) => {
        const c = ctx.cy;
        ctx.store.update({ sizeBy: (ev.target as HTMLSelectElement).value as SizeMetric, positions: capturePositions(c), zoom: { level: c.zoom(), pan: [c.pan().x, c.pan().y] } });
        void ctx.reload();
      },
    }, SIZE_METRICS.map((m) => h('option', { value: m, selected: m === s.sizeBy }, SIZE_METRIC_CAPTION[m])));
    return h('div', { class: 'controls' },
      h('h2', {}, 'Who met whom'),
      h('p', { class: 'hint' }, 'Edge width = meetings; node size = the measure chosen below. Click an edge for its meetings.'),
      h('label', { class: 'field' }, h('span', {}, 'Node size by'), sizeBy),
      h('fieldset', {}, h('legend', {}, 'Time window'), range),
      h('fieldset', { class: 'filters' }, h('legend', {}, 'Actors'),
        entitySelect(ctx, 'country', 'Country', 'Country'),
        entitySelect(ctx, 'institution', 'Institution', 'Institution'),
        entitySelect(ctx, 'person', 'Person', 'Person'),
        h('label', { class: 'field' }, h('span', {}, 'Min. meetings per tie'), min)),
      factFilters(ctx),
      h('p', { class: 'meta', id: 'network-count' }));
  },

  async load(ctx, signal) {
    const s = ctx.store.state;
    ctx.status.loading('meetings');
    const filters = {
      from: s.window.from, to: s.window.to, country: s.filters.country, institution: s.filters.institution,
      person: s.filters.person, min: s.filters.minMeetings, planned: s.filters.planned,
    };
    const net = await ctx.api.meetingsNetwork(filters, signal);
    if (!fullHistogram) {
      fullHistogram = s.window.from || s.window.to
        ? (await ctx.api.meetingsNetwork({ planned: s.filters.planned }, signal)).histogram
        : net.histogram;
      document.getElementById('time-range-slot')?.dispatchEvent(new Event('atlas:histogram'));
    }
    rememberEntities(net.elements.nodes);
    const elements = applyViewFilters(net.elements, s.filters);
    showElements(ctx.cy, elements, s);
    const months = fullHistogram.map((m) => m.month).filter((m) => /^\d{4}/.test(m)).sort();
    ctx.meta = {
      title: 'Who met whom',
      dateRange: windowCaption(s.window, { from: months[0] ?? null, to: months[months.length - 1] ?? null }),
      sources: sourcesOf(ctx),
    };
    const count = document.getElementById('network-count');
    if (count) count.textContent = `${net.meetings} meetings · ${elements.nodes.length} actors · ${elements.edges.length} ties${net.truncated ? ' (truncated: narrow the filters to see all)' : ''}`;
    if (elements.nodes.length === 0) {
      ctx.status.empty('No meetings match. Widen the time window or clear the filters.', 'Clear filters and window', () => {
        ctx.store.update((st) => ({ window: {}, filters: { ...st.filters, country: undefined, institution: undefined, person: undefined, planned: 'include', sources: 'all', minMeetings: 1 } }));
        void ctx.show('meetings');
      });
    } else {
      ctx.status.clear();
    }
  },
};
