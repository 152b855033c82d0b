// Pipelined statements (ingest/write/statement-pipeline.ts) on the real Neo4j: they run in the order
// sent, each result reaches its callback, and a failure rejects done() with that statement's error,
// after which the transaction rolls back as a whole.
import { beforeEach, describe, expect, it } from 'vitest';
import { applySchema } from '../../db/apply-schema.ts';
import { batchRows } from '../../ingest/write/batch-rows.ts';
import { documentRows } from '../../ingest/write/document-rows.ts';
import { entityRowsWithFresh } from '../../ingest/write/fresh-entities.ts';
import { meetingGroups, mentionGroups } from '../../ingest/write/row-groups.ts';
import { StatementPipeline } from '../../ingest/write/statement-pipeline.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { docA } from './fixtures.ts';
import { counts } from './graph-state.ts';

const driver = testDriver();
const rowsOfA = () => { const d = docA(); return batchRows([documentRows(d.x, d.text)]); };

describe('StatementPipeline', () => {
  beforeEach(async () => {
    await applySchema(driver);
    await resetDatabase(driver);
  });

  it('runs the statements in the order sent, each result to its callback', async () => {
    const b = rowsOfA();
    const created: string[] = [];
    const session = driver.session();
    try {
      await session.executeWrite(async (tx) => {
        const pipeline = new StatementPipeline(tx);
        // Mentions MATCH their document and entity: they are only written if those went first.
        await pipeline.send('upsert-document', b.documents);
        await pipeline.send('upsert-entities', entityRowsWithFresh(b), 'rows', (res) => { for (const r of res.records) created.push(r.get('id')); });
        await pipeline.send('upsert-mentions', mentionGroups(b.mentions));
        await pipeline.done();
      });
    } finally {
      await session.close();
    }
    expect(created.sort()).toEqual(b.entities.map((e) => e.id).sort());
    expect(await counts(driver)).toMatchObject({ Document: 1, MENTIONS: b.mentions.length });
  });

  it('rejects with the failing statement\'s error and stores nothing of the transaction', async () => {
    const b = rowsOfA();
    const session = driver.session();
    let sentAfterFailure = false;
    try {
      await expect(session.executeWrite(async (tx) => {
        const pipeline = new StatementPipeline(tx);
        await pipeline.send('upsert-document', b.documents);
        await pipeline.send('upsert-entities', entityRowsWithFresh(b));
        // A map is no property value: Neo4j refuses the mention with a type error.
        await pipeline.send('upsert-mentions', mentionGroups([b.mentions[0], { ...b.mentions[1], text: { not: 'a string' } }]));
        await pipeline.send('upsert-meetings', meetingGroups(b.meetings));
        sentAfterFailure = true;
        await pipeline.done();
      })).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.TypeError' });
    } finally {
      await session.close();
    }
    expect(sentAfterFailure).toBe(true);
    expect(await counts(driver)).toEqual({}); // no label or relationship type has a count
  });
});
