// ingestPaths on the real Neo4j: bad files are skipped with one reason each and the rest ingested; a
// second run changes nothing; the summary counts what the graph holds.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/ingest-paths.ts';
import { writeDocument } from '../../ingest/write/write-document.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { graphChecksum } from '../write/graph-state.ts';
import { docA, docB } from '../write/fixtures.ts';
import { corpusFolder, fixtureExtractor } from './corpus-fixture.ts';

const driver = testDriver();
const dir = corpusFolder();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingestPaths', () => {
  beforeEach(() => resetDatabase(driver));

  it('skips bad files with reasons and ingests the rest', async () => {
    const progress: string[] = [];
    const s = await ingestPaths(driver, [dir], { extract: fixtureExtractor, onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.file} ${p.status}`) });
    expect(s.documents).toEqual({ ingested: 2, unchanged: 0, skipped: 5, removed: 0 });
    expect(s.failed).toBe(false);
    const reasons = Object.fromEntries(s.skipped.map((k) => [k.path.slice(dir.length + 1), k.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['binary.txt', 'crash.txt', 'empty.txt', 'latin1.txt', 'notes.pdf']);
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['notes.pdf']).toMatch(/extension/);
    expect(reasons['crash.txt']).toMatch(/^extraction failed: no fixture for crash\.txt/);
    expect(s).toMatchObject({
      entities: { Person: 2, Institution: 2, Country: 2, Instrument: 1 }, mentions: 10, meetings: 2, instrumentEvents: 3, documentsInGraph: 2,
    });
    expect(progress).toContain('1/3 a.txt written');
    expect(progress).toContain('3/3 crash.txt skipped');
  });

  it('changes nothing on a second run', async () => {
    await ingestPaths(driver, [dir], { extract: fixtureExtractor });
    const before = await graphChecksum(driver);
    const s = await ingestPaths(driver, [dir], { extract: fixtureExtractor });
    expect(s.documents).toEqual({ ingested: 0, unchanged: 2, skipped: 5, removed: 0 });
    expect(await graphChecksum(driver)).toBe(before);
  });

  it('with prune, removes documents whose file left the corpus, and everything only they supported', async () => {
    await ingestPaths(driver, [dir], { extract: fixtureExtractor });
    rmSync(join(dir, 'a.txt'));
    rmSync(join(dir, 'empty.txt')); // a bad file that goes away removes nothing: it was never stored
    const kept = await ingestPaths(driver, [dir], { extract: fixtureExtractor });
    expect(kept.documents.removed).toBe(0); // without prune nothing is removed
    const pruned = await ingestPaths(driver, [dir], { extract: fixtureExtractor, prune: true });
    expect(pruned.documents).toEqual({ ingested: 0, unchanged: 1, skipped: 4, removed: 1 });
    const after = await graphChecksum(driver);
    await resetDatabase(driver);
    const { x, text } = docB();
    await writeDocument(driver, x, text);
    expect(await graphChecksum(driver)).toBe(after);
    writeFileSync(join(dir, 'a.txt'), docA().text);
    writeFileSync(join(dir, 'empty.txt'), '');
  });

  it('reports a path that does not exist', async () => {
    const s = await ingestPaths(driver, [`${dir}/missing`], { extract: fixtureExtractor });
    expect(s.skipped).toEqual([{ path: `${dir}/missing`, reason: expect.stringMatching(/no such file/) }]);
  });
});
