// Exports of both networks in every format, read back with graphology's own parsers.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { RunningServer } from '../../server/start-server.ts';
import { E } from './fixture.ts';
import { getJson, fixtureServer } from './test-server.ts';

let srv: RunningServer;
let meetings: any;

beforeAll(async () => {
  srv = await fixtureServer();
  meetings = (await getJson(srv.url, '/api/networks/meetings?from=2023')).body;
});
afterAll(async () => { await srv?.close(); });

test('GraphML: the same nodes and weighted edges as the endpoint, with the filters applied', async () => {
  const r = await getJson(srv.url, '/api/export/meetings.graphml?from=2023');
  expect(r.status).toBe(200);
  expect(r.type).toContain('application/graphml+xml');
  expect(r.headers.get('content-disposition')).toContain('atlas-meetings.graphml');
  const g = parseGraphml(Graph, r.body);
  expect(g.order).toBe(meetings.elements.nodes.length);
  expect(g.size).toBe(meetings.elements.edges.length);
  expect(g.getNodeAttribute(E.johansson.id, 'name')).toBe('Ylva Johansson');
  const edge = meetings.elements.edges[0].data;
  expect(g.getEdgeAttribute(edge.id, 'weight')).toBe(edge.weight);
  expect(g.getEdgeAttribute(edge.id, 'meetingIds')).toBe(edge.meetingIds.join(';'));
});

test('GEXF of the agreements network is directed party -> instrument', async () => {
  const r = await getJson(srv.url, '/api/export/agreements.gexf');
  expect(r.type).toContain('application/gexf+xml');
  const g = parseGexf(Graph, r.body);
  expect(g.type).toBe('directed');
  expect(g.hasDirectedEdge(E.pakistan.id, E.readmission.id)).toBe(true);
  expect(g.getNodeAttribute(E.readmission.id, 'latestStage')).toBe('entered_into_force');
});

test('CSV: one row per edge with both ends named; formula-looking cells are defused', async () => {
  const r = await getJson(srv.url, '/api/export/meetings.csv');
  expect(r.type).toContain('text/csv');
  const lines = r.body.trim().split('\r\n');
  expect(lines[0]).toBe('id,type,source,source_name,source_label,target,target_name,target_label,weight,meeting_ids,sources');
  const all = (await getJson(srv.url, '/api/networks/meetings')).body;
  expect(lines).toHaveLength(all.elements.edges.length + 1);
  expect(lines.some((l: string) => l.includes('Ylva Johansson') && l.includes('Hina Rabbani Khar') && l.includes(',2,'))).toBe(true);
});

test('JSON: the Cytoscape elements with the filters used', async () => {
  const r = await getJson(srv.url, '/api/export/meetings.json?planned=only');
  expect(r.body.network).toBe('meetings');
  expect(r.body.filters.planned).toBe('only');
  expect(r.body.elements.edges).toHaveLength(1);
  expect(r.body.elements.edges[0].data.planned).toBe(true);
});
