// Stored entity statistics (ingest/write/derive-entity-stats.ts): entity detail gives the same answer
// whether it computes documents and co-participants per request (nothing stored yet) or reads them.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deriveEntityStats } from '../../ingest/write/derive-entity-stats.ts';
import type { RunningServer } from '../../server/start-server.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { E, writeFixture } from './fixture.ts';
import { getJson, testServer } from './test-server.ts';

const driver = testDriver();
let srv: RunningServer;
const ids = Object.values(E).map((e) => e.id);

async function derive(entityIds: string[]): Promise<void> {
  await deriveEntityStats(driver, entityIds);
}

async function details(): Promise<unknown[]> {
  return Promise.all(ids.map(async (id) => (await getJson(srv.url, `/api/entities/${encodeURIComponent(id)}`)).body));
}

beforeAll(async () => {
  await resetDatabase();
  await writeFixture(driver);
  await driver.executeQuery('MATCH (e:Entity) REMOVE e.documentCount, e.meetingCount, e.topCoParticipantIds, e.topCoParticipantCounts');
  // No response cache: stored statistics change no node count or document hash.
  srv = await testServer(driver, { cacheMaxEntries: 0 });
});
afterAll(async () => { await srv?.close(); });

describe('derived entity statistics', () => {
  test('stores counts and the top co-participants, most first', async () => {
    await derive([E.johansson.id]);
    const { records } = await driver.executeQuery(
      'MATCH (e:Entity {id: $id}) RETURN e.documentCount AS d, e.meetingCount AS m, e.topCoParticipantIds AS ids, e.topCoParticipantCounts AS c',
      { id: E.johansson.id });
    const r = records[0];
    expect(Number(r.get('d'))).toBe(2);
    expect(Number(r.get('m'))).toBe(4);
    expect(r.get('ids')).toEqual(expect.arrayContaining([E.khar.id, E.nigeria.id, E.borrell.id]));
    const counts = (r.get('c') as { toNumber(): number }[]).map((n) => n.toNumber());
    expect(counts).toHaveLength((r.get('ids') as string[]).length);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    await driver.executeQuery('MATCH (e:Entity {id: $id}) REMOVE e.documentCount, e.meetingCount, e.topCoParticipantIds, e.topCoParticipantCounts', { id: E.johansson.id });
  });

  test('entity detail reads the stored values and answers as when it computed them', async () => {
    const computed = await details();
    await derive(ids);
    const stored = await details();
    expect(stored).toEqual(computed);
    expect(computed.some((d) => (d as { coParticipants: unknown[] }).coParticipants.length > 0)).toBe(true);
  });

  test('the detail uses what is stored, not a recount', async () => {
    await driver.executeQuery('MATCH (e:Entity {id: $id}) SET e.documentCount = 99, e.topCoParticipantIds = [$o], e.topCoParticipantCounts = [7]',
      { id: E.johansson.id, o: E.borrell.id });
    const r = (await getJson(srv.url, `/api/entities/${E.johansson.id}`)).body;
    expect(r.counts.documents).toBe(99);
    expect(r.coParticipants).toEqual([{ id: E.borrell.id, name: E.borrell.name, type: 'Person', count: 7 }]);
    expect(r.docIds).toBeUndefined();
    expect(r.topCoParticipantIds).toBeUndefined();
    await derive([E.johansson.id]);
  });
});
