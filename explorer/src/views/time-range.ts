// Time-range control: a histogram of meetings per month with two sliders for the window's ends.
import { h } from '../ui/dom.ts';

export interface MonthCount { month: string; count: number }

/** Bar chart height in pixels; small enough to leave the filters visible at 720px. */
const CHART_HEIGHT = 60;

/** Fills gaps so every month between the first and last appears once, in order. Pure. */
export function continuousMonths(hist: MonthCount[]): MonthCount[] {
  const known = hist.filter((m) => /^\d{4}-\d{2}$/.test(m.month)).sort((a, b) => a.month.localeCompare(b.month));
  if (known.length === 0) return [];
  const counts = new Map(known.map((m) => [m.month, m.count]));
  const out: MonthCount[] = [];
  let [y, m] = known[0].month.split('-').map(Number);
  const last = known[known.length - 1].month;
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month: key, count: counts.get(key) ?? 0 });
    if (key === last) break;
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

export function timeRange(opts: {
  histogram: MonthCount[];
  from?: string;
  to?: string;
  onChange: (w: { from?: string; to?: string }) => void;
}): HTMLElement {
  const months = continuousMonths(opts.histogram);
  if (months.length === 0) return h('p', { class: 'hint' }, 'No dated meetings to show on a time line.');
  const max = Math.max(1, ...months.map((m) => m.count));
  const indexOf = (month: string | undefined, fallback: number) => {
    if (!month) return fallback;
    const i = months.findIndex((m) => m.month >= month.slice(0, 7));
    return i < 0 ? fallback : i;
  };
  const lo = h('input', { type: 'range', min: 0, max: months.length - 1, value: indexOf(opts.from, 0), 'aria-label': 'Window start', id: 'range-from' });
  const hi = h('input', { type: 'range', min: 0, max: months.length - 1, value: indexOf(opts.to, months.length - 1), 'aria-label': 'Window end', id: 'range-to' });
  const caption = h('div', { class: 'range-caption', id: 'range-caption' });
  const svgNs = 'http://www.w3.org/2000/svg';
  const chart = document.createElementNS(svgNs, 'svg');
  chart.setAttribute('viewBox', `0 0 ${months.length} ${CHART_HEIGHT}`);
  chart.setAttribute('preserveAspectRatio', 'none');
  chart.setAttribute('class', 'histogram');
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', 'Meetings per month');
  const bars = months.map((m, i) => {
    const r = document.createElementNS(svgNs, 'rect');
    const hgt = (m.count / max) * CHART_HEIGHT;
    r.setAttribute('x', String(i + 0.1)); r.setAttribute('width', '0.8');
    r.setAttribute('y', String(CHART_HEIGHT - hgt)); r.setAttribute('height', String(hgt));
    const t = document.createElementNS(svgNs, 'title'); t.textContent = `${m.month}: ${m.count}`; r.append(t);
    chart.append(r);
    return r;
  });
  const paint = () => {
    const a = Math.min(Number(lo.value), Number(hi.value)), b = Math.max(Number(lo.value), Number(hi.value));
    bars.forEach((r, i) => r.setAttribute('class', i >= a && i <= b ? 'in' : 'out'));
    const n = months.slice(a, b + 1).reduce((s, m) => s + m.count, 0);
    caption.textContent = `${months[a].month} – ${months[b].month} · ${n} meeting${n === 1 ? '' : 's'}`;
    return { a, b };
  };
  const commit = () => {
    const { a, b } = paint();
    const full = a === 0 && b === months.length - 1;
    opts.onChange(full ? {} : { from: months[a].month, to: months[b].month });
  };
  lo.addEventListener('input', paint); hi.addEventListener('input', paint);
  lo.addEventListener('change', commit); hi.addEventListener('change', commit);
  paint();
  return h('div', { class: 'time-range' }, chart, h('div', { class: 'range-inputs' }, lo, hi), caption);
}
