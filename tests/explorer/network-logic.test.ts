// Pure graph logic of the explorer: period diff, client filters, merging, layout choice, months.
import { describe, expect, it } from 'vitest';
import type { Elements } from '../../explorer/src/api/types.ts';
import { diffNetworks } from '../../explorer/src/graph/network-diff.ts';
import { applyViewFilters } from '../../explorer/src/graph/view-filter.ts';
import { mergeElements } from '../../explorer/src/graph/merge-elements.ts';
import { layoutOptions, LARGE_GRAPH_NODES } from '../../explorer/src/graph/layouts.ts';
import { decorate, NODE_SIZE } from '../../explorer/src/graph/decorate.ts';
import { continuousMonths } from '../../explorer/src/views/time-range.ts';
import { defaultViewState } from '../../explorer/src/state/view-state.ts';

const node = (id: string) => ({ data: { id, label: 'Person', name: id.toUpperCase() } });
const edge = (s: string, t: string, extra: Record<string, unknown> = {}) => ({ data: { id: `${s}-${t}`, source: s, target: t, type: 'MET', ...extra } });
const net = (pairs: [string, string][]): Elements => ({
  nodes: [...new Set(pairs.flat())].map(node),
  edges: pairs.map(([s, t]) => edge(s, t)),
});

describe('diffNetworks', () => {
  const rows: [string, [string, string][], [string, string][], { new: number; lost: number; continuing: number }][] = [
    ['identical periods', [['a', 'b']], [['a', 'b']], { new: 0, lost: 0, continuing: 1 }],
    ['one new tie', [['a', 'b']], [['a', 'b'], ['b', 'c']], { new: 1, lost: 0, continuing: 1 }],
    ['one lost tie', [['a', 'b'], ['b', 'c']], [['a', 'b']], { new: 0, lost: 1, continuing: 1 }],
    ['direction does not matter', [['a', 'b']], [['b', 'a']], { new: 0, lost: 0, continuing: 1 }],
    ['disjoint periods', [['a', 'b']], [['c', 'd']], { new: 1, lost: 1, continuing: 0 }],
  ];
  for (const [what, a, b, counts] of rows) {
    it(what, () => expect(diffNetworks(net(a), net(b)).counts).toEqual(counts));
  }
  it('reports who gained centrality', () => {
    const d = diffNetworks(net([['a', 'b'], ['c', 'd']]), net([['a', 'b'], ['a', 'c'], ['a', 'd']]));
    expect(d.centrality[0].id).toBe('a');
    expect(d.centrality[0].delta).toBeGreaterThan(0);
  });
});

describe('applyViewFilters', () => {
  const el: Elements = {
    nodes: ['a', 'b', 'c', 'lone'].map(node),
    edges: [edge('a', 'b', { planned: false, sources: ['d1'] }), edge('b', 'c', { planned: true, sources: ['d1', 'd2'] })],
  };
  const f = defaultViewState().filters;
  const rows: [string, Partial<typeof f>, string[], string[]][] = [
    ['no filter keeps all', {}, ['a-b', 'b-c'], ['a', 'b', 'c', 'lone']],
    ['done only', { planned: 'exclude' }, ['a-b'], ['a', 'b', 'lone']],
    ['planned only', { planned: 'only' }, ['b-c'], ['b', 'c', 'lone']],
    ['single-source', { sources: 'single' }, ['a-b'], ['a', 'b', 'lone']],
    ['multi-source', { sources: 'multi' }, ['b-c'], ['b', 'c', 'lone']],
    ['done and multi-source: nothing', { planned: 'exclude', sources: 'multi' }, [], ['lone']],
  ];
  for (const [what, patch, edges, nodes] of rows) {
    it(what, () => {
      const out = applyViewFilters(el, { ...f, ...patch });
      expect(out.edges.map((e) => e.data.id)).toEqual(edges);
      expect(out.nodes.map((n) => n.data.id)).toEqual(nodes);
    });
  }
});

describe('mergeElements', () => {
  it('unions by id, first wins', () => {
    const m = mergeElements(net([['a', 'b']]), net([['a', 'b'], ['b', 'c']]));
    expect(m.nodes.map((n) => n.data.id)).toEqual(['a', 'b', 'c']);
    expect(m.edges).toHaveLength(2);
  });
});

describe('layoutOptions', () => {
  const rows: [string, number, Record<string, unknown>][] = [
    ['small fcose', 50, { quality: 'default', animate: false }],
    ['large fcose drops to draft', LARGE_GRAPH_NODES + 1, { quality: 'draft', animate: false }],
  ];
  for (const [what, n, expected] of rows) it(what, () => expect(layoutOptions('fcose', n)).toMatchObject(expected));
  it('refining existing positions uses proof quality', () => expect(layoutOptions('fcose', 10, { randomize: false })).toMatchObject({ quality: 'proof', randomize: false }));
  for (const name of ['concentric', 'breadthfirst', 'circle'] as const) {
    it(`${name} is named and not animated`, () => expect(layoutOptions(name, 10)).toMatchObject({ name, animate: false }));
  }
});

describe('decorate', () => {
  it('sizes the best-connected node largest and keeps weights as widths', () => {
    const d = decorate(net([['a', 'b'], ['a', 'c'], ['a', 'd']]));
    const size = (id: string) => d.nodes.find((n) => n.data.id === id)!.data.size as number;
    expect(size('a')).toBe(NODE_SIZE.max);
    expect(size('b')).toBeLessThan(size('a'));
  });
});

describe('continuousMonths', () => {
  const rows: [string, { month: string; count: number }[], string[]][] = [
    ['empty', [], []],
    ['fills gaps', [{ month: '2019-11', count: 2 }, { month: '2020-02', count: 1 }], ['2019-11', '2019-12', '2020-01', '2020-02']],
    ['sorts and drops undated', [{ month: '2020-01', count: 1 }, { month: 'unknown', count: 4 }, { month: '2019-12', count: 1 }], ['2019-12', '2020-01']],
  ];
  for (const [what, input, months] of rows) it(what, () => expect(continuousMonths(input).map((m) => m.month)).toEqual(months));
});
