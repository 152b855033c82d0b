// Write batches: several documents in one transaction give the graph writing them one by one gives,
// a bad document in a batch costs only itself, and batches are cut by documents, rows and id.
import { beforeEach, describe, expect, it } from 'vitest';
import { applySchema } from '../../db/apply-schema.ts';
import { writeDocument } from '../../ingest/write/write-document.ts';
import { BatchBuilder, writeBatch } from '../../ingest/write/write-batch.ts';
import { writeDocuments } from '../../ingest/write/write-documents.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { docA, docAEdited, docB, E, extraction } from './fixtures.ts';
import { counts, graphChecksum } from './graph-state.ts';

const driver = testDriver();
const docC = () => extraction('c', { entities: [E.johansson, E.pakistan], mentions: [[E.johansson, 'Csr Johansson'], [E.pakistan, 'Pakistan']] });
/** A map is no property value: this document's meeting upsert fails inside the transaction. */
const badDoc = () => extraction('bad', {
  entities: [E.johansson], mentions: [[E.johansson, 'Johansson']],
  meetings: [{ date: null, place: null, placeId: null, participants: [E.johansson.id], kind: 'meeting', planned: false, title: { nested: true } as never }],
});

describe('write batches', () => {
  beforeEach(async () => {
    await applySchema(driver);
    await resetDatabase(driver);
  });

  it('write the graph one by one writing gives, and replace stored versions', async () => {
    for (const d of [docA(), docB(), docC()]) await writeDocument(driver, d.x, d.text);
    const oneByOne = await graphChecksum(driver);
    await resetDatabase(driver);
    const results = await writeDocuments(driver, [docC(), docA(), docB()]);
    expect(results.map((r) => [r.docId, r.status])).toEqual([['doc:c', 'written'], ['doc:a', 'written'], ['doc:b', 'written']]);
    expect(await graphChecksum(driver)).toBe(oneByOne);

    const again = await writeDocuments(driver, [docAEdited(), docB()]);
    expect(again.map((r) => r.status)).toEqual(['written', 'unchanged']);
    const edited = await graphChecksum(driver);
    await resetDatabase(driver);
    for (const d of [docB(), docC(), docAEdited()]) await writeDocument(driver, d.x, d.text);
    expect(await graphChecksum(driver)).toBe(edited);
  });

  it('lose only the bad document: the batch is written again one by one', async () => {
    const outcomes = await writeBatch(driver, [docA(), badDoc(), docB()]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(String((outcomes[1] as { error: unknown }).error)).toMatch(/Property values can only be of primitive types/);
    const got = await graphChecksum(driver);
    await resetDatabase(driver);
    for (const d of [docA(), docB()]) await writeDocument(driver, d.x, d.text);
    expect(await graphChecksum(driver)).toBe(got);
  });

  it('refuse two versions of one document in one batch, before any write', async () => {
    await expect(writeDocuments(driver, [docA(), docAEdited()])).rejects.toMatchObject({ code: 'invalid_extraction' });
    expect(await counts(driver)).toEqual({});
  });

  it('are cut at the document limit, the row limit and a repeated id', () => {
    const cut = (limits: { documents?: number; rows?: number }, items: [number, string][]) => {
      const b = new BatchBuilder(limits);
      const batches: string[][] = [[]];
      for (const [rows, key] of items) {
        if (b.full(rows, key)) { batches.push([]); b.reset(); }
        b.add(rows, key);
        batches[batches.length - 1].push(key);
      }
      return batches;
    };
    const rows: [{ documents?: number; rows?: number }, [number, string][], string[][]][] = [
      [{ documents: 2 }, [[1, 'a'], [1, 'b'], [1, 'c']], [['a', 'b'], ['c']]],
      [{ rows: 10 }, [[4, 'a'], [5, 'b'], [2, 'c'], [20, 'd'], [1, 'e']], [['a', 'b'], ['c'], ['d'], ['e']]],
      [{}, [[1, 'a'], [1, 'b'], [1, 'a']], [['a', 'b'], ['a']]],
      [{ documents: 0 }, [[1, 'a'], [1, 'b']], [['a'], ['b']]],
    ];
    for (const [limits, items, expected] of rows) expect(cut(limits, items)).toEqual(expected);
  });
});
