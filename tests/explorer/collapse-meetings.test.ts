// Ego networks read like who-met-whom: meeting nodes become weighted ties between participants.
import { describe, expect, it } from 'vitest';
import type { Elements } from '../../explorer/src/api/types.ts';
import { collapseMeetings } from '../../explorer/src/graph/collapse-meetings.ts';

const n = (id: string, label = 'Person') => ({ data: { id, label, name: id } });
const took = (who: string, m: string) => ({ data: { id: `${who}>${m}`, source: who, target: m, type: 'PARTICIPATED_IN' } });

function graph(meetings: Record<string, string[]>, extra: Elements['edges'] = []): Elements {
  const people = [...new Set(Object.values(meetings).flat())];
  return {
    nodes: [...people.map((p) => n(p)), ...Object.keys(meetings).map((m) => n(m, 'Meeting'))],
    edges: [...Object.entries(meetings).flatMap(([m, ps]) => ps.map((p) => took(p, m))), ...extra],
  };
}

const ties = (el: Elements) => el.edges.filter((e) => e.data.type === 'MET').map((e) => `${e.data.source}-${e.data.target}:${e.data.weight}`).sort();

describe('collapseMeetings', () => {
  const rows: [string, Record<string, string[]>, string[]][] = [
    ['one meeting of two', { m1: ['a', 'b'] }, ['a-b:1']],
    ['two meetings of the same pair add up', { m1: ['a', 'b'], m2: ['b', 'a'] }, ['a-b:2']],
    ['a meeting of three is three ties', { m1: ['a', 'b', 'c'] }, ['a-b:1', 'a-c:1', 'b-c:1']],
    ['a meeting with one known participant leaves no tie', { m1: ['a'] }, []],
  ];
  for (const [what, meetings, expected] of rows) {
    it(what, () => {
      const out = collapseMeetings(graph(meetings));
      expect(ties(out)).toEqual(expected);
      expect(out.nodes.some((x) => x.data.label === 'Meeting')).toBe(false);
    });
  }
  it('keeps non-meeting edges and lists the meetings of a tie', () => {
    const party = { data: { id: 'p', source: 'a', target: 'i', type: 'PARTY_TO' } };
    const out = collapseMeetings(graph({ m2: ['a', 'b'], m1: ['a', 'b'] }, [party]));
    expect(out.edges.find((e) => e.data.type === 'PARTY_TO')).toEqual(party);
    expect(out.edges.find((e) => e.data.type === 'MET')?.data.meetingIds).toEqual(['m1', 'm2']);
  });
});
