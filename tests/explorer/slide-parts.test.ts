// Slide furniture: legend swatches keep the graph's shapes; source lists stay within the slide.
import { describe, expect, it } from 'vitest';
import { sourceLines, swatch } from '../../explorer/src/graph/legend-shapes.ts';

describe('swatch', () => {
  const rows: [string, string, number | 'circle' | 'line'][] = [
    ['person ellipse', 'ellipse', 'circle'],
    ['institution square', 'round-rectangle', 4],
    ['country hexagon', 'hexagon', 6],
    ['agreement diamond', 'diamond', 4],
    ['declaration star', 'star', 10],
    ['tie line', 'line', 'line'],
    ['unknown shape falls back to a circle', 'blob', 'circle'],
  ];
  for (const [what, shape, expected] of rows) {
    it(what, () => {
      const s = swatch(shape, 0, 0, 8);
      expect(s.kind === 'polygon' ? s.points.length : s.kind).toBe(expected);
    });
  }
});

describe('sourceLines', () => {
  const rows: [string, string[], string[]][] = [
    ['none', [], ['Sources (0):', '• none']],
    ['two', ['A', 'B'], ['Sources (2):', '• A', '• B']],
    ['more than the maximum are counted', ['A', 'B', 'C'], ['Sources (3):', '• A', '• B', '• and 1 more']],
    ['long titles are cut', ['abcdefghij'], ['Sources (1):', '• abcd…']],
  ];
  for (const [what, input, expected] of rows) it(what, () => expect(sourceLines(input, 2, 5)).toEqual(expected));
});
