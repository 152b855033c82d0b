// Every API route, in documentation order. Adding an endpoint = one file in routes/ and one line here.
import type { RouteSpec } from './define-route.ts';
import { healthRoute } from '../routes/health.ts';
import { statsRoute } from '../routes/stats.ts';
import { searchRoute } from '../routes/search.ts';
import { entityRoute } from '../routes/entity.ts';
import { entityMentionsRoute } from '../routes/entity-mentions.ts';
import { entityNeighborhoodRoute } from '../routes/entity-neighborhood.ts';
import { meetingsNetworkRoute, agreementsNetworkRoute } from '../routes/networks.ts';
import { instrumentTimelineRoute } from '../routes/instrument-timeline.ts';
import { pathsRoute } from '../routes/paths.ts';
import { meetingRoute } from '../routes/meeting.ts';
import { documentsRoute, documentRoute } from '../routes/documents.ts';
import { cypherConsoleRoute } from '../routes/cypher-console.ts';
import { exportRoute } from '../routes/export.ts';

export const ALL_ROUTES: readonly RouteSpec[] = [
  healthRoute, statsRoute, searchRoute, entityRoute, entityMentionsRoute, entityNeighborhoodRoute,
  meetingsNetworkRoute, agreementsNetworkRoute, instrumentTimelineRoute, pathsRoute, meetingRoute,
  documentsRoute, documentRoute, cypherConsoleRoute, exportRoute,
];
