// Ingest at the edge: read the corpus, extract each document (pure), write them in batches of documents,
// one transaction per batch (ingest/write/write-batch.ts), the next batch being extracted while the
// previous one is written. One bad document is reported and skipped; the rest go on. The graph is the
// same whatever the order and the batch size. A committed batch stays: a run that was stopped, run
// again, skips what it wrote by content hash and goes on where it stopped.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { applySchema } from '../db/apply-schema.ts';
import { cypher } from '../db/cypher-files.ts';
import { ENTITY_TYPES, type EntityType } from '../model/graph-model.ts';
import type { DocumentExtraction } from '../model/extraction.ts';
import { isAtlasError } from '../model/errors.ts';
import { chooseExtractor, type Extractor } from './extract/choose-extractor.ts';
import { listCorpusFiles } from './read/corpus-files.ts';
import { fromValue } from './write/neo4j-values.ts';
import { isUnavailable } from '../db/neo4j-unavailable.ts';
import { BatchBuilder, documentRowCount, writeBatch, type BatchLimits } from './write/write-batch.ts';
import { derivePendingMeetingStats } from './write/derive-entity-stats.ts';
import { removeDocument } from './write/write-document.ts';

export type { Extractor } from './extract/choose-extractor.ts';

export interface IngestProgress {
  done: number;
  total: number;
  file: string;
  status: 'written' | 'unchanged' | 'skipped';
}

export interface IngestOptions {
  onProgress?: (p: IngestProgress) => void;
  log?: (msg: string) => void;
  /** Turns a file into its extraction; defaults to the project's extractor, on `threads` threads. */
  extract?: Extractor;
  /** Extraction threads when `extract` is not given: 1 = the main thread; default one per core for 20
   * or more documents to extract, else 1 (extract/choose-extractor.ts). */
  threads?: number;
  /** Also remove stored documents (and every fact only they support) whose file is not among `paths`. */
  prune?: boolean;
  /** Documents and rows per write transaction (defaults DEFAULT_BATCH_DOCUMENTS, DEFAULT_BATCH_ROWS). */
  batch?: BatchLimits;
}

export interface IngestSummary {
  documents: { ingested: number; unchanged: number; skipped: number; removed: number };
  /** Files not ingested and why: unreadable input, a failed extraction or a failed write. */
  skipped: { path: string; reason: string }[];
  /** True when a write failed (the database, not the input): the CLI exits 1. */
  failed: boolean;
  /** Totals in the graph after the run. */
  entities: Record<EntityType, number>;
  mentions: number;
  meetings: number;
  instrumentEvents: number;
  documentsInGraph: number;
  /** Ids facts referred to that the extraction did not list, per file (their facts were dropped). */
  dangling: { file: string; ids: string[] }[];
  seconds: number;
  /** Of which extracting (pure CPU) and writing (Neo4j transactions). */
  extractSeconds: number;
  writeSeconds: number;
}

/** Nodes per label and relationships per type, for the summary: both from the count store (the
 * queries the stats endpoint runs), so the summary costs the same on any size of graph. */
async function graphTotals(driver: Driver): Promise<Record<string, number>> {
  const [labels, types] = await Promise.all([
    driver.executeQuery(cypher('stats-labels')), driver.executeQuery(cypher('stats-relationships')),
  ]);
  return Object.fromEntries([
    ...labels.records.map((r) => [r.get('label') as string, fromValue(r.get('count')) as number]),
    ...types.records.map((r) => [r.get('type') as string, fromValue(r.get('count')) as number]),
  ]);
}

/** Stored content hash by file name: the same text under the same name needs no extraction. */
async function storedDocuments(driver: Driver): Promise<{ id: string; file: string; hash: string }[]> {
  const res = await driver.executeQuery(cypher('read-document-hashes'));
  return res.records.map((r) => ({ id: r.get('id'), file: r.get('file'), hash: r.get('hash') }));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const seconds = (ms: number) => Math.round(ms / 10) / 100;

/** Why a file was not written once Neo4j went away, and what to do. */
const notAttempted = (cause: string | null) => `not attempted: Neo4j became unavailable (${cause}); start it and run the ingest again`;

function reasonOf(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0];
}

