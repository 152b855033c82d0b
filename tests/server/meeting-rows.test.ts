// The meetings network's row helpers: Cypher's ORDER BY m.date, m.id, and participants by id with their label.
import { expect, test } from 'vitest';
import { byDateThenId, participantsById, type FoundMeeting } from '../../server/networks/meeting-rows.ts';

const m = (id: string, date: string | null): FoundMeeting => ({ id, date, planned: false, docId: null, participantIds: [] });

test.each([
  [[m('b', '2021'), m('a', '2021')], ['a', 'b']],
  [[m('x', '2021-03'), m('y', '2021')], ['y', 'x']],
  [[m('u', null), m('z', '2022-01-01'), m('a', '2020')], ['a', 'z', 'u']],
  [[m('n2', null), m('n1', null)], ['n1', 'n2']],
  [[m('B', '2021'), m('a', '2021')], ['B', 'a']], // code-unit order, as Neo4j compares strings
])('%j', (rows, expected) => {
  expect([...rows].sort(byDateThenId).map((r) => r.id)).toEqual(expected);
});

test.each([
  [['Entity', 'Person'], 'Person'],
  [['Country', 'Entity'], 'Country'],
  [['Entity'], null],
])('labels %j -> %s', (labels, label) => {
  const got = participantsById([{ id: 'x', name: 'X', side: null, kind: null, mentionCount: 3, labels }]).get('x');
  expect(got).toEqual({ id: 'x', name: 'X', label, side: null, kind: null, mentionCount: 3 });
});
