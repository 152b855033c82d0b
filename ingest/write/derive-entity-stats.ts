// Every derived statistic of entities (documentCount, meetingCount, top co-participants) computed from
// the graph alone, for entities that have none stored: a graph written before the statistics existed,
// or one whose entities lost them. The writer never needs this: it settles documentCount from the claims
// and the meeting statistics per batch (settle-entities.ts, fresh-entities.ts).
import type { Driver } from 'neo4j-driver';
import { cypher } from '../../db/cypher-files.ts';

/** The queries, each one statistic's part; together they set every derived property. */
export const DERIVED_STATS_QUERIES = ['derive-entity-document-count', 'derive-entity-meetings'] as const;

/** Entities per statement: a chunk of hubs stays well under a second. */
export const DERIVE_CHUNK = 2_000;

/** Derives every statistic of `ids` (a chunk at a time, each in its own transaction). */
export async function deriveEntityStats(driver: Driver, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += DERIVE_CHUNK) {
    const chunk = ids.slice(i, i + DERIVE_CHUNK);
    for (const name of DERIVED_STATS_QUERIES) await driver.executeQuery(cypher(name), { ids: chunk });
  }
}
