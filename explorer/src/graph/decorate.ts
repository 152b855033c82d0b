// Turns API elements into what the stylesheet reads: node size by degree (or centrality), edge width
// by number of meetings, a display label. Pure, so the same figures appear on screen and in exports.
import type { Elements } from '../api/types.ts';
import { stageCaption } from './instrument-style.ts';

/** Node diameter range in pixels, smallest to largest degree. */
export const NODE_SIZE = { min: 22, max: 70 };
/** Instruments have few parties, so by degree alone they would be dots; they are what the
 * agreements view is about, so they never go below this diameter. */
export const INSTRUMENT_SIZE = { min: 30, max: NODE_SIZE.max };
/** The best-connected nodes whose labels show at any zoom; the rest appear as you zoom in. */
export const ALWAYS_LABELLED = 20;
/** Meeting titles are sentences; on the graph they are cut to this many characters. */
export const MAX_TITLE_LABEL = 40;
/** Edge width range in pixels, one meeting to the most. */
export const EDGE_WIDTH = { min: 1.5, max: 12 };

function scale(value: number, max: number, range: { min: number; max: number }): number {
  if (max <= 1) return range.min;
  return range.min + (range.max - range.min) * Math.sqrt(Math.max(0, value) / max);
}

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

export function decorate(elements: Elements): Elements {
  const degree = new Map<string, number>();
  for (const e of elements.edges) {
    degree.set(e.data.source, (degree.get(e.data.source) ?? 0) + 1);
    degree.set(e.data.target, (degree.get(e.data.target) ?? 0) + 1);
  }
  const degOf = (id: string, given?: number) => given ?? degree.get(id) ?? 0;
  const maxDeg = Math.max(1, ...elements.nodes.map((n) => degOf(n.data.id, n.data.degree)));
  const maxW = Math.max(1, ...elements.edges.map((e) => e.data.weight ?? 1));
  const major = new Set([...elements.nodes]
    .sort((a, b) => degOf(b.data.id, b.data.degree) - degOf(a.data.id, a.data.degree) || a.data.id.localeCompare(b.data.id))
    .slice(0, ALWAYS_LABELLED).map((n) => n.data.id));
  return {
    nodes: elements.nodes.map((n) => {
      const d = degOf(n.data.id, n.data.degree);
      const display = n.data.label === 'Instrument'
        ? `${n.data.name}\n(${stageCaption(n.data.latestStage)})`
        : cut(String(n.data.name ?? n.data.title ?? n.data.id), n.data.label === 'Meeting' ? MAX_TITLE_LABEL : Infinity);
      return { ...n, data: { ...n.data, degree: d, size: scale(d, maxDeg, n.data.label === 'Instrument' ? INSTRUMENT_SIZE : NODE_SIZE), display, major: major.has(n.data.id) } };
    }),
    edges: elements.edges.map((e) => ({
      ...e,
      data: { ...e.data, width: scale(e.data.weight ?? 1, maxW, EDGE_WIDTH), sourceCount: e.data.sources?.length ?? 0 },
    })),
  };
}
