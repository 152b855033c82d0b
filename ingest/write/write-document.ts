// Writes one DocumentExtraction to Neo4j in ONE transaction: withdraw the document's previous facts,
// write the new ones, delete entities nothing anchors any more, and recompute the properties of every
// entity the old or new version touched. A failure rolls the whole document back.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../../db/cypher-files.ts';
import type { DocumentExtraction } from '../../model/extraction.ts';
import { NODE_LABELS } from '../../model/graph-model.ts';
import { documentRows, type DocumentRows } from './document-rows.ts';
import { entityProperties } from './entity-properties.ts';
import { latestStage, type StageEvent } from './latest-stage.ts';
import { fromValue, toParam } from './neo4j-values.ts';

/** Rows per UNWIND statement: big enough to amortise round trips, small enough to bound tx memory. */
const BATCH_SIZE = 1_000;

export interface WriteResult {
  docId: string;
  status: 'written' | 'unchanged';
  mentions: number;
  meetings: number;
  instrumentEvents: number;
  /** Entities deleted because nothing anchors them any more. */
  orphansDeleted: number;
  /** Ids referenced by facts but missing from the extraction's entities (those facts were dropped). */
  dangling: string[];
}

/** The claim JSON starts `{"doc":"<id>",`; this prefix selects one document's claims. */
export function claimPrefix(docId: string): string {
  return `${JSON.stringify({ doc: docId }).slice(0, -1)},`;
}

async function run(tx: ManagedTransaction, name: string, params: Record<string, unknown>) {
  return tx.run(cypher(name), toParam(params) as Record<string, unknown>);
}

async function runBatched(
  tx: ManagedTransaction, name: string, rows: unknown[], params: Record<string, unknown> = {},
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    await run(tx, name, { ...params, rows: rows.slice(i, i + BATCH_SIZE) });
  }
}

async function withdraw(tx: ManagedTransaction, docId: string, entityIds: string[]): Promise<void> {
  await run(tx, 'delete-document-facts', { docId, entityIds, claimPrefix: claimPrefix(docId) });
}

async function writeFacts(tx: ManagedTransaction, rows: DocumentRows): Promise<void> {
  const { docId } = rows;
  await run(tx, 'upsert-document', { row: rows.document });
  await runBatched(tx, 'upsert-entities', rows.entities);
  await runBatched(tx, 'upsert-mentions', rows.mentions, { docId });
  await runBatched(tx, 'upsert-meetings', rows.meetings.map(({ participants, placeId, ...props }) => ({
    id: props.id, props, participants, placeId,
  })), { docId });
  await runBatched(tx, 'upsert-instrument-events', rows.events, { docId });
  await runBatched(tx, 'upsert-parties', rows.parties, { docId });
  await runBatched(tx, 'upsert-holdings', rows.holdings, { docId });
}

/** Deletes what nothing anchors, then recomputes the rest; returns how many entities were deleted. */
export async function settleEntities(tx: ManagedTransaction, ids: string[]): Promise<number> {
  const gone = await run(tx, 'delete-orphan-entities', { ids });
  const deleted = Number(fromValue(gone.records[0]?.get('deleted') ?? 0));
  const res = await run(tx, 'read-entity-sources', { ids });
  const updates = res.records.flatMap((r) => {
    const props = entityProperties({
      id: r.get('id'), claims: r.get('claims'),
    });
    if (!props) return [];
    const { id, type, ...rest } = props;
    const stage = type === NODE_LABELS.Instrument.label
      ? latestStage(fromValue(r.get('events')) as StageEvent[])
      : { stage: null, date: null };
    return [{ id, props: { ...rest, latestStage: stage.stage, latestDate: stage.date } }];
  });
  await runBatched(tx, 'update-entity-properties', updates);
  return deleted;
}

export async function writeDocument(driver: Driver, x: DocumentExtraction, text: string): Promise<WriteResult> {
  const rows = documentRows(x, text);
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      const state = await run(tx, 'read-document-state', { docId: rows.docId });
      const stored = state.records[0];
      const base = { docId: rows.docId, dangling: rows.dangling };
      if (stored && stored.get('hash') === rows.hash) {
        return { ...base, status: 'unchanged', mentions: 0, meetings: 0, instrumentEvents: 0, orphansDeleted: 0 };
      }
      const previous: string[] = stored ? stored.get('entityIds') : [];
      await withdraw(tx, rows.docId, previous);
      await writeFacts(tx, rows);
      const touched = [...new Set([...previous, ...rows.touched])].sort();
      const orphansDeleted = await settleEntities(tx, touched);
      return {
        ...base, status: 'written', mentions: rows.mentions.length, meetings: rows.meetings.length,
        instrumentEvents: rows.events.length, orphansDeleted,
      };
    });
  } finally {
    await session.close();
  }
}

/** Withdraws a document and all its facts (for a file that left the corpus). */
export async function removeDocument(driver: Driver, docId: string): Promise<boolean> {
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      const state = await run(tx, 'read-document-state', { docId });
      const stored = state.records[0];
      if (!stored) return false;
      const previous: string[] = stored.get('entityIds');
      await withdraw(tx, docId, previous);
      await run(tx, 'delete-document', { docId });
      await settleEntities(tx, previous);
      return true;
    });
  } finally {
    await session.close();
  }
}
