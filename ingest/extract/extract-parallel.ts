// Extraction on worker threads: extractDocument is a pure function of (text, knowledge base), so each
// worker loads the knowledge base once and extracts whole documents; the main thread only hands out
// texts and receives results. This file is both the pool (main thread) and the worker (when loaded
// by one). Added by the benchmarks; the extraction itself stays in extract-document.ts.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import type { DocumentExtraction } from '../../model/extraction.ts';
import { AtlasError } from '../../model/errors.ts';

/** One worker per core: extraction is CPU-bound, more threads only add switching. */
export const DEFAULT_THREADS = availableParallelism();
/** Documents handed to the pool ahead of the one awaited, per worker, so no worker waits for work. */
export const PREFETCH_PER_THREAD = 2;

/**
 * Workers do not inherit tsx's loader hooks, so under tsx the worker starts from a tiny ES module that
 * registers tsx and then imports this file; compiled JS is loaded directly.
 */
function workerEntry(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL(import.meta.url);
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(import.meta.url)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

interface Job { id: number; file: string; text: string }
type Reply = { id: number; result: DocumentExtraction } | { id: number; error: string };

export interface ExtractionPool {
  readonly threads: number;
  extract(file: string, text: string): Promise<DocumentExtraction>;
  close(): Promise<void>;
}

export function createExtractionPool(opts: { threads?: number } = {}): ExtractionPool {
  const threads = Math.max(1, opts.threads ?? DEFAULT_THREADS);
  const pending = new Map<number, { resolve: (x: DocumentExtraction) => void; reject: (e: Error) => void }>();
  const queue: Job[] = [];
  const idle: Worker[] = [];
  let nextId = 0;
  const workers = Array.from({ length: threads }, () => {
    const w = new Worker(workerEntry());
    w.on('message', (reply: Reply) => {
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      if ('error' in reply) p?.reject(new AtlasError('extraction_failed', `${reply.error}; run \`npm run extract\` on the file to see where.`));
      else p?.resolve(reply.result);
      dispatch(w);
    });
    w.on('error', (err) => {
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
    idle.push(w);
    return w;
  });
  function dispatch(w: Worker): void {
    const job = queue.shift();
    if (job) w.postMessage(job); else idle.push(w);
  }
  return {
    threads,
    extract(file, text) {
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        queue.push({ id, file, text });
        const w = idle.pop();
        if (w) dispatch(w);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * An extractor for ingestPaths that keeps the pool busy: asked for file i of `files` (in the order
 * ingestPaths reads them), it has already started the next `ahead`, so extraction runs while the
 * previous document is being written. A file not in the list is extracted on demand.
 */
export function prefetchingExtractor(
  pool: ExtractionPool, files: { file: string; text: string }[], ahead = pool.threads * PREFETCH_PER_THREAD,
): (file: string, text: string) => Promise<DocumentExtraction> {
  const started = new Map<string, Promise<DocumentExtraction>>();
  const position = new Map(files.map((f, i) => [f.file, i]));
  return (file, text) => {
    const i = position.get(file);
    if (i !== undefined) {
      for (let j = i + 1; j <= i + ahead && j < files.length; j++) {
        const next = files[j];
        if (started.has(next.file)) continue;
        const p = pool.extract(next.file, next.text);
        // A read-ahead that fails is reported when its file is asked for; until then it is not unhandled.
        p.catch(() => {});
        started.set(next.file, p);
      }
    }
    const have = started.get(file);
    started.delete(file);
    return have ?? pool.extract(file, text);
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const [{ extractDocument }, { loadKnowledgeBase }] = await Promise.all([
    import('./extract-document.ts'), import('../knowledge/load-knowledge-base.ts'),
  ]);
  const kb = loadKnowledgeBase();
  port.on('message', (job: Job) => {
    try {
      port.postMessage({ id: job.id, result: extractDocument(job.file, job.text, kb) } satisfies Reply);
    } catch (err) {
      port.postMessage({ id: job.id, error: `extraction of ${job.file} failed: ${(err as Error).message}` } satisfies Reply);
    }
  });
}
