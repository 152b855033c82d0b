// Turns API elements into what the stylesheet reads: node size by degree (or centrality), edge width
// by number of meetings, a display label. Pure, so the same figures appear on screen and in exports.
import type { Elements } from '../api/types.ts';
import { stageCaption } from './instrument-style.ts';
import { degrees, nodeMetric, type SizeMetric } from './node-metric.ts';

/** Node diameter range in pixels, smallest to largest degree. */
export const NODE_SIZE = { min: 22, max: 70 };
/** Instruments have few parties, so by degree alone they would be dots; they are what the
 * agreements view is about, so they never go below this diameter. */
export const INSTRUMENT_SIZE = { min: 46, max: 84 };
/** In the agreements view the parties are the anchors a reader finds instruments by, so they are
 * drawn larger than actors in a meetings network. */
export const PARTY_SIZE = { min: 40, max: 120 };
/** The best-connected nodes whose labels show at overview zoom; the rest appear as you zoom in.
 * About one node in twelve, never fewer than the few hubs a reader looks for first, and never so
 * many that the labels of a dense centre overlap. */
export const ALWAYS_LABELLED = { share: 1 / 16, min: 6, max: 12 };
/** In the agreements view the instruments with the most parties are labelled as well as parties;
 * their names are long, so only a few. */
export const LABELLED_INSTRUMENTS = 5;
/** Parties labelled at overview in the agreements view: they are few and what a reader looks for. */
export const LABELLED_PARTIES = 12;
/** Meeting titles are sentences; on the graph they are cut to this many characters. */
export const MAX_TITLE_LABEL = 40;
/** Edge width range in pixels, one meeting to the most. */
export const EDGE_WIDTH = { min: 1.5, max: 12 };

function scale(value: number, max: number, range: { min: number; max: number }): number {
  if (max <= 1) return range.min;
  return range.min + (range.max - range.min) * Math.sqrt(Math.max(0, value) / max);
}

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** How many nodes keep their label at overview zoom, for a graph of `n` nodes. */
export function labelledCount(n: number): number {
  return Math.min(ALWAYS_LABELLED.max, Math.max(ALWAYS_LABELLED.min, Math.round(n * ALWAYS_LABELLED.share)));
}

export function decorate(elements: Elements, opts: { sizeBy?: SizeMetric } = {}): Elements {
  const degree = degrees(elements);
  const degOf = (id: string) => degree.get(id) ?? 0;
  const sizeBy = opts.sizeBy ?? 'degree';
  // Instruments are sized by parties plus dated steps whatever the metric: how much is known of an
  // instrument is what makes it a main one, and centrality means little for it.
  const metric = nodeMetric(elements, sizeBy);
  const isInstrument = (n: Elements['nodes'][number]) => n.data.label === 'Instrument';
  const maxOf = (pick: (n: Elements['nodes'][number]) => boolean, value: (id: string) => number) =>
    Math.max(0, ...elements.nodes.filter(pick).map((n) => value(n.data.id)));
  const maxMetric = maxOf((n) => !isInstrument(n), (id) => metric.get(id) ?? 0);
  const steps = new Map(elements.nodes.map((n) => [n.data.id, Number(n.data.steps ?? 0) || 0]));
  const weightOf = (id: string) => degOf(id) + (steps.get(id) ?? 0);
  const maxInstrumentWeight = Math.max(1, maxOf(isInstrument, weightOf));
  const maxW = Math.max(1, ...elements.edges.map((e) => e.data.weight ?? 1));
  const byDegree = (list: Elements['nodes']) => [...list]
    .sort((a, b) => degOf(b.data.id) - degOf(a.data.id) || a.data.id.localeCompare(b.data.id));
  const others = elements.nodes.filter((n) => !isInstrument(n));
  const hasInstruments = others.length < elements.nodes.length;
  const major = new Set([
    ...byDegree(others).slice(0, hasInstruments ? LABELLED_PARTIES : labelledCount(others.length)),
    ...[...elements.nodes.filter(isInstrument)].sort((a, b) => weightOf(b.data.id) - weightOf(a.data.id) || a.data.id.localeCompare(b.data.id))
      .slice(0, LABELLED_INSTRUMENTS),
  ].map((n) => n.data.id));
  const sizeOf = (n: Elements['nodes'][number]) => isInstrument(n)
    ? scale(weightOf(n.data.id), maxInstrumentWeight, INSTRUMENT_SIZE)
    : sizeBy === 'degree' ? scale(degOf(n.data.id), maxMetric, hasInstruments ? PARTY_SIZE : NODE_SIZE)
    // Centralities are fractions, scaled against their own maximum; no ties gives every node the minimum.
    : maxMetric > 0 ? NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * Math.sqrt((metric.get(n.data.id) ?? 0) / maxMetric) : NODE_SIZE.min;
  return {
    nodes: elements.nodes.map((n) => {
      const d = degOf(n.data.id);
      const display = n.data.label === 'Instrument'
        ? `${n.data.name}\n(${stageCaption(n.data.latestStage)})`
        : cut(String(n.data.name ?? n.data.title ?? n.data.id), n.data.label === 'Meeting' ? MAX_TITLE_LABEL : Infinity);
      return { ...n, data: { ...n.data, degree: d, size: sizeOf(n), sizeMetric: metric.get(n.data.id) ?? 0, display, major: major.has(n.data.id) } };
    }),
    edges: elements.edges.map((e) => ({
      ...e,
      data: { ...e.data, width: scale(e.data.weight ?? 1, maxW, EDGE_WIDTH), sourceCount: e.data.sources?.length ?? 0 },
    })),
  };
}
