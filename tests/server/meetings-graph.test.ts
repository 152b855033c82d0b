// The pure who-met-whom builder: pairs, weights, min, cap, degree, histogram.
import { expect, test } from 'vitest';
import { meetingsGraph, metEdgeId, type MeetingRow } from '../../server/networks/meetings-graph.ts';

const p = (id: string) => ({ id, name: id.toUpperCase(), label: 'Person', side: 'eu' as const });
const m = (id: string, date: string | null, ids: string[], planned = false): MeetingRow => ({ id, title: id, date, planned, docId: 'doc:x', participants: ids.map(p) });

const ROWS = [m('m1', '2020-01-05', ['a', 'b']), m('m2', '2020-01', ['a', 'b', 'c']), m('m3', '2021', ['c', 'd'], true), m('m4', null, ['e'])];

test.each([
  [{ min: 1, edgeCap: 100 }, { nodes: 5, edges: 4, weightAB: 2, truncated: false }],
  [{ min: 2, edgeCap: 100 }, { nodes: 2, edges: 1, weightAB: 2, truncated: false }],
  [{ min: 1, edgeCap: 1 }, { nodes: 2, edges: 1, weightAB: 2, truncated: true }],
])('%j', (opts, want) => {
  const g = meetingsGraph(ROWS, { ...opts, truncated: false });
  expect(g.elements.nodes).toHaveLength(want.nodes);
  expect(g.elements.edges).toHaveLength(want.edges);
  expect(g.elements.edges.find((e) => e.data.id === metEdgeId('b', 'a'))?.data.weight).toBe(want.weightAB);
  expect(g.truncated).toBe(want.truncated);
});

test('degree, planned flag, histogram by month (year-only dates left out)', () => {
  const g = meetingsGraph(ROWS, { min: 1, edgeCap: 100, truncated: false });
  const c = g.elements.nodes.find((n) => n.data.id === 'c')!;
  expect(c.data.degree).toBe(3);
  expect(g.elements.edges.find((e) => e.data.id === metEdgeId('c', 'd'))!.data.planned).toBe(true);
  expect(g.elements.edges.find((e) => e.data.id === metEdgeId('a', 'b'))!.data.meetingIds).toEqual(['m1', 'm2']);
  expect(g.histogram).toEqual([{ month: '2020-01', count: 2 }]);
  expect(g.meetings).toBe(4);
});

test('a participant listed twice counts once; sources are sorted and unique', () => {
  const row = (id: string, docId: string, ids: string[]): MeetingRow => ({ ...m(id, '2020-02-01', ids), docId });
  const g = meetingsGraph([row('m1', 'doc:b', ['b', 'a', 'b']), row('m2', 'doc:a', ['a', 'b']), row('m3', 'doc:b', ['b', 'a'])], { min: 1, edgeCap: 100, truncated: false });
  expect(g.elements.nodes.map((n) => n.data.id)).toEqual(['a', 'b']);
  expect(g.elements.edges).toHaveLength(1);
  expect(g.elements.edges[0].data).toMatchObject({ source: 'a', target: 'b', weight: 3, meetingIds: ['m1', 'm2', 'm3'], sources: ['doc:a', 'doc:b'] });
});

test.each([
  [['b', 'a'], ['a', 'b']],
  [['a', 'a'], ['a']],
  [['c', 'a', 'b', 'a'], ['a', 'b', 'c']],
  [Array.from({ length: 20 }, (_, i) => `p${(i * 7) % 20}`).concat(['p3']), Array.from({ length: 20 }, (_, i) => `p${i}`).sort()],
])('participants %j become the nodes %j, each pair once', (ids, nodes) => {
  const g = meetingsGraph([m('m1', '2020-02-01', ids)], { min: 1, edgeCap: 1_000, truncated: false });
  expect(g.elements.nodes.map((n) => n.data.id)).toEqual(nodes);
  expect(g.elements.edges).toHaveLength((nodes.length * (nodes.length - 1)) / 2);
  for (const e of g.elements.edges) expect(e.data.source < e.data.target).toBe(true);
});
