// The meetings network's date window through its range indexes: a meeting counts in every window it
// overlaps, whether it is dated to the day, the month or the year, and however long before the window it
// began (the endIso branch), and nothing outside the window is returned.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeDocument } from '../../ingest/write/write-document.ts';
import { loadMeetingsNetwork } from '../../server/networks/load-networks.ts';
import { createQueryRunner } from '../../server/query/query-runner.ts';
import { meetingsFilters } from '../../server/schemas/network-filters.ts';
import type { RunningServer } from '../../server/start-server.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { build, E } from './fixture.ts';
import { getJson, testServer } from './test-server.ts';

let srv: RunningServer;

const when = (iso: string, precision: 'year' | 'month' | 'day', endIso?: string) => ({ iso, precision, text: iso, ...(endIso ? { endIso } : {}) });
const MEETINGS = [
  ['long', when('2015', 'year', '2021-12-31')],
  ['day-2021', when('2021-06-10', 'day')],
  ['month-2021', when('2021-03', 'month')],
  ['year-2021', when('2021', 'year')],
  ['late-2020', when('2020-12-30', 'day', '2021-01-02')],
  ['day-2020', when('2020-11-02', 'day')],
  ['day-2022', when('2022-01-05', 'day')],
] as const;

beforeAll(async () => {
  await resetDatabase();
  const sentences = MEETINGS.map(([title]) => ({ text: `Johansson met Khar (${title}).`, mentions: [[E.johansson, 'Johansson'], [E.khar, 'Khar']] as [typeof E.johansson, string][] }));
  const doc = build('window', '2023-01-01', {
    entities: [E.johansson, E.khar],
    sentences,
    meetings: MEETINGS.map(([title, date], i) => ({
      date, place: null, placeId: null, participants: [E.johansson.id, E.khar.id], kind: 'meeting', planned: false, title, sentence: i,
    })),
  });
  await writeDocument(testDriver(), doc.x, doc.text);
  srv = await testServer(testDriver());
});
afterAll(async () => { await srv?.close(); });

async function titles(query: string): Promise<string[]> {
  const r = await getJson(srv.url, `/api/networks/meetings${query}`);
  expect(r.status).toBe(200);
  const edge = r.body.elements.edges[0];
  if (!edge) return [];
  const { records } = await testDriver().executeQuery('MATCH (m:Meeting) WHERE m.id IN $ids RETURN m.title AS t ORDER BY t', { ids: edge.data.meetingIds });
  return records.map((x) => x.get('t') as string);
}

describe('meetings network date window', () => {
  test.each([
    ['?from=2021&to=2021', ['day-2021', 'late-2020', 'long', 'month-2021', 'year-2021']],
    ['?from=2021-03-15&to=2021-12-31', ['day-2021', 'long', 'month-2021', 'year-2021']],
    ['?from=2021-07', ['day-2022', 'long', 'year-2021']],
    ['?to=2020-12-31', ['day-2020', 'late-2020', 'long']],
    ['?from=2022&to=2022', ['day-2022']],
    ['?from=2016&to=2016', ['long']],
    ['?from=2030', []],
    ['', ['day-2020', 'day-2021', 'day-2022', 'late-2020', 'long', 'month-2021', 'year-2021']],
  ])('%s', async (query, expected) => {
    expect(await titles(query)).toEqual(expected);
  });
});

// The unfiltered window is read unordered and sorted by the server; past the meeting cap it must keep the
// same first meetings (by date, id) as the ordered, filtered read does.
describe('meetings network cap', () => {
  const db = () => createQueryRunner(testDriver(), pino({ level: 'silent' }), 30_000);
  const titlesOf = async (ids: string[]) => {
    const { records } = await testDriver().executeQuery('UNWIND $ids AS id MATCH (m:Meeting {id: id}) RETURN m.title AS t', { ids });
    return records.map((x) => x.get('t') as string);
  };
  test.each([
    [{ from: '2021', to: '2021' }, 2, ['long', 'late-2020'], true],
    [{ from: '2021', to: '2021', person: E.khar.id }, 2, ['long', 'late-2020'], true],
    [{ from: '2021', to: '2021' }, 5, ['long', 'late-2020', 'year-2021', 'month-2021', 'day-2021'], false],
    [{ from: '2021', to: '2021', person: E.khar.id }, 5, ['long', 'late-2020', 'year-2021', 'month-2021', 'day-2021'], false],
    [{}, 3, ['long', 'day-2020', 'late-2020'], true],
  ])('%j cap %i', async (query, meetingCap, expected, truncated) => {
    const g = await loadMeetingsNetwork(db(), meetingsFilters.parse(query), { meetingCap });
    expect(g.truncated).toBe(truncated);
    expect(g.meetings).toBe(expected.length);
    expect(await titlesOf(g.elements.edges[0].data.meetingIds as string[])).toEqual(expected);
    expect(g.elements.nodes.map((n) => n.data.id).sort()).toEqual([E.johansson.id, E.khar.id].sort());
  });

  test('the unfiltered and the filtered read give the same answer when the filter keeps every meeting', async () => {
    const unfiltered = await loadMeetingsNetwork(db(), meetingsFilters.parse({ from: '2020', to: '2021' }));
    const filtered = await loadMeetingsNetwork(db(), meetingsFilters.parse({ from: '2020', to: '2021', person: E.johansson.id }));
    expect(JSON.stringify(unfiltered)).toBe(JSON.stringify(filtered));
  });
});
