// GraphML text from a graphology graph (graphology-graphml only parses, so the writer is ours). Keys are
// declared per attribute with the type their values share; graphology-graphml reads the file back.
import type Graph from 'graphology';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // XML 1.0 cannot carry most control characters, even escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

type AttrType = 'string' | 'double' | 'boolean';

function typeOf(v: unknown): AttrType {
  return typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string';
}

function keysOf(entries: Iterable<Record<string, unknown>>): Map<string, AttrType> {
  const keys = new Map<string, AttrType>();
  for (const attrs of entries) {
    for (const [k, v] of Object.entries(attrs)) {
      const t = typeOf(v);
      const seen = keys.get(k);
      keys.set(k, seen && seen !== t ? 'string' : t);
    }
  }
  return keys;
}

export function writeGraphml(graph: Graph): string {
  const nodeKeys = keysOf(graph.mapNodes((_n, a) => a));
  const edgeKeys = keysOf(graph.mapEdges((_e, a) => a));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [k, t] of nodeKeys) lines.push(`  <key id="n_${esc(k)}" for="node" attr.name="${esc(k)}" attr.type="${t}"/>`);
  for (const [k, t] of edgeKeys) lines.push(`  <key id="e_${esc(k)}" for="edge" attr.name="${esc(k)}" attr.type="${t}"/>`);
  lines.push(`  <graph id="G" edgedefault="${graph.type === 'undirected' ? 'undirected' : 'directed'}">`);
  graph.forEachNode((node, attrs) => {
    const data = Object.entries(attrs).map(([k, v]) => `<data key="n_${esc(k)}">${esc(String(v))}</data>`).join('');
    lines.push(`    <node id="${esc(node)}">${data}</node>`);
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    const data = Object.entries(attrs).map(([k, v]) => `<data key="e_${esc(k)}">${esc(String(v))}</data>`).join('');
    lines.push(`    <edge id="${esc(edge)}" source="${esc(source)}" target="${esc(target)}">${data}</edge>`);
  });
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}
