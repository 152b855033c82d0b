// Loading: relationships per second with the project's batched writer (the documents in write batches,
// ingest/write/write-batch.ts) against one statement per row (same queries, same facts, same graph:
// the checksums are compared), then the whole ingest (ingestPaths with the worker-pool extractor)
// of the 10x and 100x corpora, with time per document to show whether cost grows linearly.
import { createExtractionPool, prefetchingExtractor } from '../ingest/extract/extract-parallel.ts';
import { extractDocument } from '../ingest/extract/extract-document.ts';
import { ingestPaths, type IngestSummary } from '../ingest/ingest-paths.ts';
import type { KnowledgeBase } from '../ingest/knowledge/load-knowledge-base.ts';
import { listCorpusFiles } from '../ingest/read/corpus-files.ts';
import { graphChecksum } from '../ingest/write/graph-checksum.ts';
import { BatchBuilder, documentRowCount, writeBatch } from '../ingest/write/write-batch.ts';
import type { DocumentExtraction } from '../model/extraction.ts';
import type { BenchNeo4j } from './bench-neo4j.ts';
import { median, peakRssMb, round, timed } from './measure.ts';
import { writeRowByRow } from './write-row-by-row.ts';

export interface WriterRun { writer: string; ms: number; relationships: number; relsPerSec: number }
export interface WriteFigures { scale: number; documents: number; runs: WriterRun[]; ratioVsRowInTransaction: number; ratioVsAutocommit: number; sameGraph: boolean }
export interface IngestFigures { scale: number; documents: number; seconds: number; msPerDocument: number; extractSeconds: number; writeSeconds: number; nodes: number; relationships: number; skipped: number; peakRssMb: number }

type Doc = { x: DocumentExtraction; text: string };
/** Timed runs of the batched writer (the median is reported): it takes a few hundred ms, so one spike of
 * the shared machine's load would be most of a single run. */
const BATCHED_RUNS = 5;
/** Timed runs of the per-row writer in one transaction per document (the median is reported): three
 * runs in a row on 2026-12-02 took 9.0, 5.1 and 4.8 s (the first still warming its statements up), and
 * single runs of the same code 6.3-18.7 s on these machines. */
const ROW_IN_TX_RUNS = 3;
/** Timed runs of the auto-commit per-row writer: one run takes 15-20 s, and its ratio (42-66x in this
 * session's runs) is so far above the target that one slow run cannot change what it says. */
const AUTOCOMMIT_RUNS = 1;
/** Untimed runs of the batched writer on the whole corpus first. It runs each query once per batch, so
 * Neo4j's JIT compiles its write and commit paths only after many runs; the per-row writers run each
 * query thousands of times and reach that state within their own run. Measured in this bench on
 * 2026-12-02 (5 documents after a start): 2,499 ms, 864, 832, 704, then 367-635 for runs 5-16, 263-513
 * for runs 17-35 and 242-340 for runs 36-50; 10 warm-ups (the earlier setting) timed the writer on the
 * way down. */
const BATCHED_WARM_RUNS = 50;
type Writer = (docs: Doc[]) => Promise<unknown>;

/** The project's writer as ingestPaths uses it: documents cut into write batches, one transaction each. */
async function writeBatched(db: BenchNeo4j, docs: Doc[]): Promise<void> {
  const builder = new BatchBuilder();
  const write = async (batch: Doc[]) => { for (const o of await writeBatch(db.driver, batch)) if (!o.ok) throw o.error; };
  let batch: Doc[] = [];
  for (const d of docs) {
    const rows = documentRowCount(d);
    if (builder.full(rows, d.x.doc.id)) { await write(batch); batch = []; builder.reset(); }
    builder.add(rows, d.x.doc.id);
    batch.push(d);
  }
  await write(batch);
}

export async function writeBench(db: BenchNeo4j, dir: string, scale: number, kb: KnowledgeBase, log: (m: string) => void): Promise<WriteFigures> {
  const files = listCorpusFiles([dir]).files;
  const xs = files.map((f) => ({ x: extractDocument(f.file, f.text, kb), text: f.text }));
  // [name, writer, timed runs]: the median is reported.
  const writers: [string, Writer, number][] = [
    ['batched (project writer)', (docs) => writeBatched(db, docs), BATCHED_RUNS],
    ['one statement per row, one tx per document', async (docs) => { for (const d of docs) await writeRowByRow(db.driver, d.x, d.text, 'transaction'); }, ROW_IN_TX_RUNS],
    ['one auto-commit statement per row', async (docs) => { for (const d of docs) await writeRowByRow(db.driver, d.x, d.text, 'autocommit'); }, AUTOCOMMIT_RUNS],
  ];
  // Warm-up, untimed: every query planned and JIT-compiled before any writer is timed. All writers run
  // the same named queries (plans are cached by query text), but the batched writer runs each only a
  // few times, so a cold planner would be most of its time: it warms up on the whole corpus, the
  // per-row writers (thousands of statements each) on the smallest document.
  const smallest = xs.reduce((a, b) => (a.text.length <= b.text.length ? a : b));
  for (const [i, [, write]] of writers.entries()) {
    for (let k = 0; k < (i === 0 ? BATCHED_WARM_RUNS : 1); k++) { await db.reset(); await write(i === 0 ? xs : [smallest]); }
  }
  const runs: WriterRun[] = [];
  const sums = new Set<string>();
  for (const [writer, write, times] of writers) {
    const ms: number[] = [];
    let relationships = 0;
    for (let k = 0; k < times; k++) {
      await db.reset();
      log(`loading: ${writer}, ${files.length} documents${times > 1 ? ` (run ${k + 1} of ${times})` : ''}`);
      ms.push((await timed(() => write(xs))).ms);
      relationships = (await db.counts()).relationships;
      sums.add(await graphChecksum(db.driver));
    }
    const mid = median(ms);
    runs.push({ writer, ms: Math.round(mid), relationships, relsPerSec: Math.round(relationships / (mid / 1000)) });
  }
  await db.reset();
  const [batched, inTx, auto] = runs;
  return {
    scale, documents: files.length, runs,
    ratioVsRowInTransaction: round(batched.relsPerSec / inTx.relsPerSec, 1), ratioVsAutocommit: round(batched.relsPerSec / auto.relsPerSec, 1),
    sameGraph: sums.size === 1,
  };
}

/** Ingests `dir` into an emptied database; the graph stays for the API benchmark. */
export async function ingestBench(db: BenchNeo4j, dir: string, scale: number, log: (m: string) => void): Promise<IngestFigures> {
  await db.reset();
  const { files } = listCorpusFiles([dir]);
  log(`ingest ${scale}x: ${files.length} documents`);
  const pool = createExtractionPool();
  let summary: IngestSummary;
  try {
    summary = await ingestPaths(db.driver, [dir], {
      extract: prefetchingExtractor(pool, files),
      onProgress: (p) => { if (p.done % 50 === 0) log(`ingest ${scale}x: ${p.done}/${p.total}`); },
    });
  } finally {
    await pool.close();
  }
  const counts = await db.counts();
  const documents = summary.documents.ingested;
  return {
    scale, documents, seconds: summary.seconds, msPerDocument: Math.round((summary.seconds * 1000) / Math.max(1, documents)),
    extractSeconds: summary.extractSeconds, writeSeconds: summary.writeSeconds, nodes: counts.nodes, relationships: counts.relationships,
    skipped: summary.documents.skipped, peakRssMb: peakRssMb(),
  };
}
