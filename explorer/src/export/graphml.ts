// GraphML writer (graphology-graphml only reads). Keys are declared per attribute with its type, and
// layout positions travel as x/y so Gephi or yEd open the file as it looked on screen.
import { factAttributes, type ViewSnapshot } from './snapshot.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type AttrType = 'string' | 'double' | 'boolean';
const typeOf = (v: unknown): AttrType => (typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string');

function collectKeys(rows: Record<string, string | number | boolean>[]): Map<string, AttrType> {
  const keys = new Map<string, AttrType>();
  for (const r of rows) {
    for (const [k, v] of Object.entries(r)) {
      const t = typeOf(v);
      const prev = keys.get(k);
      keys.set(k, prev && prev !== t ? 'string' : t);
    }
  }
  return keys;
}

export function toGraphML(view: ViewSnapshot): string {
  const nodeAttrs = view.nodes.map((n) => ({ ...factAttributes(n.data), x: n.x, y: n.y }));
  const edgeAttrs = view.edges.map((e) => factAttributes(e.data));
  const nodeKeys = collectKeys(nodeAttrs);
  const edgeKeys = collectKeys(edgeAttrs);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [k, t] of nodeKeys) lines.push(`  <key id="n_${esc(k)}" for="node" attr.name="${esc(k)}" attr.type="${t}"/>`);
  for (const [k, t] of edgeKeys) lines.push(`  <key id="e_${esc(k)}" for="edge" attr.name="${esc(k)}" attr.type="${t}"/>`);
  lines.push(`  <graph id="${esc(view.title)}" edgedefault="undirected">`);
  view.nodes.forEach((n, i) => {
    lines.push(`    <node id="${esc(n.id)}">`);
    for (const [k, v] of Object.entries(nodeAttrs[i])) lines.push(`      <data key="n_${esc(k)}">${esc(String(v))}</data>`);
    lines.push('    </node>');
  });
  view.edges.forEach((e, i) => {
    lines.push(`    <edge id="${esc(e.id)}" source="${esc(e.source)}" target="${esc(e.target)}">`);
    for (const [k, v] of Object.entries(edgeAttrs[i])) lines.push(`      <data key="e_${esc(k)}">${esc(String(v))}</data>`);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n');
}
