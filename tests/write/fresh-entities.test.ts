// The entities a write batch creates are settled from the batch rows (ingest/write/fresh-entities.ts),
// not read back: settling every entity again through the queries (orphan check, claims read-back,
// derive-entity-meetings) must change nothing, on a first load and when a batch mixes created and
// stored entities.
import { beforeEach, describe, expect, it } from 'vitest';
import { applySchema } from '../../db/apply-schema.ts';
import { settleEntities } from '../../ingest/write/settle-entities.ts';
import { writeDocuments } from '../../ingest/write/write-documents.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { docA, docAEdited, docB, E, extraction } from './fixtures.ts';
import { entity, entityIds, graphChecksum } from './graph-state.ts';

const driver = testDriver();
/** Three-way meetings: co-participants tied on count are ordered by name. */
const docD = () => extraction('d', {
  entities: [E.johansson, E.nigeria, E.pakistan, E.khar, E.readmission, E.eu],
  mentions: [[E.johansson, 'Johansson'], [E.nigeria, 'Nigeria'], [E.khar, 'Khar'], [E.readmission, 'the readmission agreement']],
  meetings: [
    { date: null, place: null, placeId: E.nigeria.id, participants: [E.johansson.id, E.nigeria.id, E.pakistan.id], kind: 'meeting', planned: false, title: 'Trilateral' },
    { date: null, place: null, placeId: null, participants: [E.khar.id, E.johansson.id], kind: 'meeting', planned: true, title: 'Planned' },
  ],
  events: [{ instrument: E.readmission.id, stage: 'negotiation', date: { iso: '2008', precision: 'year', text: '2008' }, planned: false }],
});

/** Settles every entity through the queries alone, as for entities the batch did not create. */
async function settleAllByQuery(): Promise<void> {
  const ids = await entityIds(driver);
  const session = driver.session();
  try {
    await session.executeWrite((tx) => settleEntities(tx, ids));
  } finally {
    await session.close();
  }
}

describe('entities a batch creates', () => {
  beforeEach(async () => {
    await applySchema(driver);
    await resetDatabase(driver);
  });

  it('get the properties and statistics the queries give, on a first load', async () => {
    await writeDocuments(driver, [docA(), docB(), docD()]);
    const written = await graphChecksum(driver);
    expect(await entity(driver, E.johansson.id)).toMatchObject({
      documentCount: 3, meetingCount: 4,
      topCoParticipantIds: [E.khar.id, E.nigeria.id, E.pakistan.id], topCoParticipantCounts: [2, 2, 1],
    });
    expect(await entity(driver, E.eu.id)).toMatchObject({ meetingCount: 0, topCoParticipantIds: [], topCoParticipantCounts: [] });
    await settleAllByQuery();
    expect(await graphChecksum(driver)).toBe(written);
  });

  it('get them when the batch also updates stored entities and replaces a document', async () => {
    await writeDocuments(driver, [docB()]);
    await writeDocuments(driver, [docA(), docD()]);
    await writeDocuments(driver, [docAEdited()]);
    const written = await graphChecksum(driver);
    await settleAllByQuery();
    expect(await graphChecksum(driver)).toBe(written);
  });
});
