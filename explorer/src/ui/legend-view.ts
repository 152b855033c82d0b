// On-screen legend for the current mode, from graph/legend.ts (the same entries slides carry).
import { legendFor } from '../graph/legend.ts';
import type { Mode } from '../state/view-state.ts';
import { clear, h } from './dom.ts';

export function renderLegend(el: HTMLElement, mode: Mode): void {
  if (mode === 'document' || mode === 'cypher') { el.hidden = true; return; }
  el.hidden = false;
  clear(el, legendFor(mode).map((g) => h('div', { class: 'legend-group' },
    h('h3', {}, g.title),
    h('ul', {}, g.entries.map((e) => h('li', {},
      h('span', {
        class: `swatch shape-${e.shape}`,
        style: `background:${e.color};${e.border ? `border:${e.border.includes('px') ? e.border : `2px solid ${e.border}`}` : ''}`,
      }),
      e.caption))))));
}
