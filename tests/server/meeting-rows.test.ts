// The meetings network's row helpers: Cypher's ORDER BY m.date, m.id, and participants by id with their label.
import { expect, test } from 'vitest';
import { byDateThenId, meetingsOfDocuments, participantsById, type FoundMeeting } from '../../server/networks/meeting-rows.ts';

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
  const got = participantsById([{ labels, entities: [['x', 'X', null, null, 3], ['y', 'Y', 'eu', 'commissioner', null]] }]);
  expect(got.get('x')).toEqual({ id: 'x', name: 'X', label, side: null, kind: null, mentionCount: 3 });
  expect(got.get('y')).toEqual({ id: 'y', name: 'Y', label, side: 'eu', kind: 'commissioner', mentionCount: null });
});

test('meetings grouped by document come back one per meeting, with their document', () => {
  expect(meetingsOfDocuments([
    { docId: 'doc:a', meetings: [['m1', '2021', false, ['p', 'q']], ['m2', null, true, []]] },
    { docId: null, meetings: [['m3', '2020-01', false, ['p']]] },
  ])).toEqual([
    { id: 'm1', date: '2021', planned: false, docId: 'doc:a', participantIds: ['p', 'q'] },
    { id: 'm2', date: null, planned: true, docId: 'doc:a', participantIds: [] },
    { id: 'm3', date: '2020-01', planned: false, docId: null, participantIds: ['p'] },
  ]);
});
