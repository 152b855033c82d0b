// Toolbar: mode tabs, layout choice, graph commands and the export menu — all from the registry.
import type { AppContext } from '../app/context.ts';
import { PNG_SCALES } from '../actions/export-actions.ts';
import type { View } from '../views/view.ts';
import { clear, h } from './dom.ts';

export interface ExportOptions { scale: number; transparent: boolean; slide: boolean }

export function renderModes(ctx: AppContext, el: HTMLElement, views: View[]): void {
  clear(el, views.map((v) => h('button', {
    type: 'button', class: 'mode', 'data-mode': v.mode, 'aria-pressed': String(ctx.store.state.mode === v.mode),
    onclick: () => void ctx.show(v.mode),
  }, v.label)));
}

export function renderActions(ctx: AppContext, el: HTMLElement, tools: HTMLElement, exportOptions: ExportOptions): void {
  const btn = (id: string, label?: string) => {
    const a = ctx.actions.get(id)!;
    return h('button', { type: 'button', 'data-action': id, title: a.key ? `${a.title} (${a.key})` : a.title, onclick: () => void ctx.actions.run(id) }, label ?? a.title);
  };
  const layout = h('select', {
    id: 'layout-select', 'aria-label': 'Layout',
    onchange: (ev: Event) => void ctx.actions.run('relayout', { name: (ev.target as HTMLSelectElement).value }),
  }, ['fcose', 'concentric', 'breadthfirst', 'circle'].map((n) => h('option', { value: n, selected: ctx.store.state.layout === n }, n)));
  const scale = h('select', { id: 'export-scale', 'aria-label': 'PNG scale', onchange: (ev: Event) => { exportOptions.scale = Number((ev.target as HTMLSelectElement).value); } },
    PNG_SCALES.map((s) => h('option', { value: s, selected: s === exportOptions.scale }, `${s}x`)));
  const check = (id: string, label: string, key: 'transparent' | 'slide') => h('label', {},
    h('input', { type: 'checkbox', id, checked: exportOptions[key], onchange: (ev: Event) => { exportOptions[key] = (ev.target as HTMLInputElement).checked; } }), ` ${label}`);
  const exportMenu = h('details', { class: 'menu', id: 'export-menu' },
    h('summary', {}, 'Export'),
    h('div', { class: 'menu-body' },
      h('div', { class: 'row' }, 'PNG ', scale, check('export-transparent', 'transparent', 'transparent')),
      check('export-slide', 'slide-ready (title, legend, dates, sources)', 'slide'),
      h('div', { class: 'row' }, ['export-png', 'export-svg', 'export-json', 'export-graphml', 'export-gexf', 'export-csv'].map((id) => btn(id)))));
  // Graph commands float over the graph, file and presentation commands sit in the header.
  clear(tools, layout, btn('relayout', 'Re-layout'), btn('fit'), btn('expand'), btn('hide'), btn('show-all', 'Show all'));
  clear(el, exportMenu, btn('permalink', 'Link'), btn('presentation'));
}
