// The pure parts of drawing a large graph: the seed layout, the size cap, fitting by positions and
// the large-graph stylesheet (labels by zoom level, cheap edges). Table-driven where there are cases.
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/explorer-page/generate-graph.ts';
import type { Elements } from '../../explorer/src/api/types.ts';
import { isLargeGraph, NODE_CAP, PROGRESSIVE_LAYOUT_MIN_NODES } from '../../explorer/src/graph/graph-size.ts';
import { degrees } from '../../explorer/src/graph/node-metric.ts';
import { boundsOf, mapInto, viewportFor } from '../../explorer/src/graph/position-bounds.ts';
import { SEED_SPACING, seedPositions } from '../../explorer/src/graph/seed-layout.ts';
import { capElements } from '../../explorer/src/graph/size-cap.ts';
import { stylesheet } from '../../explorer/src/graph/styles.ts';

const graphOf = (e: Elements) => ({ nodes: e.nodes.map((n) => n.data), edges: e.edges.map((x) => x.data) });
const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('seedPositions', () => {
  const sizes = [1, 2, 50, 500, 2000];
  for (const n of sizes) {
    it(`${n} nodes: every node placed once, finite, apart from the others, the same on every run`, () => {
      const g = generateGraph(n);
      const pos = seedPositions(graphOf(g));
      expect(pos.size).toBe(n);
      const points = [...pos.values()];
      expect(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
      // No two nodes share a spot (a spiral point per node, components side by side).
      expect(new Set(points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(n);
      expect([...seedPositions(graphOf(g))]).toEqual([...pos]);
    });
  }

  it('puts a hub in the middle with its neighbours closer than the rest', () => {
    const g = generateGraph(500);
    const pos = seedPositions(graphOf(g));
    const deg = degrees(g);
    const hub = [...deg].sort((a, b) => b[1] - a[1])[0][0];
    const nbrs = new Set(g.edges.flatMap((e) => (e.data.source === hub ? [e.data.target] : e.data.target === hub ? [e.data.source] : [])));
    const mean = (ids: string[]) => ids.reduce((s, id) => s + dist(pos.get(id)!, pos.get(hub)!), 0) / ids.length;
    const others = g.nodes.map((n) => n.data.id).filter((id) => id !== hub && !nbrs.has(id));
    expect(mean([...nbrs])).toBeLessThan(mean(others));
  });

  it('keeps separate components apart', () => {
    const two: Elements = {
      nodes: ['a', 'a1', 'a2', 'b', 'b1'].map((id) => ({ data: { id, label: 'Person', name: id } })),
      edges: [['a', 'a1'], ['a', 'a2'], ['b', 'b1']].map(([s, t]) => ({ data: { id: `${s}-${t}`, source: s, target: t, type: 'MET' } })),
    };
    const pos = seedPositions(graphOf(two));
    const gap = Math.min(...['a', 'a1', 'a2'].flatMap((x) => ['b', 'b1'].map((y) => dist(pos.get(x)!, pos.get(y)!))));
    expect(gap).toBeGreaterThanOrEqual(SEED_SPACING);
  });
});

describe('capElements', () => {
  const rows: [number, number, number][] = [
    // [nodes, cap, shown]
    [10, 20, 10],
    [20, 20, 20],
    [600, 200, 200],
    [NODE_CAP + 1, NODE_CAP, NODE_CAP],
  ];
  for (const [n, cap, shown] of rows) {
    it(`${n} nodes, cap ${cap}: shows ${shown}, the best-connected, with only their edges`, () => {
      const g = generateGraph(n);
      const c = capElements(g, cap);
      expect(c).toMatchObject({ total: n, shown });
      expect(c.elements.nodes.length).toBe(shown);
      const kept = new Set(c.elements.nodes.map((x) => x.data.id));
      expect(c.elements.edges.every((e) => kept.has(e.data.source) && kept.has(e.data.target))).toBe(true);
      const deg = degrees(g);
      const minKept = Math.min(...[...kept].map((id) => deg.get(id) ?? 0));
      const maxDropped = Math.max(0, ...g.nodes.filter((x) => !kept.has(x.data.id)).map((x) => deg.get(x.data.id) ?? 0));
      expect(minKept).toBeGreaterThanOrEqual(maxDropped);
    });
  }
});

describe('fitting by positions', () => {
  const rows: [string, { x: number; y: number }[], number, number][] = [
    // [case, points, screen width, height]
    ['wide graph', [{ x: -5000, y: 0 }, { x: 5000, y: 10 }, { x: 0, y: 300 }], 1280, 800],
    ['tall graph', [{ x: 0, y: -900 }, { x: 40, y: 900 }], 1280, 720],
    ['one node', [{ x: 12, y: 34 }], 1280, 800],
  ];
  const zoom = { min: 0.05, max: 4 };
  for (const [name, points, w, h] of rows) {
    it(`${name}: every point lands inside the padded screen`, () => {
      const vp = viewportFor(boundsOf(points, 10)!, w, h, 30, zoom);
      for (const p of points) {
        const sx = p.x * vp.zoom + vp.pan.x;
        const sy = p.y * vp.zoom + vp.pan.y;
        expect(sx).toBeGreaterThanOrEqual(0);
        expect(sx).toBeLessThanOrEqual(w);
        expect(sy).toBeGreaterThanOrEqual(0);
        expect(sy).toBeLessThanOrEqual(h);
      }
      expect(vp.zoom).toBeGreaterThanOrEqual(zoom.min);
      expect(vp.zoom).toBeLessThanOrEqual(zoom.max);
    });
  }

  it('mapInto scales refined positions into the seed box, keeping their shape', () => {
    const target = { x1: 0, y1: 0, x2: 100, y2: 100 };
    const out = mapInto([{ x: -10, y: -5 }, { x: 30, y: 5 }, { x: 10, y: 0 }], target);
    const b = boundsOf(out)!;
    expect(b.x1).toBeCloseTo(0);
    expect(b.x2).toBeCloseTo(100);
    expect((b.y1 + b.y2) / 2).toBeCloseTo(50);
    expect(out[2]).toEqual({ x: 50, y: 50 });
  });
});

describe('large-graph stylesheet', () => {
  const nodeLabel = (s: ReturnType<typeof stylesheet>, selector: string) => s.find((x) => x.selector === selector)?.style.label;
  const rows: [string, { large: boolean; labelScale: number; presentation?: boolean }, string][] = [
    // [case, options, label of a minor node]
    ['small graph at overview', { large: false, labelScale: 5 }, 'data(display)'],
    ['large graph at overview', { large: true, labelScale: 5 }, ''],
    ['large graph zoomed to natural size', { large: true, labelScale: 1 }, 'data(display)'],
    ['large graph just too far out for 11 px labels', { large: true, labelScale: 1.3 }, ''],
    ['large graph in presentation (15 px) at the same zoom', { large: true, labelScale: 1.3, presentation: true }, 'data(display)'],
  ];
  for (const [name, o, label] of rows) {
    it(`${name}: minor label ${JSON.stringify(label)}, hubs and selection always labelled`, () => {
      const s = stylesheet({ presentation: o.presentation ?? false, labelScale: o.labelScale, large: o.large });
      expect(nodeLabel(s, 'node')).toBe(label);
      expect(nodeLabel(s, 'node[?major]')).toBe('data(display)');
      expect(nodeLabel(s, 'node:selected, node.focus-root, node.emph')).toBe('data(display)');
      expect(s.find((x) => x.selector === 'edge')?.style['curve-style']).toBe(o.large ? 'haystack' : 'bezier');
    });
  }

  it('switches to the large variant at PROGRESSIVE_LAYOUT_MIN_NODES', () => {
    expect([PROGRESSIVE_LAYOUT_MIN_NODES - 1, PROGRESSIVE_LAYOUT_MIN_NODES].map(isLargeGraph)).toEqual([false, true]);
  });
});

describe('applyStyle', () => {
  it('re-applies the stylesheet only when presentation, label scale or size class changed', async () => {
    const cytoscape = (await import('cytoscape')).default;
    const { applyStyle } = await import('../../explorer/src/graph/apply-style.ts');
    const cy = cytoscape({ headless: true, styleEnabled: true });
    let applied = 0;
    const original = cy.style.bind(cy);
    (cy as unknown as { style: (s?: unknown) => unknown }).style = (s?: unknown) => { if (s !== undefined) applied++; return original(s as never); };
    const rows: [string, () => void, number][] = [
      // [step, action, stylesheets applied so far]
      ['first call', () => applyStyle(cy, false), 1],
      ['same state', () => applyStyle(cy, false), 1],
      ['presentation on', () => applyStyle(cy, true), 2],
      ['zoomed out (label scale changes)', () => { cy.zoom(0.2); applyStyle(cy, true); }, 3],
      ['a large graph', () => applyStyle(cy, true, PROGRESSIVE_LAYOUT_MIN_NODES), 4],
      ['same again', () => applyStyle(cy, true, PROGRESSIVE_LAYOUT_MIN_NODES), 4],
    ];
    for (const [step, act, expected] of rows) {
      act();
      expect(applied, step).toBe(expected);
    }
    cy.destroy();
  });
});
