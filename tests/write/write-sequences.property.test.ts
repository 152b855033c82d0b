// Property: whatever sequence of document versions is written (edits, repeats, empty versions, any
// order, one document per transaction or several in one batch), the graph equals a clean write of each
// document's last version. fast-check draws the
// sequences; each run is checked on the real Neo4j, so the number of runs stays small.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySchema } from '../../db/apply-schema.ts';
import type { ExtractedEntity } from '../../model/extraction.ts';
import { writeDocument } from '../../ingest/write/write-document.ts';
import { BatchBuilder, documentRowCount, writeBatch } from '../../ingest/write/write-batch.ts';
import type { DocumentToWrite } from '../../ingest/write/write-documents.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { E, extraction } from './fixtures.ts';
import { graphChecksum } from './graph-state.ts';

/** Runs per property: each is a handful of real transactions. */
const RUNS = 12;
const driver = testDriver();
const POOL: ExtractedEntity[] = [E.johansson, E.khar, E.pakistan, E.nigeria, E.commission, E.eu, E.readmission];
const SURFACES = ['A', 'B', 'C'];

const version = fc.record({
  mentions: fc.array(fc.tuple(fc.nat(POOL.length - 1), fc.nat(SURFACES.length - 1)), { maxLength: 6 }),
  meeting: fc.option(fc.uniqueArray(fc.nat(POOL.length - 1), { minLength: 1, maxLength: 3 })),
  event: fc.boolean(),
  holding: fc.boolean(),
  // An attested range: its dates and its spelling (two spellings of one office meet on one HOLDS).
  range: fc.option(fc.record({ dates: fc.subarray(['2021-03-01', '2022', '2023-05-10']), title: fc.constantFrom('Minister', 'minister') })),
});
type Version = typeof version extends fc.Arbitrary<infer V> ? V : never;

function build(doc: string, v: Version) {
  const used = new Set<number>([...v.mentions.map(([e]) => e), ...(v.meeting ?? [])]);
  if (v.event) used.add(POOL.indexOf(E.readmission));
  if (v.holding) { used.add(POOL.indexOf(E.johansson)); used.add(POOL.indexOf(E.commission)); }
  if (v.range) { used.add(POOL.indexOf(E.khar)); used.add(POOL.indexOf(E.pakistan)); }
  const entities = [...used].sort().map((i) => POOL[i]);
  const ids = new Set(entities.map((e) => e.id));
  // Parties only when both are listed, as the extractor lists every entity its facts name.
  const withParties = entities.map((e) => (e.parties ? { ...e, parties: e.parties.filter((p) => ids.has(p)) } : e));
  return extraction(doc, {
    entities: withParties,
    mentions: v.mentions.map(([e, s]) => [POOL[e], `${POOL[e].name} ${SURFACES[s]}`]),
    meetings: v.meeting ? [{ date: null, place: null, placeId: null, participants: v.meeting.map((i) => POOL[i].id), kind: 'meeting', planned: false, title: 'm' }] : [],
    events: v.event ? [{ instrument: E.readmission.id, stage: 'signed', date: { iso: '2009', precision: 'year', text: '2009' }, planned: false }] : [],
    holdings: [
      ...(v.holding ? [{ personId: E.johansson.id, orgId: E.commission.id, office: 'Commissioner', from: null, to: null, source: 'text' as const }] : []),
      ...(v.range ? [{
        personId: E.khar.id, orgId: E.pakistan.id, office: v.range.title, source: 'text' as const, dates: v.range.dates,
        from: v.range.dates[0] ?? null, to: v.range.dates[v.range.dates.length - 1] ?? null,
      }] : []),
    ],
  });
}

describe('write sequences', () => {
  it('end in the graph of the last versions, whatever came before', async () => {
    await applySchema(driver);
    await fc.assert(fc.asyncProperty(
      fc.array(fc.tuple(fc.constantFrom('d1', 'd2', 'd3'), version), { minLength: 1, maxLength: 7 }),
      async (writes) => {
        await resetDatabase(driver);
        for (const [doc, v] of writes) { const d = build(doc, v); await writeDocument(driver, d.x, d.text); }
        const got = await graphChecksum(driver);
        const last = new Map(writes.map(([doc, v]) => [doc, v]));
        await resetDatabase(driver);
        for (const doc of [...last.keys()].sort()) { const d = build(doc, last.get(doc)!); await writeDocument(driver, d.x, d.text); }
        expect(got).toBe(await graphChecksum(driver));
      },
    // No shrinking: each step is real transactions, and the raw counterexample is small enough to read.
    ), { numRuns: RUNS, endOnFailure: true });
  });

  it('are the same whatever the batch size', async () => {
    await applySchema(driver);
    await fc.assert(fc.asyncProperty(
      fc.array(fc.tuple(fc.constantFrom('d1', 'd2', 'd3', 'd4'), version), { minLength: 1, maxLength: 8 }),
      fc.integer({ min: 2, max: 5 }),
      async (writes, size) => {
        const docs = writes.map(([doc, v]) => build(doc, v));
        await resetDatabase(driver);
        for (const d of docs) await writeDocument(driver, d.x, d.text);
        const oneByOne = await graphChecksum(driver);
        await resetDatabase(driver);
        // Cut as ingestPaths cuts: at most `size` documents, a document's next version in the next batch.
        const builder = new BatchBuilder({ documents: size });
        let batch: DocumentToWrite[] = [];
        const flush = async () => { for (const o of await writeBatch(driver, batch)) expect(o.ok).toBe(true); batch = []; builder.reset(); };
        for (const d of docs) {
          if (builder.full(documentRowCount(d), d.x.doc.id)) await flush();
          builder.add(documentRowCount(d), d.x.doc.id);
          batch.push(d);
        }
        await flush();
        expect(await graphChecksum(driver)).toBe(oneByOne);
      },
    ), { numRuns: RUNS, endOnFailure: true });
  });
});
