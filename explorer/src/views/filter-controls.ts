// Sidebar filter widgets shared by the network views: done-vs-planned, single/multi-source, and
// pick-one-entity selects filled from what the network contains.
import type { AppContext } from '../app/context.ts';
import type { ViewState } from '../state/view-state.ts';
import { h } from '../ui/dom.ts';

type Filters = ViewState['filters'];

export function setFilter(ctx: AppContext, patch: Partial<Filters>): void {
  // A new filter changes which nodes exist, so saved positions and selection no longer apply.
  ctx.store.update((s) => ({ filters: { ...s.filters, ...patch }, positions: {}, selection: [], zoom: undefined }));
  void ctx.reload();
}

function select(id: string, label: string, value: string, options: [string, string][], onChange: (v: string) => void): HTMLElement {
  const el = h('select', { id, onchange: (ev: Event) => onChange((ev.target as HTMLSelectElement).value) },
    options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
  return h('label', { class: 'field' }, h('span', {}, label), el);
}

export function factFilters(ctx: AppContext): HTMLElement {
  const f = ctx.store.state.filters;
  return h('fieldset', { class: 'filters' }, h('legend', {}, 'Facts'),
    select('filter-planned', 'Done vs planned', f.planned, [['include', 'Done and planned'], ['exclude', 'Done only'], ['only', 'Planned / intended only']],
      (v) => setFilter(ctx, { planned: v as Filters['planned'] })),
    select('filter-sources', 'Sources', f.sources, [['all', 'Any number of sources'], ['single', 'Single-source only'], ['multi', 'Confirmed by 2+ sources']],
      (v) => setFilter(ctx, { sources: v as Filters['sources'] })));
}

/** Known entities per label, remembered across loads so a narrowed network still offers the others. */
const seen = new Map<string, Map<string, string>>();

export function rememberEntities(nodes: { data: { id: string; label: string; name: string } }[]): void {
  for (const n of nodes) {
    const m = seen.get(n.data.label) ?? new Map<string, string>();
    m.set(n.data.id, n.data.name);
    seen.set(n.data.label, m);
  }
}

export function entitySelect(ctx: AppContext, key: 'country' | 'institution' | 'person', label: string, nodeLabel: string): HTMLElement {
  const value = ctx.store.state.filters[key] ?? '';
  const known = [...(seen.get(nodeLabel) ?? new Map<string, string>()).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  if (value && !known.some(([id]) => id === value)) known.unshift([value, value]);
  return select(`filter-${key}`, label, value, [['', `Any ${label.toLowerCase()}`], ...known],
    (v) => setFilter(ctx, { [key]: v || undefined }));
}
