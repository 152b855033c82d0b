// Legend swatch geometry for slides, so a hexagon in the graph is a hexagon in the legend. Pure.
export type Swatch = { kind: 'circle' } | { kind: 'line' } | { kind: 'polygon'; points: [number, number][] };

function regular(n: number, cx: number, cy: number, r: number, rotate = 0): [number, number][] {
  return Array.from({ length: n }, (_, i) => {
    const a = rotate + (2 * Math.PI * i) / n;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
}

export function swatch(shape: string, cx: number, cy: number, r: number): Swatch {
  switch (shape) {
    case 'line': return { kind: 'line' };
    case 'rectangle': case 'round-rectangle': case 'barrel': case 'tag':
      return { kind: 'polygon', points: [[cx - r, cy - r], [cx + r, cy - r], [cx + r, cy + r], [cx - r, cy + r]] };
    case 'diamond': case 'round-diamond': return { kind: 'polygon', points: regular(4, cx, cy, r * 1.2, -Math.PI / 2) };
    case 'hexagon': case 'concave-hexagon': return { kind: 'polygon', points: regular(6, cx, cy, r * 1.1) };
    case 'pentagon': return { kind: 'polygon', points: regular(5, cx, cy, r * 1.1, -Math.PI / 2) };
    case 'octagon': return { kind: 'polygon', points: regular(8, cx, cy, r * 1.1, Math.PI / 8) };
    case 'triangle': return { kind: 'polygon', points: regular(3, cx, cy, r * 1.2, -Math.PI / 2) };
    case 'rhomboid': return { kind: 'polygon', points: [[cx - r * 0.6, cy - r], [cx + r * 1.2, cy - r], [cx + r * 0.6, cy + r], [cx - r * 1.2, cy + r]] };
    case 'star': return { kind: 'polygon', points: Array.from({ length: 10 }, (_, i) => {
      const a = -Math.PI / 2 + (Math.PI * i) / 5;
      const rr = i % 2 ? r * 0.5 : r * 1.2;
      return [cx + rr * Math.cos(a), cy + rr * Math.sin(a)] as [number, number];
    }) };
    default: return { kind: 'circle' };
  }
}

/** Source lines for a slide: one per document, long titles cut, the rest counted. */
export function sourceLines(sources: string[], max: number, maxChars: number): string[] {
  const cut = (s: string) => (s.length > maxChars ? `${s.slice(0, maxChars - 1).trimEnd()}…` : s);
  const lines = sources.slice(0, max).map((s) => `• ${cut(s)}`);
  if (sources.length > max) lines.push(`• and ${sources.length - max} more`);
  return [`Sources (${sources.length}):`, ...(lines.length ? lines : ['• none'])];
}
