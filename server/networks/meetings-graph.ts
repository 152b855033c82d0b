// Who met whom, from meetings and their participants: one MET edge per pair of participants, weighted by
// the number of meetings, with their ids; nodes carry degree and degree centrality. Pure.
import type { Elements } from '../graph/elements.ts';
import { ElementsBuilder } from '../graph/elements.ts';

export interface MeetingRow {
  id: string;
  title?: string | null;
  date: string | null;
  planned: boolean;
  docId: string | null;
  participants: { id: string; name: string; label: string; side?: string | null; kind?: string | null; mentionCount?: number | null }[];
}

export interface MeetingsGraph {
  elements: Elements;
  histogram: { month: string; count: number }[];
  meetings: number;
  truncated: boolean;
}

/** Pair edge id, the same whichever participant comes first. */
export function metEdgeId(a: string, b: string): string {
  return a < b ? `met:${a}|${b}` : `met:${b}|${a}`;
}

export function meetingsGraph(rows: readonly MeetingRow[], opts: { min: number; edgeCap: number; truncated: boolean }): MeetingsGraph {
  const pairs = new Map<string, { source: string; target: string; meetingIds: string[]; planned: number; sources: Set<string> }>();
  const months = new Map<string, number>();
  const people = new Map<string, MeetingRow['participants'][number]>();
  for (const m of rows) {
    if (m.date && m.date.length >= 7) months.set(m.date.slice(0, 7), (months.get(m.date.slice(0, 7)) ?? 0) + 1);
    const ps = [...new Map(m.participants.map((p) => [p.id, p])).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const p of ps) people.set(p.id, p);
    for (let i = 0; i < ps.length; i++) {
      for (let j = i + 1; j < ps.length; j++) {
        const id = metEdgeId(ps[i].id, ps[j].id);
        const pair = pairs.get(id) ?? { source: ps[i].id, target: ps[j].id, meetingIds: [], planned: 0, sources: new Set<string>() };
        pair.meetingIds.push(m.id);
        if (m.planned) pair.planned++;
        if (m.docId) pair.sources.add(m.docId);
        pairs.set(id, pair);
      }
    }
  }
  const kept = [...pairs.entries()]
    .filter(([, p]) => p.meetingIds.length >= opts.min)
    .sort((a, b) => b[1].meetingIds.length - a[1].meetingIds.length || (a[0] < b[0] ? -1 : 1));
  const truncated = opts.truncated || kept.length > opts.edgeCap;
  const edges = kept.slice(0, opts.edgeCap);
  const degree = new Map<string, number>();
  const strength = new Map<string, number>();
  for (const [, p] of edges) {
    for (const end of [p.source, p.target]) {
      degree.set(end, (degree.get(end) ?? 0) + 1);
      strength.set(end, (strength.get(end) ?? 0) + p.meetingIds.length);
    }
  }
  // With min=1 everyone who took part is shown, even alone; above it only people on a kept edge.
  const nodeIds = opts.min <= 1 && !truncated ? [...people.keys()] : [...degree.keys()];
  const n = nodeIds.length;
  const b = new ElementsBuilder();
  for (const id of nodeIds) {
    const p = people.get(id)!;
    b.addNode({
      id, label: p.label, name: p.name, side: p.side ?? 'unknown',
      ...(p.kind ? { kind: p.kind } : {}), ...(p.mentionCount != null ? { mentionCount: p.mentionCount } : {}),
      degree: degree.get(id) ?? 0, weightedDegree: strength.get(id) ?? 0,
      centrality: n > 1 ? (degree.get(id) ?? 0) / (n - 1) : 0,
    });
  }
  for (const [id, p] of edges) {
    b.addEdge({
      id, source: p.source, target: p.target, type: 'MET', weight: p.meetingIds.length, meetingIds: p.meetingIds,
      planned: p.planned === p.meetingIds.length, plannedCount: p.planned, sources: [...p.sources].sort(),
    });
  }
  return {
    elements: b.build(),
    histogram: [...months.entries()].sort().map(([month, count]) => ({ month, count })),
    meetings: rows.length,
    truncated,
  };
}
