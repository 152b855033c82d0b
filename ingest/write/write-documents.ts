// Writes a batch of DocumentExtractions to Neo4j in ONE transaction: withdraw the previous facts of the
// documents that changed, write the new ones with one UNWIND per kind of row over the whole batch,
// then settle (orphans, recomputed properties, derived statistics) every entity the old or new
// versions touched, once. The graph is the one writing the documents one by one gives; a failure rolls
// the whole batch back.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { AtlasError } from '../../model/errors.ts';
import type { DocumentExtraction } from '../../model/extraction.ts';
import { batchRows, type BatchRows } from './batch-rows.ts';
import { documentRows, type DocumentRows } from './document-rows.ts';
import { eventGroups, meetingGroups, mentionGroups } from './row-groups.ts';
import { runNamed } from './run-named.ts';
import { StatementPipeline } from './statement-pipeline.ts';
import { entityRowsWithFresh, settledOnCreate } from './fresh-entities.ts';
import { settleEntities, type SettleOptions, type WrittenBatch } from './settle-entities.ts';

export interface WriteResult {
  docId: string;
  status: 'written' | 'unchanged';
  mentions: number;
  meetings: number;
  instrumentEvents: number;
  /** Entities deleted because nothing anchors them any more (for a batch: the batch's, on each result). */
  orphansDeleted: number;
  /** Ids referenced by facts but missing from the extraction's entities (those facts were dropped). */
  dangling: string[];
}

export interface DocumentToWrite { x: DocumentExtraction; text: string }

/** The claim JSON starts `{"doc":"<id>",`; this prefix selects one document's claims. */
export function claimPrefix(docId: string): string {
  return `${JSON.stringify({ doc: docId }).slice(0, -1)},`;
}

interface StoredState { hash: string; entityIds: string[] }

export async function readDocumentState(tx: ManagedTransaction, docIds: string[]): Promise<Map<string, StoredState>> {
  const res = await runNamed(tx, 'read-document-state', { docIds });
  return new Map(res.records.map((r) => [r.get('id') as string, { hash: r.get('hash'), entityIds: r.get('entityIds') }]));
}

/** Withdraws the facts of stored documents (before they are rewritten or removed). */
export async function withdrawDocuments(tx: ManagedTransaction, docIds: string[], entityIds: string[]): Promise<void> {
  if (docIds.length === 0) return;
  await runNamed(tx, 'delete-document-facts', { docIds, entityIds, claimPrefixes: docIds.map(claimPrefix) });
}

/** Returns what settleEntities needs to know of the entities the batch created. The statements are
 * pipelined (statement-pipeline.ts): each is packed while Neo4j runs the one before. */
async function writeFacts(tx: ManagedTransaction, b: BatchRows): Promise<WrittenBatch> {
  const created = new Set<string>();
  const entityRows = entityRowsWithFresh(b);
  const pipeline = new StatementPipeline(tx);
  // Documents and entities first: the other rows match them.
  await pipeline.send('upsert-document', b.documents);
  await pipeline.send('upsert-entities', entityRows, 'rows', (res) => { for (const r of res.records) created.add(r.get('id')); });
  // Mentions, meetings and events go grouped by the document and the entity they hang on (row-groups.ts).
  await pipeline.send('upsert-mentions', mentionGroups(b.mentions));
  await pipeline.send('upsert-meetings', meetingGroups(b.meetings));
  await pipeline.send('upsert-instrument-events', eventGroups(b.events));
  await pipeline.send('upsert-parties', b.parties);
  await pipeline.send('upsert-holdings', b.holdings);
  await pipeline.done();
  return { rows: b, created, settled: settledOnCreate(b, entityRows, created), entityRows };
}

function rowsOf(docs: DocumentToWrite[]): DocumentRows[] {
  const rows = docs.map((d) => documentRows(d.x, d.text)); // refuses a bad extraction before any write
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.docId)) {
      throw new AtlasError('invalid_extraction', `Document ${r.docId} appears twice in one write batch; write its versions in separate batches.`, 400);
    }
    seen.add(r.docId);
  }
  return rows;
}

/** Results in the order of `docs`. */
export async function writeDocuments(driver: Driver, docs: DocumentToWrite[], opts: SettleOptions = {}): Promise<WriteResult[]> {
  if (docs.length === 0) return [];
  const rows = rowsOf(docs);
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      const stored = await readDocumentState(tx, rows.map((r) => r.docId));
      const changed = rows.filter((r) => stored.get(r.docId)?.hash !== r.hash);
      const replaced = changed.filter((r) => stored.has(r.docId)).map((r) => r.docId);
      const previous = new Set(replaced.flatMap((id) => stored.get(id)!.entityIds));
      await withdrawDocuments(tx, replaced, [...previous].sort());
      let orphansDeleted = 0;
      if (changed.length) {
        const b = batchRows(changed);
        const written = await writeFacts(tx, b);
        orphansDeleted = await settleEntities(tx, [...new Set([...previous, ...changed.flatMap((r) => r.touched)])].sort(), written, opts);
      }
      const written = new Set(changed.map((r) => r.docId));
      return rows.map((r): WriteResult => (written.has(r.docId)
        ? {
          docId: r.docId, dangling: r.dangling, status: 'written', mentions: r.mentions.length, meetings: r.meetings.length,
          instrumentEvents: r.events.length, orphansDeleted,
        }
        : { docId: r.docId, dangling: r.dangling, status: 'unchanged', mentions: 0, meetings: 0, instrumentEvents: 0, orphansDeleted: 0 }));
    });
  } finally {
    await session.close();
  }
}
