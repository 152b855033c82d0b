// Every read endpoint on the real Neo4j, over the hand-built fixture graph (tests/server/fixture.ts).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '../../server/start-server.ts';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../model/graph-model.ts';
import { E } from './fixture.ts';
import { getJson, fixtureServer } from './test-server.ts';

let srv: RunningServer;
const get = (path: string) => getJson(srv.url, path);
const enc = encodeURIComponent;

beforeAll(async () => {
  srv = await fixtureServer();
});
afterAll(async () => { await srv?.close(); });

describe('service', () => {
  test('health reports Neo4j version and counts', async () => {
    const r = await get('/api/health');
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('ok');
    expect(r.body.neo4j.version).toMatch(/^5\.26/);
    expect(r.body.counts.nodes).toBeGreaterThan(10);
    expect(r.body.counts.relationships).toBeGreaterThan(10);
    expect(r.headers.get('x-request-id')).toBeTruthy();
  });

  test('stats by label and type, with the date range of events', async () => {
    const r = await get('/api/stats');
    expect(r.body.labels).toMatchObject({ Person: 3, Country: 2, Instrument: 2, Meeting: 5, Document: 2 });
    expect(r.body.relationships.PARTICIPATED_IN).toBe(11);
    expect(r.body.documents).toBe(2);
    expect(r.body.dateRange).toEqual({ from: '2009-09', to: '2025' });
  });

  test('stats count every label and relationship type of the model', async () => {
    const r = await get('/api/stats');
    expect(Object.keys(r.body.labels).sort()).toEqual([...Object.keys(NODE_LABELS), 'Entity'].sort());
    expect(Object.keys(r.body.relationships).sort()).toEqual(Object.keys(RELATIONSHIP_TYPES).sort());
  });
});

describe('search', () => {
  test.each([
    ['johansson', 'person:ylva-johansson'],
    ['johanson', 'person:ylva-johansson'], // one letter missing
    ['Jonhasson', 'person:ylva-johansson'], // transposed
    ['borell', 'person:josep-borrell'], // the misspelling of the genre
    ['HR/VP', 'person:josep-borrell'], // alias, with a Lucene special character
    ['readmission agreement', 'instrument:eu-pakistan-readmission-agreement'],
    ['nigerian', 'country:nigeria'],
    ['pak', 'country:pakistan'], // prefix while typing
  ])('%s finds %s first', async (q, id) => {
    const r = await get(`/api/search?q=${enc(q)}`);
    expect(r.status).toBe(200);
    expect(r.body.results[0]?.id).toBe(id);
  });

  test('the typo pass keeps the type filter', async () => {
    const person = await get('/api/search?q=borell&types=Person');
    expect(person.body.results[0]?.id).toBe('person:josep-borrell');
    expect((await get('/api/search?q=borell&types=Country')).body.results).toEqual([]);
  });

  test('results carry type, aliases, a score and context from a mention', async () => {
    const r = await get('/api/search?q=khar');
    const hit = r.body.results[0];
    expect(hit).toMatchObject({ id: E.khar.id, type: 'Person', name: 'Hina Rabbani Khar', aliases: ['Khar'] });
    expect(hit.score).toBeGreaterThan(0);
    expect(hit.context).toMatch(/Khar/);
  });

  test('types filter and limit', async () => {
    const countries = await get('/api/search?q=eu&types=Country');
    expect(countries.body.results.every((x: any) => x.type === 'Country')).toBe(true);
    const inst = await get('/api/search?q=eu&types=Instrument,Institution&limit=1');
    expect(inst.body.results).toHaveLength(1);
    expect(['Instrument', 'Institution']).toContain(inst.body.results[0].type);
  });

  test('nothing found is an empty list; Lucene syntax is inert', async () => {
    expect((await get('/api/search?q=zzzzqqqq')).body.results).toEqual([]);
    expect((await get(`/api/search?q=${enc('*:* OR "x AND (')}`)).status).toBe(200);
  });
});

