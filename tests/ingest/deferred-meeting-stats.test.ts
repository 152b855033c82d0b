// A bulk ingest marks the meeting statistics of the stored entities each batch touches instead of
// deriving them (a hub's walk through all its meetings, every batch) and derives every marked entity once
// at the end: the graph is the one deriving per batch gives, and a run interrupted before its end leaves
// entities marked (never stale) for the next run to derive.
import { rmSync } from 'node:fs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/ingest-paths.ts';
import { entitiesWithoutMeetingStats } from '../../ingest/write/derive-entity-stats.ts';
import { writeBatch } from '../../ingest/write/write-batch.ts';
import { writeDocument } from '../../ingest/write/write-document.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { entity, graphChecksum } from '../write/graph-state.ts';
import { docA, docB, E } from '../write/fixtures.ts';
import { corpusFolder, fixtureExtractor } from './corpus-fixture.ts';

const driver = testDriver();
const dir = corpusFolder();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** One document per batch: the second batch touches entities the first stored (Johansson, the Commission). */
const ONE_PER_BATCH = { documents: 1 };

/** The graph written document by document, each deriving its statistics in its own transaction. */
async function derivedPerDocument(): Promise<string> {
  await resetDatabase(driver);
  for (const d of [docA(), docB()]) await writeDocument(driver, d.x, d.text);
  const sum = await graphChecksum(driver);
  await resetDatabase(driver);
  return sum;
}

describe('meeting statistics deferred to the end of a bulk ingest', () => {
  beforeEach(() => resetDatabase(driver));

  it('give the graph that deriving per batch gives, with nothing left marked', async () => {
    const expected = await derivedPerDocument();
    await ingestPaths(driver, [dir], { extract: fixtureExtractor, batch: ONE_PER_BATCH });
    expect(await entitiesWithoutMeetingStats(driver)).toEqual([]);
    expect(await graphChecksum(driver)).toBe(expected);
  });

  it('a deferred batch marks the stored entities it touched, and the next run derives them', async () => {
    const expected = await derivedPerDocument();
    await writeDocument(driver, docA().x, docA().text);
    // What a run interrupted between its last batch and its end leaves.
    for (const o of await writeBatch(driver, [docB()], { deferMeetingStats: true })) expect(o.ok).toBe(true);
    expect(await entitiesWithoutMeetingStats(driver)).toEqual(expect.arrayContaining([E.johansson.id]));
    expect((await entity(driver, E.johansson.id))?.topCoParticipantIds).toBeUndefined();
    // Both files are stored unchanged: the run writes nothing and derives what was left marked.
    const run = await ingestPaths(driver, [dir], { extract: fixtureExtractor });
    expect(run.documents.ingested).toBe(0);
    expect(await entitiesWithoutMeetingStats(driver)).toEqual([]);
    expect(await graphChecksum(driver)).toBe(expected);
  });
});
