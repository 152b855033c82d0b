// The worker-pool extractor gives exactly what extractDocument gives on the main thread, in any order,
// and the prefetching extractor answers for every file it is asked about.
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../ingest/extract/extract-document.ts';
import { createExtractionPool, prefetchingExtractor } from '../../ingest/extract/extract-parallel.ts';
import { loadKnowledgeBase } from '../../ingest/knowledge/load-knowledge-base.ts';
import { listCorpusFiles } from '../../ingest/read/corpus-files.ts';

const kb = loadKnowledgeBase();
const { files } = listCorpusFiles(['seeds']);
const pool = createExtractionPool({ threads: 2 });
afterAll(() => pool.close());

describe('extraction on worker threads', () => {
  it('equals the single-thread extraction of every seed', async () => {
    const parallel = await Promise.all(files.map((f) => pool.extract(f.file, f.text)));
    expect(parallel).toEqual(files.map((f) => extractDocument(f.file, f.text, kb)));
  });

  it('prefetches ahead and still answers each file with its own extraction', async () => {
    const extract = prefetchingExtractor(pool, files, 2);
    for (const f of files) expect((await extract(f.file, f.text)).doc.file).toBe(f.file);
  });

  it('a read-ahead that fails rejects only its own file, and only when that file is asked for', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (err: unknown) => unhandled.push(err);
    process.on('unhandledRejection', onUnhandled);
    try {
      const broken = { file: 'broken.txt', text: undefined as unknown as string };
      const list = [files[0], broken, ...files.slice(1)];
      const extract = prefetchingExtractor(pool, list, 3);
      expect((await extract(files[0].file, files[0].text)).doc.file).toBe(files[0].file);
      // Let the broken read-ahead settle before it is asked for: that must not be an unhandled rejection.
      await new Promise((r) => setTimeout(r, 500));
      await expect(extract(broken.file, broken.text)).rejects.toMatchObject({ code: 'extraction_failed', message: expect.stringContaining('broken.txt') });
      for (const f of files.slice(1)) expect((await extract(f.file, f.text)).doc.file).toBe(f.file);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('rejects with an AtlasError naming the file when extraction throws', async () => {
    await expect(pool.extract('broken.txt', undefined as unknown as string)).rejects.toMatchObject({ name: 'AtlasError', code: 'extraction_failed' });
  });
});
