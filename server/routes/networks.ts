// GET /api/networks/meetings (who met whom) and /api/networks/agreements (instruments and parties).
import { z } from 'zod';
import { defineRoute } from '../registry/define-route.ts';
import { elementsSchema } from '../schemas/common.ts';
import { agreementsFilters, meetingsFilters } from '../schemas/network-filters.ts';
import { loadAgreementsNetwork, loadMeetingsNetwork } from '../networks/load-networks.ts';

export const meetingsNetworkRoute = defineRoute({
  method: 'get',
  path: '/api/networks/meetings',
  cache: true,
  tag: 'networks',
  summary: 'Who met whom: MET edges weighted by number of meetings (with their ids), nodes with degree, a histogram of meetings per month.',
  query: meetingsFilters,
  response: z.object({
    elements: elementsSchema, histogram: z.array(z.object({ month: z.string(), count: z.number() })),
    meetings: z.number(), truncated: z.boolean(),
  }),
  handler: ({ query }, { db }) => loadMeetingsNetwork(db, query),
});

export const agreementsNetworkRoute = defineRoute({
  method: 'get',
  path: '/api/networks/agreements',
  cache: true,
  tag: 'networks',
  summary: 'Instruments (kind, latest stage) and their parties, PARTY_TO edges.',
  query: agreementsFilters,
  response: z.object({ elements: elementsSchema, instruments: z.number(), truncated: z.boolean() }),
  handler: ({ query }, { db }) => loadAgreementsNetwork(db, query),
});
