// GET /api/health: is Neo4j reachable, which version, how big the graph is. 503 when it is not.
import { z } from 'zod';
import { defineRoute } from '../registry/define-route.ts';

export const healthResponse = z.object({
  status: z.literal('ok'),
  neo4j: z.object({ version: z.string(), edition: z.string(), uri: z.string().optional() }),
  counts: z.object({ nodes: z.number(), relationships: z.number() }),
});

export const healthRoute = defineRoute({
  method: 'get',
  path: '/api/health',
  tag: 'service',
  summary: 'Neo4j reachable, its version and the graph size; 503 while Neo4j is down.',
  response: healthResponse,
  async handler(_input, { db, options }) {
    const [[version], [counts]] = await Promise.all([db.read('health-version'), db.read('health-counts')]);
    return {
      status: 'ok' as const,
      neo4j: { version: String(version?.version ?? ''), edition: String(version?.edition ?? ''), ...(options.neo4jUri ? { uri: options.neo4jUri } : {}) },
      counts: { nodes: Number(counts?.nodes ?? 0), relationships: Number(counts?.relationships ?? 0) },
    };
  },
});
