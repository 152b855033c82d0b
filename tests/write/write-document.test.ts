// The writer on the real Neo4j: one transaction per document, idempotent, order-independent, and a
// changed document replaces exactly its own facts.
import { beforeEach, describe, expect, it } from 'vitest';
import { applySchema } from '../../db/apply-schema.ts';
import { documentRows } from '../../ingest/write/document-rows.ts';
import { removeDocument, writeDocument } from '../../ingest/write/write-document.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { docA, docAEdited, docB, E, extraction } from './fixtures.ts';
import { counts, entity, entityIds, graphChecksum, query } from './graph-state.ts';

const driver = testDriver();
const write = (d: { x: Parameters<typeof writeDocument>[1]; text: string }) => writeDocument(driver, d.x, d.text);

describe('writeDocument', () => {
  beforeEach(async () => {
    await applySchema(driver);
    await resetDatabase(driver);
  });

  it('writes every kind of fact with provenance', async () => {
    const r = await write(docA());
    expect(r).toMatchObject({ status: 'written', mentions: 7, meetings: 1, instrumentEvents: 3, dangling: [] });
    const c = await counts(driver);
    expect(c).toMatchObject({
      Document: 1, Entity: 6, Person: 2, Country: 1, Institution: 2, Instrument: 1, Meeting: 1,
      InstrumentEvent: 3, MENTIONS: 7, PARTICIPATED_IN: 2, HELD_IN: 1, HAD_EVENT: 3,
      STATED_IN: 4, PARTY_TO: 2, HOLDS: 1,
    });
    const j = await entity(driver, E.johansson.id);
    expect(j).toMatchObject({
      name: 'Ylva Johansson', aliases: ['Johansson', 'Ms Johansson'], aliasText: 'Johansson Ms Johansson',
      side: 'eu', curated: true, mentionCount: 2, docIds: ['doc:a'], labels: ['Entity', 'Person'],
    });
    const agreement = await entity(driver, E.readmission.id);
    // The planned 2025 evaluation does not count; entry into force (2010) is the latest step reached.
    expect(agreement).toMatchObject({ kind: 'agreement', latestStage: 'entered_into_force', latestDate: '2010-12-01' });
    const [m] = await query<{ m: Record<string, unknown> }>(driver,
      'MATCH (:Document {id: "doc:a"})-[m:MENTIONS]->(:Person {id: $id}) RETURN m {.*} AS m ORDER BY m.start LIMIT 1',
      { id: E.johansson.id });
    expect(m.m).toEqual({ start: 0, end: 14, text: 'Ylva Johansson', sentenceText: 'Ylva Johansson.', sentenceIndex: 0, resolvedBy: 'name' });
    // upsert-mentions names the properties it stores: exactly the fields of a mention row but the two
    // ends' ids (the relationship's endpoints), no more, no fewer.
    const rowKeys = Object.keys(documentRows(docA().x, docA().text).mentions[0]).filter((k) => k !== 'docId' && k !== 'entityId').sort();
    const stored = await query<{ k: string[] }>(driver, 'MATCH ()-[m:MENTIONS]->() RETURN DISTINCT keys(m) AS k');
    expect([...new Set(stored.map((r) => [...r.k].sort().join(',')))]).toEqual([rowKeys.join(',')]);
    // Meetings and events store exactly their rows' fields (a null stores nothing), whatever
    // upsert-meetings and upsert-instrument-events name (ingest/write/row-groups.ts).
    const rows = documentRows(docA().x, docA().text);
    const stored1 = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null));
    const meetings = await query<{ m: Record<string, unknown> }>(driver, 'MATCH (m:Meeting) RETURN m {.*} AS m');
    const { participants: _participants, placeId: _placeId, ...meetingProps } = rows.meetings[0];
    expect(meetings.map((r) => r.m)).toEqual([stored1(meetingProps)]);
    const events = await query<{ ev: Record<string, unknown> }>(driver, 'MATCH (ev:InstrumentEvent) RETURN ev {.*} AS ev ORDER BY ev.id');
    expect(events.map((r) => r.ev)).toEqual(rows.events.map(stored1).sort((a, b) => String(a.id).localeCompare(String(b.id))));
    const [doc] = await query<{ d: Record<string, unknown> }>(driver, 'MATCH (d:Document {id: "doc:a"}) RETURN d {.*} AS d');
    expect(doc.d).toMatchObject({ file: 'a.txt', date: '2022-11-15', datePrecision: 'day', place: 'Islamabad', text: docA().text });
  });

  it('skips an unchanged document and changes nothing', async () => {
    await write(docA());
    await write(docB());
    const before = await graphChecksum(driver);
    expect((await write(docA())).status).toBe('unchanged');
    expect((await write(docB())).status).toBe('unchanged');
    expect(await graphChecksum(driver)).toBe(before);
  });

  it('gives the same graph in any order', async () => {
    await write(docA());
    await write(docB());
    const ab = await graphChecksum(driver);
    await resetDatabase(driver);
    await write(docB());
    await write(docA());
    expect(await graphChecksum(driver)).toBe(ab);
  });

  it('replaces only its own facts when a document changes, and drops orphans', async () => {
    await write(docA());
    await write(docB());
    expect((await write(docAEdited())).status).toBe('written');
    // Pakistan, Khar, the EU and the agreement lived only in A; the Commission is still in B.
    expect(await entityIds(driver)).toEqual([E.commission.id, E.nigeria.id, E.johansson.id].sort());
    expect(await entity(driver, E.johansson.id)).toMatchObject({
      aliases: ['Commissioner Johansson', 'Johansson'], mentionCount: 2, docIds: ['doc:a', 'doc:b'],
    });
    const c = await counts(driver);
    expect(c).toMatchObject({ MENTIONS: 4, Meeting: 1, HOLDS: 1 });
    expect(c.InstrumentEvent ?? 0).toBe(0);
    expect(c.PARTY_TO ?? 0).toBe(0);
    const [h] = await query<{ docIds: string[]; source: string }>(driver, 'MATCH ()-[h:HOLDS]->() RETURN h.docIds AS docIds, h.source AS source');
    expect(h).toEqual({ docIds: ['doc:b'], source: 'kb' }); // A's text statement went with A's old version
    // Same graph as if the edited version had been the only one ever written.
    const edited = await graphChecksum(driver);
    await resetDatabase(driver);
    await write(docB());
    await write(docAEdited());
    expect(await graphChecksum(driver)).toBe(edited);
  });

  it('withdraws an edited document\'s party and office claims while the entities stay', async () => {
    await write(docA());
    const { parties: _dropped, ...agreement } = E.readmission;
    await write(extraction('a', {
      entities: [E.johansson, E.commission, E.pakistan, agreement],
      mentions: [[E.johansson, 'Johansson'], [E.commission, 'Commission'], [E.pakistan, 'Pakistan'], [agreement, 'the agreement']],
    }));
    expect(await entityIds(driver)).toEqual([E.commission.id, E.pakistan.id, E.readmission.id, E.johansson.id].sort());
    const c = await counts(driver);
    expect(c.PARTY_TO ?? 0).toBe(0);
    expect(c.HOLDS ?? 0).toBe(0);
    expect(await entity(driver, E.readmission.id)).not.toHaveProperty('latestStage');
  });

  it('removes a document and everything only it supported', async () => {
    await write(docB());
    const onlyB = await graphChecksum(driver);
    await write(docA());
    expect(await removeDocument(driver, 'doc:a')).toBe(true);
    expect(await graphChecksum(driver)).toBe(onlyB);
  });

  it('never half-writes a document: a failing write leaves the previous version intact', async () => {
    await write(docA());
    const before = await graphChecksum(driver);
    // A map is no property value: the meeting upsert fails after the old facts were withdrawn and the
    // new entities and mentions written.
    const bad = extraction('a', {
      entities: [E.johansson], mentions: [[E.johansson, 'Johansson']],
      meetings: [{ date: null, place: null, placeId: null, participants: [E.johansson.id], kind: 'meeting', planned: false, title: { nested: true } as never }],
    });
    await expect(write(bad)).rejects.toThrow(/Property values can only be of primitive types/);
    expect(await graphChecksum(driver)).toBe(before);
  });

  it('refuses an entity type the model does not define, before any write', async () => {
    const bad = extraction('a', { entities: [{ ...E.johansson, type: 'Person:Admin' as never }], mentions: [] });
    await expect(write(bad)).rejects.toMatchObject({ code: 'invalid_extraction' });
    expect(await counts(driver)).toEqual({});
  });

  it('gives the same graph when documents sharing entities are written concurrently', async () => {
    const docs = [docA(), docB(), extraction('c', { entities: [E.johansson, E.pakistan], mentions: [[E.johansson, 'Csr Johansson'], [E.pakistan, 'Pakistan']] })];
    for (const d of docs) await write(d);
    const sequential = await graphChecksum(driver);
    await resetDatabase(driver);
    // Deadlocks between the transactions are transient errors the driver retries.
    await Promise.all(docs.map((d) => write(d)));
    expect(await graphChecksum(driver)).toBe(sequential);
  });

  it('batches large documents', async () => {
    const mentions: [typeof E.pakistan, string][] = Array.from({ length: 2_500 }, (_, i) => [E.pakistan, i % 2 ? 'Pakistan' : 'Pakistani']);
    const big = extraction('big', { entities: [E.pakistan], mentions });
    expect((await write(big)).mentions).toBe(2_500);
    expect(await entity(driver, E.pakistan.id)).toMatchObject({ mentionCount: 2_500, aliases: ['Pakistani'] });
  });

  it('reports references to entities the extraction did not list, and drops those facts', async () => {
    const x = extraction('c', {
      entities: [E.johansson],
      mentions: [[E.johansson, 'Johansson']],
      meetings: [{ date: null, place: null, placeId: 'country:atlantis', participants: [E.johansson.id, 'person:nobody'], kind: 'meeting', planned: false, title: 't' }],
    });
    const r = await write(x);
    expect(r.dangling).toEqual(['country:atlantis', 'person:nobody']);
    expect(await counts(driver)).toMatchObject({ PARTICIPATED_IN: 1 });
  });
});
