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

/**
 * Heap cap per worker. Without one, a document that exhausts a worker's heap aborts the whole process
 * (V8's out-of-memory is fatal); with one, only that worker dies, its document fails with a reason and
 * a fresh worker takes its place. A 100x ingest peaks well under this per worker (docs/performance.md).
 */
export const DEFAULT_WORKER_HEAP_MB = 1024;

export interface ExtractionPoolOptions {
  /** Worker threads (default DEFAULT_THREADS, one per core). */
  threads?: number;
  /** Old-generation heap per worker, in MB (default DEFAULT_WORKER_HEAP_MB). */
  workerHeapMb?: number;
}

interface Job { id: number; file: string; text: string }
type Reply = { ready: true } | { id: number; result: DocumentExtraction } | { id: number; error: string };

export interface ExtractionPool {
  readonly threads: number;
  extract(file: string, text: string): Promise<DocumentExtraction>;
  close(): Promise<void>;
}

export function createExtractionPool(opts: ExtractionPoolOptions = {}): ExtractionPool {
  const threads = Math.max(1, opts.threads ?? DEFAULT_THREADS);
  const heapMb = opts.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB;
  const pending = new Map<number, { resolve: (x: DocumentExtraction) => void; reject: (e: Error) => void }>();
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const live = new Set<Worker>();
  /** The job each worker is on: the one to fail if that worker dies. */
  const busy = new Map<Worker, Job>();
  let nextId = 0;
  let closing = false;
  /** Set when every worker died before it could start: later calls fail at once with it. */
  let broken: Error | null = null;

  function spawn(): void {
    const w = new Worker(workerEntry(), { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    let ready = false;
    live.add(w);
    w.on('message', (reply: Reply) => {
      if ('ready' in reply) { ready = true; return; }
      busy.delete(w);
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      if ('error' in reply) p?.reject(new AtlasError('extraction_failed', `${reply.error}; run \`npm run extract\` on the file to see where.`));
      else p?.resolve(reply.result);
      dispatch(w);
    });
    // 'error' (an uncaught exception, out of memory) is followed by 'exit'; an exit alone also counts.
    let why: Error | null = null;
    w.on('error', (err) => { why = err; });
    w.on('exit', (code) => { if (!closing) died(w, ready, why ?? new Error(`the worker exited with code ${code}`)); });
    dispatch(w);
  }

  function died(w: Worker, ready: boolean, err: Error): void {
    live.delete(w);
    const at = idle.indexOf(w);
    if (at >= 0) idle.splice(at, 1);
    const job = busy.get(w);
    busy.delete(w);
    if (ready) {
      // A worker that had started dies of the document it was on: that document fails, the rest go on.
      if (job) fail(job, new AtlasError('extraction_failed', `extraction of ${job.file} stopped its worker (${err.message}); the file may be too large to extract (split it), or run \`npm run extract\` on it to see where.`));
      spawn();
      return;
    }
    // One that never started (the knowledge base or the loader failed) would fail again: not respawned;
    // its job goes back to the queue for a worker that did start.
    if (job) queue.unshift(job);
    if (live.size === 0) {
      broken = new AtlasError('extraction_failed', `no extraction worker could start (${err.message}); run \`npm run extract\` on one file to see the error, or ingest with --threads 1.`);
      for (const j of queue.splice(0)) fail(j, broken);
    }
  }

  function fail(job: Job, err: Error): void {
    pending.get(job.id)?.reject(err);
    pending.delete(job.id);
  }

  function dispatch(w: Worker): void {
    const job = queue.shift();
    if (job) { busy.set(w, job); w.postMessage(job); } else idle.push(w);
  }

  for (let i = 0; i < threads; i++) spawn();
  return {
    threads,
    extract(file, text) {
      if (broken) return Promise.reject(broken);
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        queue.push({ id, file, text });
        const w = idle.pop();
        if (w) dispatch(w);
      });
    },
    async close() {
      closing = true;
      await Promise.all([...live].map((w) => w.terminate()));
      const closed = new AtlasError('extraction_failed', 'the extraction pool was closed before this document was extracted; run the ingest again to extract it.');
      for (const p of pending.values()) p.reject(closed);
      pending.clear();
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
  const extract = (await import('./project-extractor.ts')).loadProjectExtractor();
  port.postMessage({ ready: true } satisfies Reply);
  port.on('message', (job: Job) => {
    try {
      port.postMessage({ id: job.id, result: extract(job.file, job.text) } satisfies Reply);
    } catch (err) {
      port.postMessage({ id: job.id, error: `extraction of ${job.file} failed: ${(err as Error).message}` } satisfies Reply);
    }
  });
}
