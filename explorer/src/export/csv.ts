// CSV export: one table of edges with both ends named, which is what spreadsheets want; nodes
// follow as a second table after a blank line.
import { factAttributes, type ViewSnapshot } from './snapshot.ts';

function cell(v: unknown): string {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function table(rows: Record<string, unknown>[], fixed: string[]): string[] {
  const extra = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => !fixed.includes(k)).sort();
  const cols = [...fixed, ...extra];
  return [cols.join(','), ...rows.map((r) => cols.map((c) => cell(r[c])).join(','))];
}

export function toCsv(view: ViewSnapshot): string {
  const names = new Map(view.nodes.map((n) => [n.id, String(n.data.name ?? n.id)]));
  const edges = view.edges.map((e) => ({
    source: e.source, source_name: names.get(e.source) ?? '', target: e.target, target_name: names.get(e.target) ?? '',
    ...factAttributes(e.data),
  }));
  const nodes = view.nodes.map((n) => ({ id: n.id, ...factAttributes(n.data), x: n.x, y: n.y }));
  return [...table(edges, ['source', 'source_name', 'target', 'target_name']), '', ...table(nodes, ['id', 'name', 'label'])].join('\n');
}
