// Turns meeting nodes into ties: every two participants of a meeting get a MET edge whose weight is
// the number of meetings they shared and whose meetingIds list them — the same shape as the
// who-met-whom network, so an ego network reads like one. Pure.
import type { Elements } from '../api/types.ts';

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function collapseMeetings(el: Elements): Elements {
  const meetings = new Set(el.nodes.filter((n) => n.data.label === 'Meeting').map((n) => n.data.id));
  if (meetings.size === 0) return el;
  const participants = new Map<string, Set<string>>();
  const kept: Elements['edges'] = [];
  for (const e of el.edges) {
    const { source, target } = e.data;
    const m = meetings.has(target) ? target : meetings.has(source) ? source : null;
    if (!m) { kept.push(e); continue; }
    if (e.data.type !== 'PARTICIPATED_IN') continue;
    const who = m === target ? source : target;
    (participants.get(m) ?? participants.set(m, new Set()).get(m)!).add(who);
  }
  const ties = new Map<string, { source: string; target: string; meetingIds: string[] }>();
  for (const [m, people] of participants) {
    const list = [...people].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const k = pairKey(list[i], list[j]);
        const t = ties.get(k) ?? ties.set(k, { source: list[i], target: list[j], meetingIds: [] }).get(k)!;
        t.meetingIds.push(m);
      }
    }
  }
  const edges = [...kept, ...[...ties].map(([k, t]) => ({
    data: { id: `met:${k}`, source: t.source, target: t.target, type: 'MET', weight: t.meetingIds.length, meetingIds: t.meetingIds.sort() },
  }))];
  return { nodes: el.nodes.filter((n) => !meetings.has(n.data.id)), edges };
}
