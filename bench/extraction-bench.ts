// Extraction speed at each scale: the project's extractor on one thread and on a worker pool (all
// cores), beside compromise's plain nlp(text) over the same genre, with quality against the planted gold.
import nlp from 'compromise';
import { extractDocument } from '../ingest/extract/extract-document.ts';
import { createExtractionPool } from '../ingest/extract/extract-parallel.ts';
import type { KnowledgeBase } from '../ingest/knowledge/load-knowledge-base.ts';
import { listCorpusFiles, type CorpusFile } from '../ingest/read/corpus-files.ts';
import { peakRssMb, round, timed } from './measure.ts';
import { addDocumentScore, emptyTally, goldByDocument, tallyReport } from './score-by-document.ts';
import { readSyntheticGold } from './synthetic-corpus-files.ts';

/** compromise runs at a quarter of the extractor's speed: past this many words (the 10x corpus) its
 * rate is measured on the first files only, which keeps a 100x run inside the time budget. */
export const NLP_MAX_WORDS = 350_000;

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean).length;

export interface ExtractionFigures {
  scale: number; files: number; words: number;
  singleWordsPerSec: number; parallelWordsPerSec: number; threads: number; poolStartMs: number;
  nlpWordsPerSec: number; nlpWords: number;
  ratioSingle: number; ratioParallel: number; peakRssMb: number;
  quality: ReturnType<typeof tallyReport>;
}

export async function extractionBench(dir: string, scale: number, kb: KnowledgeBase, log: (m: string) => void): Promise<ExtractionFigures> {
  const files: CorpusFile[] = listCorpusFiles([dir]).files;
  const words = files.reduce((n, f) => n + wordsOf(f.text), 0);
  const gold = goldByDocument(readSyntheticGold(dir));

  log(`extraction ${scale}x: single thread over ${files.length} files, ${words} words`);
  // Warm-up, untimed: the first call builds lazy indexes and the JIT has not seen the code yet.
  const small = files.reduce((a, b) => (a.text.length <= b.text.length ? a : b));
  extractDocument(small.file, small.text, kb);
  nlp(small.text);
  const tally = emptyTally();
  // Only extractDocument is timed; scoring against the gold runs between the timed calls.
  let singleMs = 0;
  for (const f of files) {
    const t0 = performance.now();
    const x = extractDocument(f.file, f.text, kb);
    singleMs += performance.now() - t0;
    addDocumentScore(tally, gold.get(f.file) ?? [], x, f.text);
  }

  log(`extraction ${scale}x: worker pool`);
  const start = await timed(async () => {
    const pool = createExtractionPool();
    // Warm-up: each worker loads the knowledge base on its first document.
    await Promise.all(Array.from({ length: pool.threads }, () => pool.extract(small.file, small.text)));
    return pool;
  });
  const pool = start.value;
  // Results are dropped as they arrive, so a 100x run does not hold every extraction at once.
  const parallel = await timed(() => Promise.all(files.map((f) => pool.extract(f.file, f.text).then(() => undefined))));
  await pool.close();

  log(`extraction ${scale}x: compromise nlp(text)`);
  let nlpWords = 0;
  const nlpRun = await timed(() => {
    for (const f of files) {
      if (nlpWords >= NLP_MAX_WORDS) break;
      nlp(f.text);
      nlpWords += wordsOf(f.text);
    }
  });
  const singleWps = words / (singleMs / 1000);
  const parallelWps = words / (parallel.ms / 1000);
  const nlpWps = nlpWords / (nlpRun.ms / 1000);
  return {
    scale, files: files.length, words,
    singleWordsPerSec: Math.round(singleWps), parallelWordsPerSec: Math.round(parallelWps), threads: pool.threads,
    poolStartMs: Math.round(start.ms), nlpWordsPerSec: Math.round(nlpWps), nlpWords,
    ratioSingle: round(singleWps / nlpWps, 2), ratioParallel: round(parallelWps / nlpWps, 2),
    peakRssMb: peakRssMb(), quality: tallyReport(tally),
  };
}
