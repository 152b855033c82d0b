// What node size stands for: degree (partners), betweenness (brokers between groups) or PageRank
// (ties to well-tied actors). Computed in the browser with graphology-metrics on exactly the
// elements shown, so filters and hidden nodes change the figures as the reader expects. Pure.
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { Elements } from '../api/types.ts';

export const SIZE_METRICS = ['degree', 'betweenness', 'pagerank'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

export const SIZE_METRIC_CAPTION: Record<SizeMetric, string> = {
  degree: 'Partners (degree)',
  betweenness: 'Broker role (betweenness)',
  pagerank: 'Influence (PageRank)',
};

/** Undirected simple graph of the elements: parallel edges collapse, self-loops are dropped. */
function toGraph(elements: Elements): Graph {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const n of elements.nodes) g.mergeNode(n.data.id);
  for (const e of elements.edges) {
    const { source, target } = e.data;
    if (source !== target && g.hasNode(source) && g.hasNode(target)) g.mergeEdge(source, target);
  }
  return g;
}

/** Degree counted from the edges shown (an API-given degree wins, as the server may know more). */
export function degrees(elements: Elements): Map<string, number> {
  const degree = new Map<string, number>();
  for (const e of elements.edges) {
    degree.set(e.data.source, (degree.get(e.data.source) ?? 0) + 1);
    degree.set(e.data.target, (degree.get(e.data.target) ?? 0) + 1);
  }
  for (const n of elements.nodes) if (typeof n.data.degree === 'number') degree.set(n.data.id, n.data.degree);
  return degree;
}

/** The metric per node id; every node gets a value (0 when it has no ties). */
export function nodeMetric(elements: Elements, metric: SizeMetric): Map<string, number> {
  if (metric === 'degree') {
    const d = degrees(elements);
    return new Map(elements.nodes.map((n) => [n.data.id, d.get(n.data.id) ?? 0]));
  }
  const g = toGraph(elements);
  if (g.size === 0) return new Map(elements.nodes.map((n) => [n.data.id, 0]));
  const scores: Record<string, number> = metric === 'betweenness' ? betweenness(g) : pagerank(g, { getEdgeWeight: null });
  return new Map(elements.nodes.map((n) => [n.data.id, scores[n.data.id] ?? 0]));
}
