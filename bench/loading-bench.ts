// Loading: relationships per second with the project's batched writer against one statement per row
// (same queries, same transactions), then the whole ingest (ingestPaths with the worker-pool extractor)
// of the 10x and 100x corpora, with time per document to show whether cost grows linearly.
import { createExtractionPool, prefetchingExtractor } from '../ingest/extract/extract-parallel.ts';
import { extractDocument } from '../ingest/extract/extract-document.ts';
import { ingestPaths, type IngestSummary } from '../ingest/ingest-paths.ts';
import type { KnowledgeBase } from '../ingest/knowledge/load-knowledge-base.ts';
import { listCorpusFiles } from '../ingest/read/corpus-files.ts';
import { writeDocument } from '../ingest/write/write-document.ts';
import type { BenchNeo4j } from './bench-neo4j.ts';
import { peakRssMb, round, timed } from './measure.ts';
import { writeRowByRow } from './write-row-by-row.ts';

export interface WriteFigures { documents: number; relationships: number; batchedRelsPerSec: number; rowRelsPerSec: number; ratio: number; batchedMs: number; rowMs: number }
export interface IngestFigures { scale: number; documents: number; seconds: number; msPerDocument: number; extractSeconds: number; writeSeconds: number; nodes: number; relationships: number; skipped: number; peakRssMb: number }

export async function writeBench(db: BenchNeo4j, dir: string, kb: KnowledgeBase, log: (m: string) => void): Promise<WriteFigures> {
  const files = listCorpusFiles([dir]).files;
  const xs = files.map((f) => ({ x: extractDocument(f.file, f.text, kb), text: f.text }));
  log(`loading: batched writer, ${files.length} documents`);
  await db.reset();
  const batched = await timed(async () => { for (const { x, text } of xs) await writeDocument(db.driver, x, text); });
  const { relationships } = await db.counts();
  log(`loading: one statement per row, ${files.length} documents`);
  await db.reset();
  const row = await timed(async () => { for (const { x, text } of xs) await writeRowByRow(db.driver, x, text); });
  const rowCounts = await db.counts();
  if (rowCounts.relationships !== relationships) log(`note: row-by-row wrote ${rowCounts.relationships} relationships, batched ${relationships}`);
  await db.reset();
  const batchedRelsPerSec = relationships / (batched.ms / 1000);
  const rowRelsPerSec = rowCounts.relationships / (row.ms / 1000);
  return {
    documents: files.length, relationships, batchedRelsPerSec: Math.round(batchedRelsPerSec), rowRelsPerSec: Math.round(rowRelsPerSec),
    ratio: round(batchedRelsPerSec / rowRelsPerSec, 1), batchedMs: Math.round(batched.ms), rowMs: Math.round(row.ms),
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
