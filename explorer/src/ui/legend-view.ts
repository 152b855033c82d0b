// On-screen legend for the current mode, from graph/legend.ts (the same entries and swatch shapes
// that slides carry).
import { legendFor, type LegendEntry } from '../graph/legend.ts';
import { swatch } from '../graph/legend-shapes.ts';
import type { Mode } from '../state/view-state.ts';
import { clear, h } from './dom.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Swatch box in CSS pixels. */
const BOX = 16;

/** "3px dashed #222" -> SVG stroke attributes. */
function strokeOf(border: string | undefined): Record<string, string> {
  if (!border) return { stroke: '#333', 'stroke-width': '1' };
  const [width = '1px', style = 'solid', color = '#222'] = border.split(/\s+/);
  const w = String(Math.min(3, Number.parseFloat(width) || 1));
  const dash = style === 'dashed' ? '4 2' : style === 'dotted' ? '1.5 2' : '';
  return { stroke: color, 'stroke-width': style === 'double' ? '3' : w, ...(dash ? { 'stroke-dasharray': dash } : {}) };
}

function swatchSvg(e: LegendEntry): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(BOX)); svg.setAttribute('height', String(BOX));
  svg.setAttribute('viewBox', `0 0 ${BOX} ${BOX}`); svg.setAttribute('aria-hidden', 'true');
  const c = BOX / 2, r = BOX / 2 - 3;
  const sw = swatch(e.shape, c, c, r);
  const el = sw.kind === 'line' ? document.createElementNS(SVG_NS, 'rect')
    : sw.kind === 'circle' ? document.createElementNS(SVG_NS, 'circle') : document.createElementNS(SVG_NS, 'polygon');
  if (sw.kind === 'line') { el.setAttribute('x', '0'); el.setAttribute('y', String(c - 2)); el.setAttribute('width', String(BOX)); el.setAttribute('height', '4'); }
  else if (sw.kind === 'circle') { el.setAttribute('cx', String(c)); el.setAttribute('cy', String(c)); el.setAttribute('r', String(r)); }
  else el.setAttribute('points', sw.points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' '));
  el.setAttribute('fill', e.color);
  if (sw.kind !== 'line') for (const [k, v] of Object.entries(strokeOf(e.border))) el.setAttribute(k, v);
  svg.append(el);
  return svg;
}

export function renderLegend(el: HTMLElement, mode: Mode): void {
  if (mode === 'document' || mode === 'cypher') { el.hidden = true; return; }
  el.hidden = false;
  clear(el, legendFor(mode).map((g) => h('div', { class: 'legend-group' },
    h('h3', {}, g.title),
    h('ul', {}, g.entries.map((e) => h('li', {}, swatchSvg(e), e.caption))))));
}
