// On the run's real Neo4j: the schema is in place and applying it again changes nothing.
import { describe, expect, it } from 'vitest';
import { applySchema } from '../../db/apply-schema.ts';
import { cypherStatements } from '../../db/cypher-files.ts';
import { testDriver } from '../setup/test-db.ts';

const NAME = /^CREATE (?:CONSTRAINT|(?:FULLTEXT )?INDEX) (\w+)/;
const expectedNames = cypherStatements('schema').map((s) => NAME.exec(s)![1]).sort();

async function schemaNames(): Promise<string[]> {
  const driver = testDriver();
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name');
  const indexes = await driver.executeQuery("SHOW INDEXES YIELD name, type, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN name");
  return [...constraints.records, ...indexes.records].map((r) => r.get('name') as string).sort();
}

describe('applySchema', () => {
  it('leaves exactly the constraints and indexes of schema.cypher, idempotently', async () => {
    await applySchema(testDriver());
    const once = await schemaNames();
    await applySchema(testDriver());
    expect(await schemaNames()).toEqual(once);
    expect(once).toEqual(expectedNames);
  });

  it('enforces uniqueness of Entity.id', async () => {
    const driver = testDriver();
    await driver.executeQuery("MERGE (:Entity:Person {id: 'person:schema-test'})");
    await expect(driver.executeQuery("CREATE (:Entity:Person {id: 'person:schema-test'})")).rejects.toThrow(/already exists/);
    await driver.executeQuery("MATCH (n {id: 'person:schema-test'}) DETACH DELETE n");
  });

  it('finds entities by alias through the entityNames full-text index', async () => {
    const driver = testDriver();
    await driver.executeQuery("CREATE (:Entity:Institution {id: 'institution:schema-ft', name: 'Frontex', aliasText: 'European Border and Coast Guard Agency'})");
    await driver.executeQuery('CALL db.awaitIndexes(60)');
    const res = await driver.executeQuery("CALL db.index.fulltext.queryNodes('entityNames', 'coast~') YIELD node RETURN node.id AS id");
    expect(res.records.map((r) => r.get('id'))).toContain('institution:schema-ft');
    await driver.executeQuery("MATCH (n {id: 'institution:schema-ft'}) DETACH DELETE n");
  });
});
