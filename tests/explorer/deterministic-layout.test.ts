// The same graph is drawn the same way every time: fcose's random start is seeded from the node ids
// (explorer/src/graph/deterministic-layout.ts), so a view opened twice, or a permalink without positions
// opened by a colleague, shows the same picture at the same fitted zoom.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/explorer-page/generate-graph.ts';
import { runLayout } from '../../explorer/src/graph/run-layout.ts';
import { graphSeed, seededRandom, withSeededRandom } from '../../explorer/src/graph/deterministic-layout.ts';
import type { Elements } from '../../explorer/src/api/types.ts';

cytoscape.use(fcose);

describe('graphSeed', () => {
  const rows: [string, string[], string[], boolean][] = [
    ['order does not matter', ['a', 'b', 'c'], ['c', 'a', 'b'], true],
    ['one more node changes it', ['a', 'b'], ['a', 'b', 'c'], false],
    ['ids are not run together', ['ab', 'c'], ['a', 'bc'], false],
    ['a renamed node changes it', ['country:rs', 'person:x'], ['country:rs', 'person:y'], false],
  ];
  for (const [what, a, b, same] of rows) {
    it(what, () => expect(graphSeed(a) === graphSeed(b)).toBe(same));
  }
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed, differs between seeds, stays in [0, 1)', () => {
    const take = (seed: number) => { const r = seededRandom(seed); return Array.from({ length: 1000 }, () => r()); };
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
    const xs = take(7);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    // Roughly uniform: a tenth of the draws in each tenth of the range, give or take.
    for (let k = 0; k < 10; k++) expect(xs.filter((x) => x >= k / 10 && x < (k + 1) / 10).length).toBeGreaterThan(60);
  });
});

describe('withSeededRandom', () => {
  it('seeds Math.random for the run only, and restores it after a throw', () => {
    const original = Math.random;
    const a = withSeededRandom(5, () => [Math.random(), Math.random()]);
    expect(withSeededRandom(5, () => [Math.random(), Math.random()])).toEqual(a);
    expect(Math.random).toBe(original);
    expect(() => withSeededRandom(5, () => { throw new Error('layout failed'); })).toThrow('layout failed');
    expect(Math.random).toBe(original);
  });
});

describe('runLayout (fcose) on a headless graph', () => {
  const layOut = (g: Elements, reversed: boolean) => {
    const nodes = g.nodes.map((n) => ({ group: 'nodes' as const, data: n.data }));
    const edges = g.edges.map((e) => ({ group: 'edges' as const, data: e.data }));
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: reversed ? [...[...nodes].reverse(), ...[...edges].reverse()] : [...nodes, ...edges] });
    runLayout(cy, 'fcose');
    const out = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    cy.destroy();
    return out;
  };

  it('places every node of the same graph at the same spot, whatever order the elements came in', () => {
    const g = generateGraph(120);
    const first = layOut(g, false);
    const again = layOut(g, true);
    expect(first.size).toBe(120);
    for (const [id, p] of first) {
      expect(again.get(id)!.x).toBeCloseTo(p.x, 6);
      expect(again.get(id)!.y).toBeCloseTo(p.y, 6);
    }
  });

  it('draws a different graph differently (the seed follows the graph)', () => {
    const a = layOut(generateGraph(120), false);
    const g = generateGraph(120);
    const renamed: Elements = {
      nodes: g.nodes.map((n) => ({ ...n, data: { ...n.data, id: `x${n.data.id}` } })),
      edges: g.edges.map((e) => ({ ...e, data: { ...e.data, id: `x${e.data.id}`, source: `x${e.data.source}`, target: `x${e.data.target}` } })),
    };
    const b = layOut(renamed, false);
    const moved = [...a].filter(([id, p]) => Math.hypot(b.get(`x${id}`)!.x - p.x, b.get(`x${id}`)!.y - p.y) > 1).length;
    expect(moved).toBeGreaterThan(0);
  });
});
