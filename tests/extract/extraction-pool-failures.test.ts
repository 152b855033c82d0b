// A worker that dies takes only its own document with it: a document too big for a worker's heap fails
// with a reason and the next one is extracted by a fresh worker; workers that cannot start at all fail
// every document at once instead of leaving the ingest waiting; closing the pool settles what is left.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExtractionPool } from '../../ingest/extract/extract-parallel.ts';

const SEED = readFileSync(new URL('../../seeds/003_072a97fd6eb2948e.txt', import.meta.url), 'utf8');
/** Twice what a worker needs to load the knowledge base (24 MB is too little, 32 enough: measured),
 * far too little for an 8 MB document. */
const SMALL_HEAP_MB = 64;
/** Too small for a worker to load the knowledge base. */
const STARVED_HEAP_MB = 4;

describe('extraction pool failures', () => {
  it('fails the document that exhausted its worker, and extracts the next on a fresh worker', async () => {
    const pool = createExtractionPool({ threads: 1, workerHeapMb: SMALL_HEAP_MB });
    try {
      const before = await pool.extract('before.txt', SEED);
      await expect(pool.extract('huge.txt', SEED.repeat(3_000))).rejects.toMatchObject({
        name: 'AtlasError', code: 'extraction_failed', message: expect.stringMatching(/^extraction of huge\.txt stopped its worker \(.*memory.*\); the file may be too large/),
      });
      const after = await pool.extract('after.txt', SEED);
      expect(after.mentions).toEqual(before.mentions);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('fails every document with one reason when no worker can start, and later ones at once', async () => {
    const pool = createExtractionPool({ threads: 2, workerHeapMb: STARVED_HEAP_MB });
    try {
      const reason = { code: 'extraction_failed', message: expect.stringMatching(/^no extraction worker could start .*--threads 1/) };
      const results = await Promise.allSettled(['a.txt', 'b.txt', 'c.txt'].map((f) => pool.extract(f, SEED)));
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
      for (const r of results) expect((r as PromiseRejectedResult).reason).toMatchObject(reason);
      await expect(pool.extract('d.txt', SEED)).rejects.toMatchObject(reason);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('rejects what is still queued when the pool is closed', async () => {
    const pool = createExtractionPool({ threads: 1 });
    const queued = [pool.extract('a.txt', SEED), pool.extract('b.txt', SEED)];
    await pool.close();
    for (const r of await Promise.allSettled(queued)) {
      expect(r).toMatchObject({ status: 'rejected', reason: { code: 'extraction_failed', message: expect.stringMatching(/pool was closed/) } });
    }
  }, 60_000);
});
