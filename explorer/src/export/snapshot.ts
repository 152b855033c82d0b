// What the screen shows, as plain data: visible nodes with positions, visible edges between them.
// Every file export is made from this, so a file never contains what a filter or "hide" removed.
export interface SnapshotNode { id: string; data: Record<string, unknown>; x: number; y: number }
export interface SnapshotEdge { id: string; source: string; target: string; data: Record<string, unknown> }
export interface ViewSnapshot {
  title: string;
  /** Date window shown, human-readable ("2019-01 – 2020-12", "all dates"). */
  dateRange: string;
  /** Documents the visible facts come from. */
  sources: string[];
  nodes: SnapshotNode[];
  edges: SnapshotEdge[];
}

/** Data keys that are display helpers of the explorer, not facts; kept out of files. */
export const DISPLAY_KEYS = new Set(['size', 'width', 'display', 'sourceCount', 'major', 'sizeMetric']);

export function factAttributes(data: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(data)) {
    if (DISPLAY_KEYS.has(k) || v === undefined || v === null) continue;
    if (k === 'id' || k === 'source' || k === 'target') continue;
    out[k] = Array.isArray(v) ? v.join(';') : typeof v === 'object' ? JSON.stringify(v) : (v as string | number | boolean);
  }
  return out;
}
