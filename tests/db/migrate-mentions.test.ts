// A graph written before mentions became MENTIONS relationships (Mention nodes between HAS_MENTION and
// REFERS_TO) is converted when the schema is applied: same properties on the relationship, no Mention
// node, constraint or index left; a mention whose entity is gone goes with its node.
import { beforeEach, describe, expect, it } from 'vitest';
import { applySchema } from '../../db/apply-schema.ts';
import { migrateMentionNodes } from '../../db/migrate-mentions.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { counts, query } from '../write/graph-state.ts';

const driver = testDriver();

/** What the writer stored before: two mentions of one person, one of an entity deleted since. */
async function writeOldGraph(): Promise<void> {
  await driver.executeQuery('CREATE CONSTRAINT mention_id_unique IF NOT EXISTS FOR (n:Mention) REQUIRE n.id IS UNIQUE');
  await driver.executeQuery('CREATE INDEX mention_doc_id IF NOT EXISTS FOR (n:Mention) ON (n.docId)');
  await driver.executeQuery(`
    CREATE (d:Document {id: 'doc:old', text: 'Ylva Johansson met Ylva Johansson.'})
    CREATE (e:Entity:Person {id: 'person:ylva-johansson', name: 'Ylva Johansson'})
    WITH d, e
    UNWIND [[0, 14, 'name'], [19, 33, 'alias']] AS s
    CREATE (d)-[:HAS_MENTION]->(m:Mention {id: 'doc:old@' + s[0] + '-' + s[1], docId: 'doc:old', entityId: e.id,
      start: s[0], end: s[1], text: 'Ylva Johansson', sentenceText: 'Ylva Johansson met Ylva Johansson.', sentenceIndex: 0,
      resolvedBy: s[2]})-[:REFERS_TO {resolvedBy: s[2]}]->(e)
    WITH d LIMIT 1
    CREATE (d)-[:HAS_MENTION]->(:Mention {id: 'doc:old@0-4', docId: 'doc:old', entityId: 'country:gone', start: 0, end: 4, text: 'Ylva'})`);
}

describe('migrateMentionNodes', () => {
  beforeEach(async () => {
    await applySchema(driver);
    await resetDatabase(driver);
  });

  it('turns Mention nodes into MENTIONS relationships when the schema is applied', async () => {
    await writeOldGraph();
    await applySchema(driver);
    const c = await counts(driver);
    expect(c).toEqual({ Document: 1, Entity: 1, Person: 1, MENTIONS: 2 });
    const rows = await query<{ m: Record<string, unknown> }>(driver,
      'MATCH (:Document {id: "doc:old"})-[m:MENTIONS]->(:Person {id: "person:ylva-johansson"}) RETURN m {.*} AS m ORDER BY m.start');
    expect(rows.map((r) => r.m)).toEqual([
      { start: 0, end: 14, text: 'Ylva Johansson', sentenceText: 'Ylva Johansson met Ylva Johansson.', sentenceIndex: 0, resolvedBy: 'name' },
      { start: 19, end: 33, text: 'Ylva Johansson', sentenceText: 'Ylva Johansson met Ylva Johansson.', sentenceIndex: 0, resolvedBy: 'alias' },
    ]);
    const schema = await query<{ name: string }>(driver, 'SHOW INDEXES YIELD name WHERE name STARTS WITH "mention_" RETURN name');
    expect(schema).toEqual([]);
  });

  it('finds nothing to do on a current graph', async () => {
    await writeOldGraph();
    expect(await migrateMentionNodes(driver)).toBe(3);
    expect(await migrateMentionNodes(driver)).toBe(0);
  });
});
