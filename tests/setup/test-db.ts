// For integration tests: a driver on the run's Neo4j (see neo4j-global.ts) and a way to empty it.
// The driver is shared within a test file and closed after it.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, inject } from 'vitest';
import { cypher } from '../../db/cypher-files.ts';

/** Nodes deleted per transaction, so a large graph does not need one huge transaction. */
const RESET_BATCH = 10_000;

let shared: Driver | undefined;

/** The Bolt URI of the test run's Neo4j. */
export function testUri(): string {
  const uri = inject('neo4jUri') ?? process.env.NEO4J_TEST_URI;
  if (!uri) {
    throw new Error('No test Neo4j: run tests through vitest (vitest.config.ts starts one when a selected ' +
      'file imports tests/setup/test-db.ts, db/connection.ts or neo4j-driver; see tests/setup/needs-neo4j.ts).');
  }
  return uri;
}

export function testDriver(): Driver {
  if (!shared) {
    const password = process.env.NEO4J_PASSWORD;
    const auth = password ? neo4j.auth.basic(process.env.NEO4J_USER || 'neo4j', password) : undefined;
    shared = neo4j.driver(testUri(), auth);
  }
  return shared;
}

/** Deletes every node and relationship; constraints and indexes (schema.cypher) stay. */
export async function resetDatabase(driver: Driver = testDriver()): Promise<void> {
  for (;;) {
    const res = await driver.executeQuery(cypher('reset-database'), { limit: neo4j.int(RESET_BATCH) });
    if (res.records[0].get('deleted').toNumber() === 0) return;
  }
}

afterAll(async () => {
  await shared?.close();
  shared = undefined;
});
