// CSV of a network: one row per edge with both ends named, so a spreadsheet needs no join. RFC 4180
// quoting; cells that a spreadsheet would run as a formula are prefixed with a quote.
import type { Elements } from '../graph/elements.ts';

function cell(v: unknown): string {
  let s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeCsv(elements: Elements): string {
  const names = new Map(elements.nodes.map((n) => [n.data.id, n.data]));
  const header = ['id', 'type', 'source', 'source_name', 'source_label', 'target', 'target_name', 'target_label', 'weight', 'meeting_ids', 'sources'];
  const rows = elements.edges.map(({ data: e }) => [
    e.id, e.type, e.source, names.get(e.source)?.name, names.get(e.source)?.label, e.target, names.get(e.target)?.name,
    names.get(e.target)?.label, e.weight ?? 1, e.meetingIds, e.sources,
  ]);
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
