// GET /api/paths: shortest paths between two entities through meetings, instruments and offices.
import { z } from 'zod';
import { AtlasError } from '../../model/errors.ts';
import { ElementsBuilder } from '../graph/elements.ts';
import { defineRoute } from '../registry/define-route.ts';
import { boundedInt, elementsSchema, idParam } from '../schemas/common.ts';

/** Hops by default: person - meeting - person - meeting - person. */
const DEFAULT_MAX_HOPS = 4;
/** Must match the literal bound in cypher/paths-shortest.cypher. */
const MAX_HOPS = 10;
/** Paths returned at most: all shortest paths between two hubs can be many. */
const PATH_CAP = 25;

export const pathsQuery = z.object({
  from: idParam,
  to: idParam,
  maxHops: boundedInt(1, MAX_HOPS, DEFAULT_MAX_HOPS),
}).refine((q) => q.from !== q.to, { message: 'from and to must be two different entities', path: ['to'] });

export const pathsResponse = z.object({
  paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) })),
  elements: elementsSchema,
});

type PathNode = Record<string, unknown> & { id: string; label: string };
type PathRel = { id: string; type: string; source: string; target: string };

export const pathsRoute = defineRoute({
  method: 'get',
  path: '/api/paths',
  cache: true,
  tag: 'networks',
  summary: 'All shortest paths (up to maxHops relationships) between two entities, through meetings, instruments and offices.',
  query: pathsQuery,
  response: pathsResponse,
  async handler({ query }, { db }) {
    const found = await db.read('entity-exists', { ids: [query.from, query.to] });
    const missing = found.filter((r) => !r.found).map((r) => String(r.id));
    if (missing.length) {
      throw new AtlasError('not_found', `No entity with id ${missing.join(' or ')}; find ids with GET /api/search?q=...`, 404);
    }
    const rows = await db.read('paths-shortest', { ...query, limit: PATH_CAP });
    const b = new ElementsBuilder();
    const paths = rows.map((r) => {
      const nodes = r.nodes as PathNode[];
      const rels = r.rels as PathRel[];
      for (const n of nodes) {
        const { label, ...props } = n;
        b.addNode({ ...Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null)), id: n.id, label, name: String(n.name ?? n.title ?? n.id) });
      }
      for (const rel of rels) b.addEdge({ ...rel });
      return { nodes: nodes.map((n) => n.id), edges: rels.map((rel) => rel.id) };
    });
    return { paths, elements: b.build() };
  },
});