describe('entities', () => {
  test('entity: names, offices, counts, co-participants', async () => {
    const r = await get(`/api/entities/${E.johansson.id}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: E.johansson.id, type: 'Person', name: 'Ylva Johansson', aliases: ['Johansson'], side: 'eu' });
    expect(r.body.offices).toEqual([expect.objectContaining({ office: 'Commissioner for Home Affairs', orgId: E.commission.id, from: '2019-12-01', to: '2024-11-30', range: 'term' })]);
    expect(r.body.counts).toEqual({ mentions: 4, meetings: 4, documents: 2, instruments: 0 });
    expect(r.body.coParticipants[0]).toMatchObject({ count: 2 });
    expect(r.body.coParticipants.map((c: any) => c.id)).toEqual(expect.arrayContaining([E.khar.id, E.nigeria.id, E.borrell.id]));
    expect(r.body.claims).toBeUndefined();
  });

  test('the colon may be URL-encoded', async () => {
    expect((await get(`/api/entities/${enc(E.johansson.id)}`)).body.id).toBe(E.johansson.id);
  });

  test('an instrument lists its parties; an organisation its office holders; a country its instruments', async () => {
    const i = await get(`/api/entities/${E.readmission.id}`);
    expect(i.body.parties.map((p: any) => p.id).sort()).toEqual([E.pakistan.id, E.eu.id].sort());
    expect(i.body.kind).toBe('agreement');
    const c = await get(`/api/entities/${E.commission.id}`);
    expect(c.body.holders).toEqual([expect.objectContaining({ personId: E.johansson.id, office: 'Commissioner for Home Affairs' })]);
    const p = await get(`/api/entities/${E.pakistan.id}`);
    expect(p.body.instruments).toEqual([expect.objectContaining({ id: E.readmission.id, latestStage: 'entered_into_force' })]);
  });

  test('mentions are paginated with a cursor, in document order', async () => {
    const first = await get(`/api/entities/${E.johansson.id}/mentions?limit=3`);
    expect(first.body.mentions).toHaveLength(3);
    expect(first.body.mentions[0]).toMatchObject({ docId: 'doc:server-a', file: 'server-a.txt', text: 'Ylva Johansson', resolvedBy: 'name' });
    expect(first.body.mentions[0].sentence).toMatch(/met Hina Rabbani Khar/);
    expect(first.body.nextCursor).toBeTruthy();
    const second = await get(`/api/entities/${E.johansson.id}/mentions?limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body.mentions).toHaveLength(1);
    expect(second.body.mentions[0].docId).toBe('doc:server-b');
    expect(second.body.nextCursor).toBeNull();
    const all = [...first.body.mentions, ...second.body.mentions].map((m: any) => `${m.docId}@${m.start}`);
    expect(new Set(all).size).toBe(4);
  });

  test('neighbourhood depth 1: meetings and offices of the entity', async () => {
    const r = await get(`/api/entities/${E.johansson.id}/neighborhood?depth=1`);
    const labels = r.body.elements.nodes.map((n: any) => n.data.label);
    expect(labels.filter((l: string) => l === 'Meeting')).toHaveLength(4);
    expect(labels).toContain('Institution');
    expect(r.body.truncated).toBe(false);
    const centre = r.body.elements.nodes.find((n: any) => n.data.id === E.johansson.id);
    expect(centre.data.degree).toBe(5);
    // A hub's per-document lists stay out of graph elements.
    for (const n of r.body.elements.nodes) expect(n.data.docIds ?? n.data.claims).toBeUndefined();
  });

  test('neighbourhood depth 2 reaches co-participants; types filter; dates filter', async () => {
    const d2 = await get(`/api/entities/${E.johansson.id}/neighborhood?depth=2&types=Person,Country`);
    const ids = d2.body.elements.nodes.map((n: any) => n.data.id);
    expect(ids).toEqual(expect.arrayContaining([E.johansson.id, E.khar.id, E.borrell.id, E.nigeria.id]));
    expect(d2.body.elements.nodes.every((n: any) => ['Person', 'Country'].includes(n.data.label))).toBe(true);
    const y2022 = await get(`/api/entities/${E.johansson.id}/neighborhood?depth=2&from=2022&to=2022`);
    const meetings = y2022.body.elements.nodes.filter((n: any) => n.data.label === 'Meeting');
    expect(meetings.map((m: any) => m.data.date)).toEqual(['2022-11-14']);
  });

  test('neighbourhood limit cuts and says so', async () => {
    const r = await get(`/api/entities/${E.johansson.id}/neighborhood?depth=3&limit=3`);
    expect(r.body.elements.nodes).toHaveLength(3);
    expect(r.body.truncated).toBe(true);
    const ids = new Set(r.body.elements.nodes.map((n: any) => n.data.id));
    for (const e of r.body.elements.edges) { expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true); }
  });
});

