// Node size by degree, betweenness or PageRank; how many labels show at overview zoom; fcose
// spacing by graph size; compare-period defaults from the histogram. All pure, table-driven.
import { describe, expect, it } from 'vitest';
import type { Elements } from '../../explorer/src/api/types.ts';
import { decorate, labelledCount, ALWAYS_LABELLED, LABELLED_INSTRUMENTS, LABELLED_PARTIES, NODE_SIZE } from '../../explorer/src/graph/decorate.ts';
import { nodeMetric, type SizeMetric } from '../../explorer/src/graph/node-metric.ts';
import { layoutOptions, spacingFactor } from '../../explorer/src/graph/layouts.ts';
import { defaultCompareWindows } from '../../explorer/src/views/compare-defaults.ts';

const net = (pairs: [string, string][], label = 'Person'): Elements => ({
  nodes: [...new Set(pairs.flat())].map((id) => ({ data: { id, label, name: id } })),
  edges: pairs.map(([s, t]) => ({ data: { id: `${s}-${t}`, source: s, target: t, type: 'MET' } })),
});
// Two groups of four, each all met each other, joined through b: a and c have the most partners,
// b the broker role (every path between the groups runs through it).
const clique = (ids: string[]) => ids.flatMap((x, i) => ids.slice(i + 1).map((y) => [x, y] as [string, string]));
const bridged = net([...clique(['a', 'a1', 'a2', 'a3']), ['a', 'b'], ['b', 'c'], ...clique(['c', 'c1', 'c2', 'c3'])]);

describe('nodeMetric', () => {
  const rows: [SizeMetric, string, string][] = [
    // [metric, node expected highest, node expected lower]
    ['degree', 'a', 'b'],
    ['betweenness', 'b', 'a1'],
    ['pagerank', 'a', 'a1'],
  ];
  for (const [metric, high, low] of rows) {
    it(`${metric}: ${high} above ${low}`, () => {
      const m = nodeMetric(bridged, metric);
      expect(m.get(high)!).toBeGreaterThan(m.get(low)!);
      expect(m.size).toBe(bridged.nodes.length);
    });
  }
  it('betweenness puts the bridge at the top, degree does not', () => {
    const b = nodeMetric(bridged, 'betweenness');
    expect(Math.max(...b.values())).toBe(b.get('b'));
    const d = nodeMetric(bridged, 'degree');
    expect(d.get('b')).toBeLessThan(d.get('a')!);
  });
  it('a graph without ties gives zeros, not NaN', () => {
    const lone: Elements = { nodes: [{ data: { id: 'x', label: 'Person', name: 'x' } }], edges: [] };
    expect([...nodeMetric(lone, 'pagerank').values()]).toEqual([0]);
  });
});

describe('decorate sizeBy', () => {
  const size = (el: Elements, id: string) => el.nodes.find((n) => n.data.id === id)!.data.size as number;
  it('betweenness makes the bridge the largest node; degree makes it smaller than the hubs', () => {
    expect(size(decorate(bridged, { sizeBy: 'betweenness' }), 'b')).toBe(NODE_SIZE.max);
    expect(size(decorate(bridged, { sizeBy: 'degree' }), 'b')).toBeLessThan(size(decorate(bridged), 'a'));
  });
});

describe('labels at overview zoom', () => {
  const rows: [number, number][] = [[5, ALWAYS_LABELLED.min], [100, ALWAYS_LABELLED.min], [160, 10], [176, 11], [1000, ALWAYS_LABELLED.max]];
  for (const [n, expected] of rows) it(`${n} nodes -> ${expected} labels`, () => expect(labelledCount(n)).toBe(expected));

  it('only the best-connected nodes are marked major', () => {
    const star = net(Array.from({ length: 200 }, (_, i) => [`hub${i % 20}`, `leaf${i}`] as [string, string]));
    const major = decorate(star).nodes.filter((n) => n.data.major).map((n) => n.data.id);
    expect(major.length).toBe(labelledCount(star.nodes.length));
    expect(major.every((id) => id.startsWith('hub'))).toBe(true);
  });

  it('agreements: a few instruments and the main parties are labelled', () => {
    const parties = Array.from({ length: 30 }, (_, i) => `country:c${i}`);
    const el: Elements = {
      nodes: [...parties.map((id) => ({ data: { id, label: 'Country', name: id } })),
        ...Array.from({ length: 60 }, (_, i) => ({ data: { id: `instrument:i${i}`, label: 'Instrument', name: `I${i}` } }))],
      edges: Array.from({ length: 60 }, (_, i) => ({ data: { id: `e${i}`, source: parties[i % 30], target: `instrument:i${i}`, type: 'PARTY_TO' } })),
    };
    const major = decorate(el).nodes.filter((n) => n.data.major);
    expect(major.filter((n) => n.data.label === 'Instrument').length).toBe(LABELLED_INSTRUMENTS);
    expect(major.filter((n) => n.data.label === 'Country').length).toBe(LABELLED_PARTIES);
  });
});

describe('fcose spacing', () => {
  const rows: [number, number][] = [[10, 1], [100, 1], [400, 2], [5000, 2]];
  for (const [n, f] of rows) it(`${n} nodes -> factor ${f}`, () => expect(spacingFactor(n)).toBeCloseTo(f));
  it('a bigger graph gets more repulsion', () => {
    expect(layoutOptions('fcose', 400).nodeRepulsion as number).toBeGreaterThan(layoutOptions('fcose', 50).nodeRepulsion as number);
  });
});

describe('defaultCompareWindows', () => {
  const hist = (counts: Record<string, number>) => Object.entries(counts).map(([month, count]) => ({ month, count }));
  const rows: [string, ReturnType<typeof hist>, number, ReturnType<typeof defaultCompareWindows>][] = [
    ['nothing dated', hist({ unknown: 3 }), 24, null],
    ['short corpus: its two halves', hist({ '2020-01': 1, '2020-04': 2 }), 24, { a: { from: '2020-01', to: '2020-02' }, b: { from: '2020-03', to: '2020-04' } }],
    ['busiest span wins over an early trickle', hist({ '2010-01': 1, '2019-01': 5, '2019-06': 5, '2019-12': 20 }), 6,
      { a: { from: '2019-07', to: '2019-09' }, b: { from: '2019-10', to: '2019-12' } }],
  ];
  for (const [what, h, span, expected] of rows) it(what, () => expect(defaultCompareWindows(h, span)).toEqual(expected));
});
