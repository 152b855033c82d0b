// Derived statistics of entities (documentCount, meetingCount, top co-participants) computed from the
// graph alone. Every statistic, for entities that have none stored (a graph written before they existed):
// deriveEntityStats. The meeting statistics of the entities a bulk ingest marked instead of deriving per
// batch (settle-entities.ts, deferMeetingStats): derivePendingMeetingStats, once, at the end of the run.
import type { Driver } from 'neo4j-driver';
import { cypher } from '../../db/cypher-files.ts';

/** The queries, each one statistic's part; together they set every derived property. */
export const DERIVED_STATS_QUERIES = ['derive-entity-document-count', 'derive-entity-meetings'] as const;

/** Entities per statement: a chunk of hubs stays well under a second. */
export const DERIVE_CHUNK = 2_000;

/** Runs each of `queries` over `ids`, a chunk at a time, each statement in its own transaction. */
async function deriveInChunks(driver: Driver, queries: readonly string[], ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += DERIVE_CHUNK) {
    const chunk = ids.slice(i, i + DERIVE_CHUNK);
    for (const name of queries) await driver.executeQuery(cypher(name), { ids: chunk });
  }
}

/** Derives every statistic of `ids`. */
export async function deriveEntityStats(driver: Driver, ids: string[]): Promise<void> {
  await deriveInChunks(driver, DERIVED_STATS_QUERIES, ids);
}

/** Entities whose meeting statistics are not stored. */
export async function entitiesWithoutMeetingStats(driver: Driver): Promise<string[]> {
  const res = await driver.executeQuery(cypher('entities-without-meeting-stats'));
  return res.records.map((r) => r.get('id') as string);
}

/** Derives the meeting statistics of every entity that has none stored; returns how many. */
export async function derivePendingMeetingStats(driver: Driver): Promise<number> {
  const ids = await entitiesWithoutMeetingStats(driver);
  await deriveInChunks(driver, ['derive-entity-meetings'], ids);
  return ids.length;
}