export async function ingestPaths(driver: Driver, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const log = opts.log ?? (() => {});
  await applySchema(driver, log);
  const { files, skipped: unreadable } = listCorpusFiles(paths);
  const skipped = [...unreadable];
  const dangling: IngestSummary['dangling'] = [];
  const documents = { ingested: 0, unchanged: 0, skipped: unreadable.length, removed: 0 };
  let failed = false;
  for (const s of unreadable) log(`skipped ${s.path}: ${s.reason}`);
  const storedDocs = await storedDocuments(driver);
  const stored = new Map(storedDocs.map((d) => [d.file, d.hash]));
  // Only what changed is extracted, so a resumed run starts no pool for the few documents left.
  const unchanged = new Set(files.filter((f) => stored.get(f.file) === sha256(f.text)).map((f) => f.file));
  const chosen = opts.extract
    ? { extract: opts.extract, threads: 1, close: async () => {} }
    : await chooseExtractor(files.filter((f) => !unchanged.has(f.file)), opts.threads);
  const { extract } = chosen;
  if (chosen.threads > 1) log(`extracting on ${chosen.threads} worker threads`);
  let done = 0;
  let extractMs = 0;
  let unavailable: string | null = null;
  let writeMs = 0;
  /** A file on its way to the report, in corpus order: extracted (x), or already decided (status). */
  interface Entry { path: string; file: string; text: string; x?: DocumentExtraction; status?: IngestProgress['status']; reason?: string }

  const report = (e: Entry, status: IngestProgress['status'], reason?: string) => {
    if (status === 'skipped') {
      documents.skipped++;
      skipped.push({ path: e.path, reason: reason! });
      log(`skipped ${e.path}: ${reason}`);
    } else if (status === 'unchanged') {
      documents.unchanged++;
      log(`unchanged ${e.path}`);
    }
    opts.onProgress?.({ done: ++done, total: files.length, file: e.file, status });
  };

  /** Writes the batch's extracted documents in one transaction and reports every entry in order. */
  const writeEntries = async (batch: Entry[]): Promise<void> => {
    const toWrite = batch.filter((e) => e.x);
    const outcomes = new Map<Entry, Awaited<ReturnType<typeof writeBatch>>[number]>();
    if (toWrite.length && !unavailable) {
      const t = performance.now();
      const res = await writeBatch(driver, toWrite.map((e) => ({ x: e.x!, text: e.text })), { deferMeetingStats: true });
      writeMs += performance.now() - t;
      toWrite.forEach((e, i) => outcomes.set(e, res[i]));
    }
    for (const e of batch) {
      if (e.status) { report(e, e.status, e.reason); continue; }
      const o = outcomes.get(e);
      if (!o) {
        report(e, 'skipped', notAttempted(unavailable));
      } else if (o.ok) {
        const r = o.result;
        if (r.status === 'written') documents.ingested++; else documents.unchanged++;
        if (r.dangling.length) dangling.push({ file: e.file, ids: r.dangling });
        log(`${r.status} ${e.path}: ${r.mentions} mentions, ${r.meetings} meetings, ${r.instrumentEvents} events`);
        opts.onProgress?.({ done: ++done, total: files.length, file: e.file, status: r.status });
      } else if (isAtlasError(o.error, 'invalid_extraction')) {
        report(e, 'skipped', reasonOf(o.error)); // the document's fault: skip it, go on
      } else {
        // The database's fault: the run fails, but the other files are still tried...
        failed = true;
        // ...unless Neo4j is gone: each would only wait out the driver's retries to fail the same way.
        if (isUnavailable(o.error)) unavailable ??= reasonOf(o.error);
        report(e, 'skipped', `write failed: ${reasonOf(o.error)}`);
      }
    }
  };

  const builder = new BatchBuilder(opts.batch);
  let entries: Entry[] = [];
  let writing: Promise<void> = Promise.resolve();
  /** Hands the collected entries to the writer; at most one batch is written while the next is read. */
  const flush = async () => {
    const batch = entries;
    entries = [];
    builder.reset();
    await writing;
    writing = writeEntries(batch);
    // Awaited at the next flush; until then a rejection must not count as unhandled.
    writing.catch(() => {});
  };

  try {
    for (const f of files) {
      const entry: Entry = { path: f.path, file: f.file, text: f.text };
      if (unavailable) {
        entries.push({ ...entry, status: 'skipped', reason: notAttempted(unavailable) });
        continue;
      }
      if (unchanged.has(f.file)) {
        entries.push({ ...entry, status: 'unchanged' });
        continue;
      }
      const t1 = performance.now();
      try {
        entry.x = await extract(f.file, f.text);
      } catch (err) {
        entry.status = 'skipped';
        entry.reason = `extraction failed: ${reasonOf(err)}`;
      }
      extractMs += performance.now() - t1;
      if (entry.x) {
        const rows = documentRowCount({ x: entry.x, text: f.text });
        if (builder.full(rows, entry.x.doc.id)) await flush();
        builder.add(rows, entry.x.doc.id);
      }
      entries.push(entry);
    }
    await flush();
    await writing;
  } finally {
    await chosen.close();
  }
  if (opts.prune && !failed) {
    // A file that is there but could not be read this time keeps its document: only absence prunes.
    const present = new Set(files.map((f) => f.file));
    const gone = storedDocs.filter((d) => !present.has(d.file) && !skipped.some((k) => k.path.endsWith(d.file)));
    for (const d of gone) {
      if (await removeDocument(driver, d.id)) documents.removed++;
      log(`removed ${d.file}: no longer in the corpus`);
    }
  }
  if (!unavailable) {
    // The batches marked the meeting statistics of the stored entities they touched instead of deriving
    // them (a hub's walk through all its meetings, every batch): derived once here, and any an earlier,
    // interrupted run left marked with them. Written documents stay written if this fails: entity detail
    // computes unstored statistics per request.
    const t = performance.now();
    try {
      const derived = await derivePendingMeetingStats(driver);
      if (derived) log(`meeting statistics derived for ${derived} entities`);
    } catch (err) {
      failed = true;
      log(`meeting statistics not derived (entity detail computes them per request until a run derives them): ${reasonOf(err)}`);
    }
    writeMs += performance.now() - t;
  }
  const totals = failed ? {} : await graphTotals(driver).catch(() => ({} as Record<string, number>));
  const entities = Object.fromEntries(ENTITY_TYPES.map((t) => [t, totals[t] ?? 0])) as Record<EntityType, number>;
  return {
    documents, skipped, failed, entities,
    mentions: totals.MENTIONS ?? 0, meetings: totals.Meeting ?? 0, instrumentEvents: totals.InstrumentEvent ?? 0,
    documentsInGraph: totals.Document ?? 0, dangling,
    seconds: seconds(performance.now() - t0), extractSeconds: seconds(extractMs), writeSeconds: seconds(writeMs),
  };
}
