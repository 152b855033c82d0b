// GraphML text, the one writer behind both GraphML exports: the server's (server/export/graphml-writer.ts,
// from a graphology graph) and the explorer's (explorer/src/export/graphml.ts, from the view on screen).
// graphology-graphml only parses, so the writer is ours. Keys are declared per attribute with the type its
// values share (mixed types fall back to string), so Gephi and yEd read numbers as numbers; values are
// escaped, and the control characters XML 1.0 cannot carry even escaped are dropped. Pure.

export type GraphmlAttributes = Record<string, unknown>;

export interface GraphmlGraph {
  /** The `<graph id>`: a view's title, or a fixed name for a server export. */
  id: string;
  directed: boolean;
  nodes: { id: string; attributes: GraphmlAttributes }[];
  edges: { id: string; source: string; target: string; attributes: GraphmlAttributes }[];
}

type AttrType = 'string' | 'double' | 'boolean';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Characters XML 1.0 forbids in a document, escaped or not (tab, newline and carriage return are fine). */
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]).replace(FORBIDDEN_IN_XML, '');
}

function typeOf(v: unknown): AttrType {
  return typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string';
}

function keysOf(all: GraphmlAttributes[]): Map<string, AttrType> {
  const keys = new Map<string, AttrType>();
  for (const attrs of all) {
    for (const [k, v] of Object.entries(attrs)) {
      const t = typeOf(v);
      const seen = keys.get(k);
      keys.set(k, seen && seen !== t ? 'string' : t);
    }
  }
  return keys;
}

const dataOf = (prefix: 'n' | 'e', attrs: GraphmlAttributes) =>
  Object.entries(attrs).map(([k, v]) => `<data key="${prefix}_${escapeXml(k)}">${escapeXml(String(v))}</data>`).join('');

export function graphmlText(g: GraphmlGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [k, t] of keysOf(g.nodes.map((n) => n.attributes))) lines.push(`  <key id="n_${escapeXml(k)}" for="node" attr.name="${escapeXml(k)}" attr.type="${t}"/>`);
  for (const [k, t] of keysOf(g.edges.map((e) => e.attributes))) lines.push(`  <key id="e_${escapeXml(k)}" for="edge" attr.name="${escapeXml(k)}" attr.type="${t}"/>`);
  lines.push(`  <graph id="${escapeXml(g.id)}" edgedefault="${g.directed ? 'directed' : 'undirected'}">`);
  for (const n of g.nodes) lines.push(`    <node id="${escapeXml(n.id)}">${dataOf('n', n.attributes)}</node>`);
  for (const e of g.edges) {
    lines.push(`    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">${dataOf('e', e.attributes)}</edge>`);
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
