// After a write: entities nothing anchors any more are deleted, and the properties of the rest are
// recomputed from the claims of the documents that still describe them, then their derived statistics
// (documentCount from the claims, meetingCount and top co-participants: cypher/derive-entity-meetings.cypher,
// or for a bulk ingest only marked, to be derived at its end). Run once per write batch over every entity
// the batch's old or new versions touched. Entities the batch created
// are settled from the batch rows instead (fresh-entities.ts): no orphan check, read-back or
// statistics query for them, which on a first load is every entity.
import type { ManagedTransaction } from 'neo4j-driver';
import type { BatchRows } from './batch-rows.ts';
import { entityUpdate, type EntityUpdate } from './entity-update.ts';
import { anchoredIds, freshEntityProperties, freshEntityStats } from './fresh-entities.ts';
import type { StageEvent } from './latest-stage.ts';
import { fromValue } from './neo4j-values.ts';
import { runChunked, runNamed } from './run-named.ts';

/** What the batch wrote, which of its entities its MERGE created, and which of those got their final
 * properties on creation (fresh-entities.ts settledOnCreate). */
export interface WrittenBatch {
  rows: BatchRows; created: Set<string>; settled: Set<string>; entityRows: { id: string; fresh: Record<string, unknown> | null }[];
}

export interface SettleOptions {
  /** Mark the meeting statistics of the stored entities touched as not derived (clear-entity-meetings)
   * instead of deriving them: a bulk ingest derives each marked entity once, at its end. */
  deferMeetingStats?: boolean;
}

/** Deletes what nothing anchors, then recomputes the rest; returns how many entities were deleted. */
export async function settleEntities(tx: ManagedTransaction, ids: string[], written?: WrittenBatch, opts: SettleOptions = {}): Promise<number> {
  if (written) ids = ids.filter((id) => !written.settled.has(id));
  if (ids.length === 0) return 0;
  const created = written ? new Set([...written.created].filter((id) => !written.settled.has(id))) : new Set<string>();
  const fresh = written ? freshEntityProperties(written.rows, created) : [];
  const freshIds = new Set(fresh.map((u) => u.id));
  const others = ids.filter((id) => !freshIds.has(id));
  let deleted = 0;
  const updates: EntityUpdate[] = [];
  if (others.length) {
    // Only what the batch's own facts do not anchor can be an orphan (on a first load: nothing).
    const anchored = written ? anchoredIds(written.rows) : new Set<string>();
    const check = others.filter((id) => !anchored.has(id));
    if (check.length) {
      // One statement over all ids, never chunked: instruments go before the parties they alone anchored.
      const gone = await runNamed(tx, 'delete-orphan-entities', { ids: check });
      deleted = Number(fromValue(gone.records[0]?.get('deleted') ?? 0));
    }
    await runChunked(tx, 'read-entity-sources', others, 'ids', (res) => {
      for (const r of res.records) {
        const u = entityUpdate(r.get('id'), r.get('claims'), fromValue(r.get('events')) as StageEvent[]);
        if (u) updates.push(u);
      }
    });
  }
  const derive = updates.map((u) => u.id);
  if (fresh.length) {
    // Co-participants tied on count are ordered by their settled name: every participant of a batch
    // meeting is touched by the batch, so it is among the updates or fresh.
    const names = new Map([...updates, ...fresh].map((u) => [u.id, u.props.name as string]));
    for (const r of written!.entityRows) if (written!.settled.has(r.id)) names.set(r.id, r.fresh!.name as string);
    const stats = freshEntityStats(written!.rows, fresh.map((u) => u.id), (id) => names.get(id));
    for (const u of fresh) {
      const s = stats.get(u.id);
      if (s) updates.push({ id: u.id, props: { ...u.props, ...s } }); else { updates.push(u); derive.push(u.id); }
    }
  }
  await runChunked(tx, 'update-entity-properties', updates);
  // After the names are settled: co-participants tied on count are ordered by name. documentCount came
  // with the properties (from the claims), so only the meeting statistics are left.
  await runChunked(tx, opts.deferMeetingStats ? 'clear-entity-meetings' : 'derive-entity-meetings', derive, 'ids');
  return deleted;
}
