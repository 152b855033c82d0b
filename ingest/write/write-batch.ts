// Batches of documents for the writer: how many go in one transaction, and a write that never loses a
// batch to one bad document. A batch that fails for any reason but an unreachable database is written
// again one document at a time, so the bad one is found and reported and the others are written.
import type { Driver } from 'neo4j-driver';
import { isUnavailable } from '../../db/neo4j-unavailable.ts';
import type { SettleOptions } from './settle-entities.ts';
import { writeDocuments, type DocumentToWrite, type WriteResult } from './write-documents.ts';

/** Documents per write transaction: ~12 statements per batch instead of per document; 25 news items or
 * a few Council notes. */
export const DEFAULT_BATCH_DOCUMENTS = 25;
/** Rows (documents, entities, mentions, meetings, events, parties, offices) per write transaction, so a
 * batch of long documents stays a moderate transaction (tens of MB at most). */
export const DEFAULT_BATCH_ROWS = 10_000;

export interface BatchLimits { documents?: number; rows?: number }

/** Rows a document will send, about (parties are few): the batch is closed before it would pass the limit. */
export function documentRowCount(d: DocumentToWrite): number {
  const { x } = d;
  return 1 + x.entities.length + x.mentions.length + x.meetings.length + x.instrumentEvents.length + x.holdings.length;
}

/** Collects documents in order into batches of at most `documents` documents and `rows` rows (a
 * document bigger than `rows` is a batch alone), never two with the same key (document id) in one. */
export class BatchBuilder {
  private docs = 0;
  private rows = 0;
  private keys = new Set<string>();
  private readonly maxDocs: number;
  private readonly maxRows: number;

  constructor(limits: BatchLimits = {}) {
    this.maxDocs = Math.max(1, limits.documents ?? DEFAULT_BATCH_DOCUMENTS);
    this.maxRows = limits.rows ?? DEFAULT_BATCH_ROWS;
  }

  /** True when a document of `rows` rows and `key` must wait for the next batch. */
  full(rows: number, key: string): boolean {
    return this.docs > 0 && (this.docs >= this.maxDocs || this.rows + rows > this.maxRows || this.keys.has(key));
  }

  add(rows: number, key: string): void {
    this.docs++;
    this.rows += rows;
    this.keys.add(key);
  }

  get size(): number { return this.docs; }

  reset(): void {
    this.docs = 0;
    this.rows = 0;
    this.keys = new Set();
  }
}

export type BatchOutcome = { ok: true; result: WriteResult } | { ok: false; error: unknown };

/** One outcome per document, in order. */
export async function writeBatch(driver: Driver, docs: DocumentToWrite[], opts: SettleOptions = {}): Promise<BatchOutcome[]> {
  try {
    return (await writeDocuments(driver, docs, opts)).map((result) => ({ ok: true, result }));
  } catch (err) {
    if (docs.length === 1 || isUnavailable(err)) return docs.map(() => ({ ok: false, error: err }));
  }
  const outcomes: BatchOutcome[] = [];
  let gone: unknown = null;
  for (const d of docs) {
    if (gone) { outcomes.push({ ok: false, error: gone }); continue; }
    try {
      outcomes.push({ ok: true, result: (await writeDocuments(driver, [d], opts))[0] });
    } catch (error) {
      outcomes.push({ ok: false, error });
      if (isUnavailable(error)) gone = error;
    }
  }
  return outcomes;
}
