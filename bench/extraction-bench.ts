// Extraction speed at each scale: the project's extractor on one thread and on a worker pool (all
// cores), beside compromise's plain nlp(text) over the same text, with quality against the planted gold.
// The two cores are shared, so the ratio is measured where load hits both sides alike: our extractor and
// nlp(text) take turns file by file over the same texts, in the same process and minute, a few times,
// and the medians are compared. CPU time is reported beside wall time: it barely moves with the load.
import nlp from 'compromise';
import { extractDocument } from '../ingest/extract/extract-document.ts';
import { createExtractionPool, type ExtractionPool } from '../ingest/extract/extract-parallel.ts';
import type { KnowledgeBase } from '../ingest/knowledge/load-knowledge-base.ts';
import { listCorpusFiles, type CorpusFile } from '../ingest/read/corpus-files.ts';
import { median, peakRssMb, round, timed } from './measure.ts';
import { addDocumentScore, emptyTally, goldByDocument, tallyReport } from './score-by-document.ts';
import { readSyntheticGold } from './synthetic-corpus-files.ts';

/** compromise runs at a fraction of the extractor's speed: the side-by-side comparison reads the first
 * files up to this many words (whole synthetic units, so the genre mix is the corpus's), which keeps a
 * 100x run inside the time budget. The full corpus is still extracted once for quality. */
export const COMPARE_MAX_WORDS = 120_000;
/** Alternating repetitions of the comparison; the median of each side is reported. */
export const COMPARE_REPS = 3;
/** Files of the untimed warm-up (one synthetic unit: a Council note and its news items), and how many
 * times each side reads them first: V8 needs 3-4 passes over a unit to reach full speed (measured), and a
 * steady ingest of many documents runs warm, so both sides are compared warm. */
const WARMUP_FILES = 5;
const WARMUP_PASSES = 3;

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** CPU milliseconds of this process (all its threads) spent in `fn`. */
function cpuMs(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

export interface ExtractionFigures {
  scale: number; files: number; words: number;
  /** Medians over the alternating repetitions, on the first `nlpWords` words. */
  singleWordsPerSec: number; parallelWordsPerSec: number; nlpWordsPerSec: number; nlpWords: number;
  ratioSingle: number; ratioParallel: number;
  /** The same single-thread comparison in CPU time, which the machine's load barely moves. */
  singleCpuWordsPerSec: number; nlpCpuWordsPerSec: number; ratioSingleCpu: number;
  /** One pass of the extractor over the whole corpus (the quality pass), words per second. */
  fullPassWordsPerSec: number;
  threads: number; poolStartMs: number; reps: number;
  peakRssMb: number; quality: ReturnType<typeof tallyReport>;
}

async function poolPass(pool: ExtractionPool, files: CorpusFile[]): Promise<number> {
  // Results are dropped as they arrive, so a large corpus does not hold every extraction at once.
  return (await timed(() => Promise.all(files.map((f) => pool.extract(f.file, f.text).then(() => undefined))))).ms;
}

export async function extractionBench(dir: string, scale: number, kb: KnowledgeBase, log: (m: string) => void): Promise<ExtractionFigures> {
  const files: CorpusFile[] = listCorpusFiles([dir]).files;
  const counts = files.map((f) => wordsOf(f.text));
  const words = counts.reduce((a, b) => a + b, 0);
  const gold = goldByDocument(readSyntheticGold(dir));
  const sample: CorpusFile[] = [];
  let sampleWords = 0;
  for (let i = 0; i < files.length && sampleWords < COMPARE_MAX_WORDS; i++) { sample.push(files[i]!); sampleWords += counts[i]!; }

  // Warm-up, untimed: the first call builds lazy indexes and the JIT has not seen the code yet.
  const unit = sample.slice(0, WARMUP_FILES);
  for (let w = 0; w < WARMUP_PASSES; w++) for (const f of unit) { extractDocument(f.file, f.text, kb); nlp(f.text); }
  log(`extraction ${scale}x: worker pool start`);
  const start = await timed(async () => {
    const pool = createExtractionPool();
    // Each worker loads the knowledge base on its first document; start-up is reported, not timed below.
    const small = files.reduce((a, b) => (a.text.length <= b.text.length ? a : b));
    await Promise.all(Array.from({ length: pool.threads }, () => pool.extract(small.file, small.text)));
    return pool;
  });
  // The workers warm up as the main thread did: one copy of the unit per worker in each pass.
  const pool = start.value;
  for (let w = 0; w < WARMUP_PASSES; w++) await poolPass(pool, Array.from({ length: pool.threads }, () => unit).flat());

  const ours: number[] = []; const theirs: number[] = []; const oursCpu: number[] = []; const theirsCpu: number[] = []; const pooled: number[] = [];
  try {
    for (let r = 0; r < COMPARE_REPS; r++) {
      log(`extraction ${scale}x: side by side ${r + 1}/${COMPARE_REPS} over ${sample.length} files, ${sampleWords} words`);
      let a = 0; let b = 0; let ac = 0; let bc = 0;
      for (const f of sample) {
        let t0 = performance.now();
        ac += cpuMs(() => extractDocument(f.file, f.text, kb));
        a += performance.now() - t0;
        t0 = performance.now();
        bc += cpuMs(() => nlp(f.text));
        b += performance.now() - t0;
      }
      ours.push(sampleWords / (a / 1000)); theirs.push(sampleWords / (b / 1000));
      oursCpu.push(sampleWords / (ac / 1000)); theirsCpu.push(sampleWords / (bc / 1000));
      pooled.push(sampleWords / ((await poolPass(pool, sample)) / 1000));
    }
  } finally {
    await pool.close();
  }

  log(`extraction ${scale}x: quality pass over ${files.length} files, ${words} words`);
  const tally = emptyTally();
  // Only extractDocument is timed; scoring against the gold runs between the timed calls.
  let fullMs = 0;
  for (const f of files) {
    const t0 = performance.now();
    const x = extractDocument(f.file, f.text, kb);
    fullMs += performance.now() - t0;
    addDocumentScore(tally, gold.get(f.file) ?? [], x, f.text);
  }
  const [single, parallel, nlpWps, singleCpu, nlpCpu] = [ours, pooled, theirs, oursCpu, theirsCpu].map(median) as [number, number, number, number, number];
  return {
    scale, files: files.length, words,
    singleWordsPerSec: Math.round(single), parallelWordsPerSec: Math.round(parallel), nlpWordsPerSec: Math.round(nlpWps), nlpWords: sampleWords,
    ratioSingle: round(single / nlpWps, 2), ratioParallel: round(parallel / nlpWps, 2),
    singleCpuWordsPerSec: Math.round(singleCpu), nlpCpuWordsPerSec: Math.round(nlpCpu), ratioSingleCpu: round(singleCpu / nlpCpu, 2),
    fullPassWordsPerSec: Math.round(words / (fullMs / 1000)),
    threads: pool.threads, poolStartMs: Math.round(start.ms), reps: COMPARE_REPS,
    peakRssMb: peakRssMb(), quality: tallyReport(tally),
  };
}
