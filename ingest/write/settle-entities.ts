// After a write: entities nothing anchors any more are deleted, and the properties of the rest are
// recomputed from the claims of the documents that still describe them, then their derived statistics
// (documentCount, meetingCount, top co-participants: cypher/derive-entity-stats.cypher). Run once per
// write batch over every entity the batch's old or new versions touched.
import type { ManagedTransaction } from 'neo4j-driver';
import { NODE_LABELS } from '../../model/graph-model.ts';
import { entityProperties } from './entity-properties.ts';
import { latestStage, type StageEvent } from './latest-stage.ts';
import { fromValue } from './neo4j-values.ts';
import { runChunked, runNamed } from './run-named.ts';

/** Deletes what nothing anchors, then recomputes the rest; returns how many entities were deleted. */
export async function settleEntities(tx: ManagedTransaction, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  // One statement over all ids, never chunked: instruments go before the parties they alone anchored.
  const gone = await runNamed(tx, 'delete-orphan-entities', { ids });
  const deleted = Number(fromValue(gone.records[0]?.get('deleted') ?? 0));
  const updates: { id: string; props: Record<string, unknown> }[] = [];
  await runChunked(tx, 'read-entity-sources', ids, 'ids', (res) => {
    for (const r of res.records) {
      const props = entityProperties({ id: r.get('id'), claims: r.get('claims') });
      if (!props) continue;
      const { id, type, ...rest } = props;
      const stage = type === NODE_LABELS.Instrument.label
        ? latestStage(fromValue(r.get('events')) as StageEvent[])
        : { stage: null, date: null };
      updates.push({ id, props: { ...rest, latestStage: stage.stage, latestDate: stage.date } });
    }
  });
  await runChunked(tx, 'update-entity-properties', updates);
  // After the names are settled: co-participants tied on count are ordered by name.
  await runChunked(tx, 'derive-entity-stats', updates.map((u) => u.id), 'ids');
  return deleted;
}
