// GET /api/entities/:id/neighborhood: the ego network, breadth-first over meetings, parties and offices,
// capped at `limit` nodes with `truncated` set when the cap cut it.
import { z } from 'zod';
import { defineRoute } from '../registry/define-route.ts';
import { ElementsBuilder, nodeDataFrom } from '../graph/elements.ts';
import { boundedInt, csvEnum, dateWindow, elementsSchema, idParam, isoDate, NEIGHBOURHOOD_LABELS } from '../schemas/common.ts';
import { notFound } from './entity.ts';

/** Nodes shown by default: readable without filtering. */
const DEFAULT_NEIGHBOURHOOD_LIMIT = 150;
/** Hard ceiling of `limit`: above this the explorer should filter instead. */
const MAX_NEIGHBOURHOOD_LIMIT = 2_000;
/** Relationship rows read per step for each node allowed (the step's bound), and the slack each frontier
 *  node gets beyond the free places for rows that lead back to nodes already shown. */
const ROWS_PER_NODE = 20;

export const neighborhoodQuery = z.object({
  depth: boundedInt(1, 3, 1).describe('Relationship hops from the entity (an entity-meeting-entity step is 2)'),
  types: csvEnum(NEIGHBOURHOOD_LABELS).optional().describe('Node labels to show (the walk still passes through the others)'),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: boundedInt(1, MAX_NEIGHBOURHOOD_LIMIT, DEFAULT_NEIGHBOURHOOD_LIMIT),
});

export const neighborhoodResponse = z.object({ elements: elementsSchema, truncated: z.boolean() });

interface ClosingRow { from: string; to: string; type: string; relId: string; outgoing: boolean }

interface StepRow {
  from: string;
  node: Record<string, unknown> & { labels: string[]; id: string };
  type: string;
  relId: string;
  outgoing: boolean;
}

export const entityNeighborhoodRoute = defineRoute({
  method: 'get',
  path: '/api/entities/:id/neighborhood',
  cache: true,
  tag: 'entities',
  summary: 'Ego network of an entity to depth 1-3, filtered by node type and meeting dates, capped at limit nodes.',
  params: z.object({ id: idParam }),
  query: neighborhoodQuery,
  response: neighborhoodResponse,
  async handler({ params, query }, { db }) {
    const [centre] = await db.read('entity-node', { id: params.id });
    if (!centre) throw notFound('entity', params.id, 'find ids with GET /api/search?q=...');
    const window = dateWindow(query.from, query.to);
    const centreProps = centre.entity as Record<string, unknown>;
    const nodes = new Map<string, { labels: string[]; props: Record<string, unknown> }>();
    nodes.set(params.id, { labels: ['Entity', String(centreProps.type)], props: centreProps });
    const edges = new Map<string, { source: string; target: string; type: string }>();
    let truncated = false;
    let frontier = [params.id];
    const cap = (query.limit + 1) * ROWS_PER_NODE;
    for (let step = 0; step < query.depth && frontier.length; step++) {
      // A full view already known to be cut can gain no node; its edges come from the closing read.
      if (truncated && nodes.size >= query.limit) break;
      // Enough rows from each node to fill the view by itself, plus slack for rows back to nodes shown.
      const perNode = query.limit - nodes.size + ROWS_PER_NODE;
      const rows = (await db.read('entity-neighborhood-step', { frontier, cap, perNode, ...window })) as unknown as StepRow[];
      if (rows.length >= cap) truncated = true;
      const perFrom = new Map<string, number>();
      for (const r of rows) perFrom.set(r.from, (perFrom.get(r.from) ?? 0) + 1);
      if ([...perFrom.values()].some((n) => n >= perNode)) truncated = true;
      const next: string[] = [];
      for (const r of rows) {
        const id = r.node.id;
        if (!nodes.has(id)) {
          if (nodes.size >= query.limit) { truncated = true; continue; }
          const { labels, ...props } = r.node;
          // Map projections keep absent properties as null; the element data leaves them out.
          nodes.set(id, { labels, props: Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null)) });
          next.push(id);
        }
        const [source, target] = r.outgoing ? [r.from, id] : [id, r.from];
        edges.set(r.relId, { source, target, type: r.type });
      }
      frontier = next;
    }
    // Every edge among the nodes reached, those no step walked (cut rows, the last frontier's) included.
    const closing = (await db.read('entity-neighborhood-edges', { ids: [...nodes.keys()] })) as unknown as ClosingRow[];
    for (const r of closing) {
      const [source, target] = r.outgoing ? [r.from, r.to] : [r.to, r.from];
      edges.set(r.relId, { source, target, type: r.type });
    }
    const shown = (labels: string[]) => !query.types || labels.some((l) => (query.types as string[]).includes(l));
    const b = new ElementsBuilder();
    for (const [id, n] of nodes) if (id === params.id || shown(n.labels)) b.addNode(nodeDataFrom(n.labels, n.props, id));
    for (const [id, e] of edges) b.addEdge({ id, ...e });
    const elements = b.build();
    const degree = new Map<string, number>();
    for (const e of elements.edges) for (const end of [e.data.source, e.data.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    for (const n of elements.nodes) n.data.degree = degree.get(n.data.id) ?? 0;
    return { elements, truncated };
  },
});
