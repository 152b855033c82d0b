// Every endpoint on the real seeds graph, loaded through the project's ingest (ingestPaths). Assertions
// are about consistency between endpoints and with the documents, so they hold as extraction improves.
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ingestPaths } from '../../ingest/ingest-paths.ts';
import type { RunningServer } from '../../server/start-server.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { getJson, postJson, testServer } from './test-server.ts';

const JOHANSSON = 'person:ylva-johansson';
// Each of these also found names one or two edits away while the typo-tolerant terms ran with every query.
const WORDS_WITH_NEAR_MISSES = ['frontex', 'senegal', 'serbia', 'schinas', 'migration'];
const COUNCIL_NOTE = 'doc:001_44588754ff247d3f';

let srv: RunningServer;
const get = async (path: string) => {
  const r = await getJson(srv.url, path);
  expect(r.status, `${path}: ${JSON.stringify(r.body).slice(0, 300)}`).toBe(200);
  return r.body;
};
const enc = encodeURIComponent;

beforeAll(async () => {
  await resetDatabase();
  const summary = await ingestPaths(testDriver(), ['seeds']);
  expect(summary.documents.ingested).toBe(5);
  srv = await testServer(testDriver());
});
afterAll(async () => { await srv?.close(); });

describe('seeds graph', () => {
  test('health and stats agree', async () => {
    const health = await get('/api/health');
    const stats = await get('/api/stats');
    expect(stats.documents).toBe(5);
    const labelTotal = ['Document', 'Entity', 'Meeting', 'InstrumentEvent'].reduce((s, l) => s + (stats.labels[l] ?? 0), 0);
    expect(health.counts.nodes).toBe(labelTotal);
    expect(Object.values(stats.relationships).reduce((s: number, n) => s + (n as number), 0)).toBe(health.counts.relationships);
    expect(stats.dateRange.from <= stats.dateRange.to).toBe(true);
  });

  test.each([['johansson', JOHANSSON], ['Johanson', JOHANSSON], ['borell', 'person:josep-borrell'], ['Türkiye', 'country:turkiye'], ['cabo verde', 'country:cabo-verde']])(
    'search %s -> %s', async (q, id) => {
      const { results } = await get(`/api/search?q=${enc(q)}&types=Person,Country`);
      expect(results[0].id).toBe(id);
      expect(results[0].context.length).toBeGreaterThan(10);
    });

  // Typo-tolerant terms run only when exact words and prefixes find nothing, so a word spelt right gets
  // no near-misses.
  test.each(WORDS_WITH_NEAR_MISSES)('%s: every result has a word starting with it', async (q) => {
    const { results } = await get(`/api/search?q=${q}&limit=100`);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      const words = [r.name, ...r.aliases].join(' ').toLowerCase().split(/[^\p{L}\p{N}]+/u);
      expect(words.some((w: string) => w.startsWith(q)), `${r.name} for ${q}`).toBe(true);
    }
  });

  test('entity counts match its paginated mentions', async () => {
    const e = await get(`/api/entities/${JOHANSSON}`);
    expect(e.counts.meetings).toBeGreaterThan(10);
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const page: any = await get(`/api/entities/${JOHANSSON}/mentions?limit=50${cursor ? `&cursor=${cursor}` : ''}`);
      for (const m of page.mentions) seen.add(`${m.docId}@${m.start}`);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.size).toBe(e.counts.mentions);
    expect(e.coParticipants.length).toBeGreaterThan(0);
  });

  test('neighbourhood respects its cap', async () => {
    const r = await get(`/api/entities/${JOHANSSON}/neighborhood?depth=2&limit=40`);
    expect(r.elements.nodes.length).toBe(40);
    expect(r.truncated).toBe(true);
  });

  test('meetings network: weights are meeting counts, meeting ids resolve, planned splits add up', async () => {
    const all = await get('/api/networks/meetings');
    expect(all.elements.edges.length).toBeGreaterThan(50);
    for (const e of all.elements.edges) expect(e.data.weight).toBe(e.data.meetingIds.length);
    const heaviest = all.elements.edges[0].data;
    for (const id of heaviest.meetingIds.slice(0, 5)) {
      const m = await get(`/api/meetings/${enc(id)}`);
      expect(m.participants.map((p: any) => p.id)).toEqual(expect.arrayContaining([heaviest.source, heaviest.target]));
    }
    const done = await get('/api/networks/meetings?planned=exclude');
    const planned = await get('/api/networks/meetings?planned=only');
    expect(done.meetings + planned.meetings).toBe(all.meetings);
    const y2023 = await get('/api/networks/meetings?from=2023&to=2023');
    for (const e of y2023.elements.edges.slice(0, 5)) {
      const m = await get(`/api/meetings/${enc(e.data.meetingIds[0])}`);
      expect(m.date.slice(0, 4) <= '2023' && (m.endIso ?? m.date).slice(0, 4) >= '2023').toBe(true);
    }
    expect(y2023.histogram.every((h: any) => h.month.startsWith('2023'))).toBe(true);
  });

  test('agreements and the timeline of the instrument with most steps', async () => {
    const net = await get('/api/networks/agreements');
    const instruments = net.elements.nodes.filter((n: any) => n.data.label === 'Instrument');
    expect(instruments.length).toBeGreaterThan(20);
    expect(net.elements.edges.every((e: any) => e.data.type === 'PARTY_TO')).toBe(true);
    const top = instruments.sort((a: any, b: any) => b.data.steps - a.data.steps)[0].data;
    const tl = await get(`/api/instruments/${enc(top.id)}/timeline`);
    expect(tl.steps.length).toBe(top.steps);
    const dated = tl.steps.filter((s: any) => s.date).map((s: any) => s.date.iso);
    expect(dated).toEqual([...dated].sort());
    const doc = await get(`/api/documents/${enc(tl.steps[0].docId)}`);
    expect(doc.text).toContain(tl.steps[0].sentence);
    const agreements = await get('/api/networks/agreements?kind=agreement');
    expect(agreements.elements.nodes.filter((n: any) => n.data.label === 'Instrument').every((n: any) => n.data.kind === 'agreement')).toBe(true);
  });

  test('paths between two well-connected entities', async () => {
    const r = await get(`/api/paths?from=${JOHANSSON}&to=country:turkiye&maxHops=4`);
    expect(r.paths.length).toBeGreaterThan(0);
    for (const p of r.paths) { expect(p.nodes[0]).toBe(JOHANSSON); expect(p.nodes.at(-1)).toBe('country:turkiye'); }
  });

  test('documents: mention spans point into the text', async () => {
    const list = await get('/api/documents');
    expect(list.documents).toHaveLength(5);
    const doc = await get(`/api/documents/${COUNCIL_NOTE}`);
    expect(doc.mentions.length).toBeGreaterThan(1000);
    for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });

  test('export and console agree with the endpoints', async () => {
    const net = await get('/api/networks/meetings?from=2022');
    const r = await getJson(srv.url, '/api/export/meetings.graphml?from=2022');
    const g = parseGraphml(Graph, r.body);
    expect([g.order, g.size]).toEqual([net.elements.nodes.length, net.elements.edges.length]);
    const stats = await get('/api/stats');
    const c = await postJson(srv.url, '/api/cypher', { query: 'MATCH (p:Person) RETURN count(p) AS n' });
    expect(c.body.rows[0].n).toBe(stats.labels.Person);
  });
});
