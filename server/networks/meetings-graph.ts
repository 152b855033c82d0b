// Who met whom, from meetings and their participants: one MET edge per pair of participants, weighted by
// the number of meetings, with their ids; nodes carry degree and degree centrality. Pure. A one-year window
// at 100x is ~4,500 meetings and ~2,500 pairs, so the loops allocate only what the answer keeps.
import type { EdgeData, Elements, NodeData } from '../graph/elements.ts';
import type { Side } from '../../model/graph-model.ts';

export interface MeetingRow {
  id: string;
  title?: string | null;
  date: string | null;
  planned: boolean;
  docId: string | null;
  participants: { id: string; name: string; label: string; side?: Side | null; kind?: string | null; mentionCount?: number | null }[];
}

export type Participant = MeetingRow['participants'][number];

export interface MeetingsGraph {
  elements: Elements;
  histogram: { month: string; count: number }[];
  meetings: number;
  truncated: boolean;
}

interface Pair {
  source: string;
  target: string;
  meetingIds: string[];
  planned: number;
  /** Document ids as met, repeats possible; sorted and made unique once at the end. */
  sources: string[];
}

/** Pair edge id, the same whichever participant comes first. */
export function metEdgeId(a: string, b: string): string {
  return a < b ? `met:${a}|${b}` : `met:${b}|${a}`;
}

const byId = (a: Participant, b: Participant): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Above this many participants a meeting's list is sorted with Array#sort; below, by insertion, which
 * allocates nothing (Array#sort allocates a work array per call: ~4 MB per one-year answer at 100x). */
const INSERTION_SORT_MAX = 16;

/** A meeting's participants by id, each once (the last row of an id wins). */
function distinctSorted(participants: readonly Participant[]): readonly Participant[] {
  const n = participants.length;
  if (n < 2) return participants;
  if (n === 2) {
    const [a, b] = participants;
    return a.id < b.id ? participants : a.id > b.id ? [b, a] : [b];
  }
  const sorted = participants.slice();
  if (n > INSERTION_SORT_MAX) sorted.sort(byId); // stable: equal ids keep their order
  else {
    for (let i = 1; i < n; i++) {
      const p = sorted[i];
      let j = i - 1;
      while (j >= 0 && sorted[j].id > p.id) sorted[j + 1] = sorted[j--];
      sorted[j + 1] = p;
    }
  }
  let kept = 0;
  for (let i = 0; i < n; i++) {
    if (kept > 0 && sorted[kept - 1].id === sorted[i].id) sorted[kept - 1] = sorted[i];
    else sorted[kept++] = sorted[i];
  }
  sorted.length = kept;
  return sorted;
}

function uniqueSorted(values: string[]): string[] {
  if (values.length < 2) return values;
  values.sort();
  let kept = 1;
  for (let i = 1; i < values.length; i++) if (values[i] !== values[kept - 1]) values[kept++] = values[i];
  values.length = kept;
  return values;
}

export function meetingsGraph(rows: readonly MeetingRow[], opts: { min: number; edgeCap: number; truncated: boolean }): MeetingsGraph {
  // Pairs by first end, then second: the participants' id strings are the keys (their hashes are cached),
  // and an edge's id is built once per pair, not once per meeting.
  const pairs = new Map<string, Map<string, Pair>>();
  const months = new Map<string, number>();
  const people = new Map<string, Participant>();
  for (const m of rows) {
    if (m.date && m.date.length >= 7) {
      const month = m.date.slice(0, 7);
      months.set(month, (months.get(month) ?? 0) + 1);
    }
    const ps = distinctSorted(m.participants);
    for (const p of ps) people.set(p.id, p);
    for (let i = 0; i < ps.length - 1; i++) {
      // ps is sorted by id, so ps[i] is the pair's first end.
      let withFirst = pairs.get(ps[i].id);
      if (withFirst === undefined) {
        withFirst = new Map();
        pairs.set(ps[i].id, withFirst);
      }
      for (let j = i + 1; j < ps.length; j++) {
        let pair = withFirst.get(ps[j].id);
        if (pair === undefined) {
          pair = { source: ps[i].id, target: ps[j].id, meetingIds: [], planned: 0, sources: [] };
          withFirst.set(ps[j].id, pair);
        }
        pair.meetingIds.push(m.id);
        if (m.planned) pair.planned++;
        if (m.docId && pair.sources[pair.sources.length - 1] !== m.docId) pair.sources.push(m.docId);
      }
    }
  }
  const kept: [string, Pair][] = [];
  for (const withFirst of pairs.values()) {
    for (const p of withFirst.values()) if (p.meetingIds.length >= opts.min) kept.push([metEdgeId(p.source, p.target), p]);
  }
  kept.sort((a, b) => b[1].meetingIds.length - a[1].meetingIds.length || (a[0] < b[0] ? -1 : 1));
  const truncated = opts.truncated || kept.length > opts.edgeCap;
  if (kept.length > opts.edgeCap) kept.length = opts.edgeCap;
  const degree = new Map<string, number>();
  const strength = new Map<string, number>();
  for (const [, p] of kept) {
    const w = p.meetingIds.length;
    degree.set(p.source, (degree.get(p.source) ?? 0) + 1);
    strength.set(p.source, (strength.get(p.source) ?? 0) + w);
    degree.set(p.target, (degree.get(p.target) ?? 0) + 1);
    strength.set(p.target, (strength.get(p.target) ?? 0) + w);
  }
  // With min=1 everyone who took part is shown, even alone; above it only people on a kept edge.
  const nodeIds = opts.min <= 1 && !truncated ? [...people.keys()] : [...degree.keys()];
  const n = nodeIds.length;
  const nodes: { data: NodeData }[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const id = nodeIds[k];
    const p = people.get(id)!;
    const d = degree.get(id) ?? 0;
    // Key order is the answer's: id, label, name, side, kind?, mentionCount?, degree, weightedDegree, centrality.
    const data: NodeData = { id, label: p.label, name: p.name, side: p.side ?? 'unknown' };
    if (p.kind) data.kind = p.kind;
    if (p.mentionCount != null) data.mentionCount = p.mentionCount;
    data.degree = d;
    data.weightedDegree = strength.get(id) ?? 0;
    data.centrality = n > 1 ? d / (n - 1) : 0;
    nodes[k] = { data };
  }
  const edges: { data: EdgeData }[] = new Array(kept.length);
  for (let k = 0; k < kept.length; k++) {
    const [id, p] = kept[k];
    edges[k] = {
      data: {
        id, source: p.source, target: p.target, type: 'MET', weight: p.meetingIds.length, meetingIds: p.meetingIds,
        planned: p.planned === p.meetingIds.length, plannedCount: p.planned, sources: uniqueSorted(p.sources),
      },
    };
  }
  return {
    elements: { nodes, edges },
    histogram: [...months.entries()].sort().map(([month, count]) => ({ month, count })),
    meetings: rows.length,
    truncated,
  };
}
