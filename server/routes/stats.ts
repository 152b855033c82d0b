// GET /api/stats: nodes by label, relationships by type, documents, date range of events.
import { z } from 'zod';
import { defineRoute } from '../registry/define-route.ts';

export const statsResponse = z.object({
  labels: z.record(z.string(), z.number()),
  relationships: z.record(z.string(), z.number()),
  documents: z.number(),
  dateRange: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
});

export const statsRoute = defineRoute({
  method: 'get',
  path: '/api/stats',
  cache: true,
  tag: 'service',
  summary: 'Nodes by label, relationships by type, number of documents, first and last dated event.',
  response: statsResponse,
  async handler(_input, { db }) {
    const [labelRows, relRows, [range]] = await Promise.all([
      db.read('stats-labels'), db.read('stats-relationships'), db.read('stats-date-range'),
    ]);
    const labels = Object.fromEntries(labelRows.map((r) => [String(r.label), Number(r.count)]));
    return {
      labels,
      relationships: Object.fromEntries(relRows.map((r) => [String(r.type), Number(r.count)])),
      documents: labels.Document ?? 0,
      dateRange: { from: (range?.from as string | null) ?? null, to: (range?.to as string | null) ?? null },
    };
  },
});
