// Attested office ranges on the real Neo4j: documents that state the same person, organisation and office
// on different dates meet on one HOLDS whose from..to is the earliest..latest date attested; withdrawing a
// document takes its dates away and the range is recomputed; the edge goes with the last document. The
// batched writer, the one-by-one writer and the loading bench's row-by-row writer give one graph.
import { beforeEach, describe, expect, it } from 'vitest';
import { applySchema } from '../../db/apply-schema.ts';
import type { Holding } from '../../model/extraction.ts';
import { removeDocument, writeDocument } from '../../ingest/write/write-document.ts';
import { writeDocuments } from '../../ingest/write/write-documents.ts';
import { writeRowByRow } from '../../bench/write-row-by-row.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { E, extraction } from './fixtures.ts';
import { graphChecksum, query } from './graph-state.ts';
import { cypher } from '../../db/cypher-files.ts';

const driver = testDriver();

/** A range the text attests: from..to are the earliest..latest of `dates`, as the linker gives it. */
const range = (office: string, dates: string[]): Holding => ({
  personId: E.khar.id, orgId: E.pakistan.id, office, from: dates[0] ?? null, to: dates[dates.length - 1] ?? null, source: 'text', dates,
});
const doc = (name: string, holdings: Holding[]) => extraction(name, {
  entities: [E.khar, E.pakistan], mentions: [[E.khar, `Minister Khar ${name}`]], holdings,
});
const docP = () => doc('p', [range('Minister of State', ['2022-11-15', '2023-02'])]);
const docQ = () => doc('q', [range('minister of state', ['2021-06-01', '2022-11-15'])]);
const docR = () => doc('r', [range('Minister of State', [])]);

interface Edge { office: string; from: string | null; to: string | null; source: string; docIds: string[]; attested: string[] }
const holds = () => query<Edge>(driver, `MATCH (:Person)-[h:HOLDS]->(:Country)
  RETURN h.office AS office, h.from AS from, h.to AS to, h.source AS source, h.docIds AS docIds, h.attested AS attested`);

describe('attested office ranges', () => {
  beforeEach(async () => {
    await applySchema(driver);
    await resetDatabase(driver);
  });

  it('meet on one HOLDS, shrink as documents are withdrawn, and go with the last one', async () => {
    for (const d of [docP(), docQ()]) await writeDocument(driver, d.x, d.text);
    expect(await holds()).toEqual([{
      office: 'Minister of State', from: '2021-06-01', to: '2023-02', source: 'text', docIds: ['doc:p', 'doc:q'],
      attested: ['doc:p|2022-11-15|Minister of State', 'doc:p|2023-02|Minister of State', 'doc:q|2021-06-01|minister of state', 'doc:q|2022-11-15|minister of state'],
    }]);
    // The entity answer says the range is attested, not a term, on both ends of the edge.
    const [detail] = await query<{ offices: unknown[] }>(driver, cypher('entity-detail'), { id: E.khar.id, topN: 10 });
    expect(detail.offices).toEqual([expect.objectContaining({ from: '2021-06-01', to: '2023-02', source: 'text', range: 'attested' })]);
    const [org] = await query<{ holders: unknown[] }>(driver, cypher('entity-detail'), { id: E.pakistan.id, topN: 10 });
    expect(org.holders).toEqual([expect.objectContaining({ personId: E.khar.id, range: 'attested' })]);
    expect(await removeDocument(driver, 'doc:p')).toBe(true);
    // Q's dates and Q's spelling are all that is left.
    expect(await holds()).toEqual([{
      office: 'minister of state', from: '2021-06-01', to: '2022-11-15', source: 'text', docIds: ['doc:q'],
      attested: ['doc:q|2021-06-01|minister of state', 'doc:q|2022-11-15|minister of state'],
    }]);
    expect(await removeDocument(driver, 'doc:q')).toBe(true);
    expect(await holds()).toEqual([]);
  });

  it('keep an undated statement without widening the range', async () => {
    for (const d of [docR(), docQ()]) await writeDocument(driver, d.x, d.text);
    expect(await holds()).toMatchObject([{ office: 'Minister of State', from: '2021-06-01', to: '2022-11-15', docIds: ['doc:q', 'doc:r'] }]);
    expect(await removeDocument(driver, 'doc:q')).toBe(true);
    expect(await holds()).toMatchObject([{ office: 'Minister of State', from: null, to: null, docIds: ['doc:r'], attested: ['doc:r||Minister of State'] }]);
  });

  it('are one graph whatever the order, the batch or the writer, and an edited document replaces only its dates', async () => {
    for (const d of [docP(), docQ(), docR()]) await writeDocument(driver, d.x, d.text);
    const oneByOne = await graphChecksum(driver);
    await resetDatabase(driver);
    for (const r of await writeDocuments(driver, [docR(), docQ(), docP()])) expect(r.status).toBe('written');
    expect(await graphChecksum(driver)).toBe(oneByOne);
    await resetDatabase(driver);
    for (const d of [docQ(), docR(), docP()]) await writeRowByRow(driver, d.x, d.text, 'transaction');
    expect(await graphChecksum(driver)).toBe(oneByOne);
    // P edited to attest one later date: Q's and R's attestations stay as they were.
    const edited = doc('p', [range('Minister of State', ['2024-01-09'])]);
    await writeDocument(driver, edited.x, edited.text);
    expect(await holds()).toMatchObject([{ from: '2021-06-01', to: '2024-01-09', docIds: ['doc:p', 'doc:q', 'doc:r'] }]);
    const afterEdit = await graphChecksum(driver);
    await resetDatabase(driver);
    for (const d of [edited, docR(), docQ()]) await writeDocument(driver, d.x, d.text);
    expect(await graphChecksum(driver)).toBe(afterEdit);
  });
});
