// The real extractor on the real corpus into the real Neo4j: ingesting twice changes nothing, the order
// of documents and the batch size do not matter, an edited document leaves the graph as a clean ingest of the edited
// corpus would, extraction on worker threads gives the same graph, and a backup restores the same graph.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/ingest-paths.ts';
import { exportJsonl } from '../../ingest/write/export-jsonl.ts';
import { importJsonl } from '../../ingest/write/import-jsonl.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { graphChecksum } from '../write/graph-state.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const driver = testDriver();
const tmp = mkdtempSync(join(tmpdir(), 'atlas-seeds-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
/** Four extractions and ingests of the corpus plus a restore: more than the default test timeout. */
const SEEDS_TEST_TIMEOUT_MS = 300_000;
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

describe('ingest of the seeds', () => {
  beforeEach(() => resetDatabase(driver));

  it('is idempotent, order-independent and survives a backup round trip', async () => {
    const first = await ingestPaths(driver, [SEEDS]);
    expect(first.documents).toEqual({ ingested: seedFiles.length, unchanged: 0, skipped: 0, removed: 0 });
    expect(first.mentions).toBeGreaterThan(1_000);
    expect(first.meetings).toBeGreaterThan(100);
    const sum = await graphChecksum(driver);

    const again = await ingestPaths(driver, [SEEDS]);
    expect(again.documents).toEqual({ ingested: 0, unchanged: seedFiles.length, skipped: 0, removed: 0 });
    expect(await graphChecksum(driver)).toBe(sum);

    await resetDatabase(driver);
    // Reversed, and two documents per write transaction instead of all five in one.
    const reversed = await ingestPaths(driver, [...seedFiles].reverse().map((f) => join(SEEDS, f)), { batch: { documents: 2 } });
    expect(reversed.entities).toEqual(first.entities);
    expect(await graphChecksum(driver)).toBe(sum);

    await resetDatabase(driver);
    // Extracted on two worker threads, as the CLI does for a big corpus: the same graph.
    const pooled = await ingestPaths(driver, [SEEDS], { threads: 2 });
    expect(pooled.documents.ingested).toBe(seedFiles.length);
    expect(await graphChecksum(driver)).toBe(sum);

    const backup = join(tmp, 'seeds.jsonl');
    await exportJsonl(driver, backup);
    await resetDatabase(driver);
    await importJsonl(driver, backup);
    expect(await graphChecksum(driver)).toBe(sum);
  }, SEEDS_TEST_TIMEOUT_MS);

  it('an edited document replaces exactly its own facts', async () => {
    const corpus = join(tmp, 'corpus');
    const edited = join(tmp, 'edited');
    for (const dir of [corpus, edited]) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const f of seedFiles) copyFileSync(join(SEEDS, f), join(dir, f));
    }
    // Cut the news article about Pakistan down to its first paragraph.
    const victim = seedFiles[0];
    const text = readFileSync(join(SEEDS, victim), 'utf8');
    writeFileSync(join(edited, victim), text.slice(0, text.indexOf('\n\n')));

    await ingestPaths(driver, [corpus]);
    const before = await graphChecksum(driver);
    const s = await ingestPaths(driver, [edited]);
    expect(s.documents).toEqual({ ingested: 1, unchanged: seedFiles.length - 1, skipped: 0, removed: 0 });
    const after = await graphChecksum(driver);
    expect(after).not.toBe(before);

    await resetDatabase(driver);
    await ingestPaths(driver, [edited]);
    expect(await graphChecksum(driver)).toBe(after);
  }, SEEDS_TEST_TIMEOUT_MS);
});
