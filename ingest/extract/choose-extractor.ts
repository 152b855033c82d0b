// Which extractor an ingest runs: the project's extractor on the main thread for a few documents, the
// worker pool (extract-parallel.ts) reading ahead for many. Both give the same extraction (tested); the
// pool costs a start-up (each worker registers the TypeScript loader and loads the knowledge base) and
// pays it back over a corpus: 100x synthetic corpus, warm, 2 cores, 37.7-42.8 s against 42.4-45.7 s
// (docs/performance.md, "Seventh session").
import type { DocumentExtraction } from '../../model/extraction.ts';
import { AtlasError } from '../../model/errors.ts';
import { createExtractionPool, DEFAULT_THREADS, prefetchingExtractor } from './extract-parallel.ts';

export type Extractor = (file: string, text: string) => DocumentExtraction | Promise<DocumentExtraction>;

/** Below this many documents to extract, the pool's start-up (~2 s here) costs more than it saves. */
export const POOL_MIN_DOCUMENTS = 20;

export interface ChosenExtractor {
  extract: Extractor;
  /** 1 for the main thread. */
  threads: number;
  /** Stops the pool's workers; the main-thread extractor has nothing to stop. */
  close(): Promise<void>;
}

/**
 * Threads for `documents` to extract: `requested` when given (1 = the main thread), else one per core
 * when there are at least POOL_MIN_DOCUMENTS, else 1.
 */
export function extractionThreads(documents: number, requested?: number, cores = DEFAULT_THREADS): number {
  if (requested !== undefined) {
    if (!Number.isInteger(requested) || requested < 1) {
      throw new AtlasError('invalid_parameters', `threads must be a whole number of at least 1 (got ${requested}); give 1 to extract on the main thread.`, 400);
    }
    return requested;
  }
  return documents >= POOL_MIN_DOCUMENTS ? Math.max(1, cores) : 1;
}

/** An extractor for `files` (the documents to extract, in the order they will be asked for). */
export async function chooseExtractor(files: { file: string; text: string }[], requested?: number): Promise<ChosenExtractor> {
  const threads = extractionThreads(files.length, requested);
  if (threads === 1) return { extract: (await import('./project-extractor.ts')).loadProjectExtractor(), threads, close: async () => {} };
  const pool = createExtractionPool({ threads });
  return { extract: prefetchingExtractor(pool, files), threads, close: () => pool.close() };
}