describe('networks', () => {
  test('who met whom: weighted MET edges with meeting ids, degrees, histogram', async () => {
    const r = await get('/api/networks/meetings');
    expect(r.status).toBe(200);
    expect(r.body.meetings).toBe(5);
    const edge = r.body.elements.edges.find((e: any) => [e.data.source, e.data.target].sort().join() === [E.johansson.id, E.khar.id].sort().join());
    expect(edge.data).toMatchObject({ type: 'MET', weight: 2 });
    expect(edge.data.meetingIds.sort()).toEqual(['doc:server-a#meeting-0', 'doc:server-a#meeting-1']);
    const jo = r.body.elements.nodes.find((n: any) => n.data.id === E.johansson.id);
    expect(jo.data.degree).toBe(3);
    expect(jo.data.side).toBe('eu');
    expect(r.body.histogram).toEqual([
      { month: '2022-11', count: 1 }, { month: '2023-01', count: 1 }, { month: '2023-03', count: 2 }, { month: '2024-05', count: 1 },
    ]);
  });

  test('date window, planned, min and entity filters', async () => {
    const y2023 = await get('/api/networks/meetings?from=2023-01&to=2023-12-31');
    expect(y2023.body.meetings).toBe(3);
    expect((await get('/api/networks/meetings?planned=only')).body.meetings).toBe(1);
    expect((await get('/api/networks/meetings?planned=exclude')).body.meetings).toBe(4);
    const min2 = await get('/api/networks/meetings?min=2');
    expect(min2.body.elements.edges.every((e: any) => e.data.weight >= 2)).toBe(true);
    expect(min2.body.elements.edges).toHaveLength(2); // Johansson-Khar, Johansson-Nigeria
    expect((await get(`/api/networks/meetings?person=${E.borrell.id}`)).body.meetings).toBe(2);
    expect((await get(`/api/networks/meetings?country=${E.pakistan.id}`)).body.meetings).toBe(1); // held there
    expect((await get(`/api/networks/meetings?institution=${E.commission.id}`)).body.meetings).toBe(4); // via its commissioner
  });

  test('edge limit sets truncated', async () => {
    const r = await get('/api/networks/meetings?limit=1');
    expect(r.body.elements.edges).toHaveLength(1);
    expect(r.body.truncated).toBe(true);
  });

  test('agreements: instruments with kind and latest stage, PARTY_TO edges', async () => {
    const r = await get('/api/networks/agreements');
    const inst = r.body.elements.nodes.filter((n: any) => n.data.label === 'Instrument');
    expect(inst.map((n: any) => [n.data.id, n.data.kind, n.data.latestStage]).sort()).toEqual([
      [E.readmission.id, 'agreement', 'entered_into_force'], [E.mobility.id, 'partnership', 'launched'],
    ].sort());
    expect(r.body.elements.edges.every((e: any) => e.data.type === 'PARTY_TO')).toBe(true);
    expect(r.body.elements.edges).toHaveLength(4);
    expect((await get('/api/networks/agreements?kind=partnership')).body.instruments).toBe(1);
    expect((await get(`/api/networks/agreements?country=${E.pakistan.id}`)).body.instruments).toBe(1);
    expect((await get('/api/networks/agreements?stage=signed')).body.instruments).toBe(0);
  });

  test('instrument timeline in date order with sentences', async () => {
    const r = await get(`/api/instruments/${E.readmission.id}/timeline`);
    expect(r.body.instrument).toMatchObject({ id: E.readmission.id, kind: 'agreement' });
    expect(r.body.instrument.parties).toHaveLength(2);
    expect(r.body.steps.map((s: any) => s.stage)).toEqual(['signed', 'entered_into_force', 'evaluated']);
    expect(r.body.steps[0]).toMatchObject({ date: { iso: '2009-09', precision: 'month', text: 'September 2009' }, planned: false, docId: 'doc:server-a', file: 'server-a.txt' });
    expect(r.body.steps[0].sentence).toMatch(/signed/);
    expect(r.body.steps[2].planned).toBe(true);
  });

  test('shortest paths through meetings', async () => {
    const r = await get(`/api/paths?from=${E.khar.id}&to=${E.nigeria.id}`);
    expect(r.status).toBe(200);
    expect(r.body.paths.length).toBeGreaterThan(0);
    for (const p of r.body.paths) {
      expect(p.nodes[0]).toBe(E.khar.id);
      expect(p.nodes.at(-1)).toBe(E.nigeria.id);
      expect(p.nodes).toHaveLength(5);
      expect(p.edges).toHaveLength(4);
    }
    const nodeIds = new Set(r.body.elements.nodes.map((n: any) => n.data.id));
    expect(nodeIds.has(E.johansson.id) || nodeIds.has(E.borrell.id)).toBe(true);
    expect((await get(`/api/paths?from=${E.khar.id}&to=${E.nigeria.id}&maxHops=3`)).body.paths).toEqual([]);
  });
});

describe('meetings and documents', () => {
  test('meeting detail', async () => {
    const r = await get(`/api/meetings/${enc('doc:server-a#meeting-0')}`);
    expect(r.body).toMatchObject({ id: 'doc:server-a#meeting-0', title: 'Johansson visits Pakistan', date: '2022-11-14', place: 'Islamabad', planned: false, kind: 'visit', docId: 'doc:server-a', file: 'server-a.txt', start: 0 });
    expect(r.body.participants.map((p: any) => p.id).sort()).toEqual([E.khar.id, E.johansson.id].sort());
    expect(r.body.sentence).toMatch(/Islamabad/);
  });

  test('documents list without text', async () => {
    const r = await get('/api/documents');
    expect(r.body.documents.map((d: any) => d.id)).toEqual(['doc:server-a', 'doc:server-b']);
    expect(r.body.documents[0]).toMatchObject({ file: 'server-a.txt', title: 'Report server-a', date: '2023-02-01', place: 'Brussels' });
    expect(r.body.documents[0].text).toBeUndefined();
  });

  test('document with text and mention spans that point into it', async () => {
    const r = await get('/api/documents/doc:server-a');
    expect(r.body.text).toMatch(/^Commissioner Ylva Johansson/);
    expect(r.body.mentions.length).toBe(11);
    for (const m of r.body.mentions) expect(r.body.text.slice(m.start, m.end)).toBe(m.text);
    expect(r.body.mentions[0]).toMatchObject({ entityId: E.johansson.id, type: 'Person' });
  });
});
