// Applies cypher/schema.cypher (constraints, range and full-text indexes). Every statement is
// IF NOT EXISTS, so this runs at every start; it then waits for the indexes to come online so the
// first search after a fresh start does not miss.
import type { Driver } from 'neo4j-driver';
import { AtlasError } from '../model/errors.ts';
import { cypherStatements } from './cypher-files.ts';
import { migrateMentionNodes } from './migrate-mentions.ts';

/** Seconds to wait for new indexes to populate; an empty or seed-sized graph needs well under one. */
const INDEX_ONLINE_TIMEOUT_S = 120;

export async function applySchema(driver: Driver, log: (msg: string) => void = () => {}): Promise<number> {
  const statements = cypherStatements('schema');
  for (const statement of statements) {
    try {
      await driver.executeQuery(statement);
    } catch (err) {
      throw new AtlasError('schema_failed',
        `Applying cypher/schema.cypher failed at "${statement.slice(0, 80)}": ${(err as Error).message}; fix the statement or drop the conflicting index.`,
        500);
    }
  }
  await driver.executeQuery(`CALL db.awaitIndexes(${INDEX_ONLINE_TIMEOUT_S})`);
  await migrateMentionNodes(driver, log);
  log(`schema applied (${statements.length} statements)`);
  return statements.length;
}
