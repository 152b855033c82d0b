// GET /api/export/:network.:format: the meetings or agreements network, with the same filters as its
// endpoint, as GraphML, GEXF, CSV (edge list) or JSON (Cytoscape elements).
import { write as writeGexf } from 'graphology-gexf';
import { z } from 'zod';
import { AtlasError } from '../../model/errors.ts';
import { writeCsv } from '../export/csv-writer.ts';
import { writeGraphml } from '../export/graphml-writer.ts';
import { toGraphology } from '../export/to-graphology.ts';
import type { Elements } from '../graph/elements.ts';
import { loadAgreementsNetwork, loadMeetingsNetwork } from '../networks/load-networks.ts';
import { RawBody, defineRoute } from '../registry/define-route.ts';
import { agreementsFilters, meetingsFilters } from '../schemas/network-filters.ts';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'json'] as const;

const CONTENT_TYPES: Record<(typeof EXPORT_FORMATS)[number], string> = {
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

function serialise(format: (typeof EXPORT_FORMATS)[number], elements: Elements, directed: boolean, meta: Record<string, unknown>): string {
  if (format === 'json') return JSON.stringify({ ...meta, elements });
  if (format === 'csv') return writeCsv(elements);
  const graph = toGraphology(elements, directed);
  return format === 'gexf' ? writeGexf(graph) : writeGraphml(graph);
}

export const exportRoute = defineRoute({
  method: 'get',
  path: '/api/export/:network.:format',
  cache: true,
  tag: 'networks',
  summary: 'Download the meetings or agreements network (same filters as /api/networks/*) as GraphML, GEXF, CSV or JSON.',
  params: z.object({ network: z.enum(['meetings', 'agreements']), format: z.enum(EXPORT_FORMATS) }),
  query: z.record(z.string(), z.unknown()),
  description: 'Takes the query parameters of GET /api/networks/meetings or GET /api/networks/agreements, by network.',
  produces: Object.values(CONTENT_TYPES),
  async handler({ params, query }, { db }) {
    const schema = params.network === 'meetings' ? meetingsFilters : agreementsFilters;
    const parsed = schema.safeParse(query);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => ({ path: i.path.join('.') || 'query', message: i.message }));
      throw new AtlasError('invalid_parameters', `Fix the invalid filters (${errors.map((e) => e.path).join(', ')}) and retry.`, 400, errors);
    }
    const network = params.network === 'meetings'
      ? await loadMeetingsNetwork(db, parsed.data as z.output<typeof meetingsFilters>)
      : await loadAgreementsNetwork(db, parsed.data as z.output<typeof agreementsFilters>);
    const body = serialise(params.format, network.elements, params.network === 'agreements', {
      network: params.network, filters: parsed.data, truncated: network.truncated,
    });
    return new RawBody(CONTENT_TYPES[params.format], body, `atlas-${params.network}.${params.format}`);
  },
});
