// Brings a graph written before mentions became MENTIONS relationships up to date: its Mention nodes
// turn into relationships (cypher/migrate-mention-nodes.cypher), then their constraint and index go.
// Without this, documents stored by an older version keep their hash, are skipped by the next ingest,
// and would show no mentions. Runs with the schema at every start and after a restore; on a current
// graph it is one label lookup that finds nothing.
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher, cypherStatements } from './cypher-files.ts';

/** Mention nodes per transaction: bounds transaction memory on a large old graph. */
const MIGRATE_BATCH = 10_000;

/** Returns how many Mention nodes were migrated. */
export async function migrateMentionNodes(driver: Driver, log: (msg: string) => void = () => {}): Promise<number> {
  let total = 0;
  for (;;) {
    const res = await driver.executeQuery(cypher('migrate-mention-nodes'), { limit: neo4j.int(MIGRATE_BATCH) });
    const migrated = Number(res.records[0]?.get('migrated') ?? 0);
    if (migrated === 0) break;
    total += migrated;
  }
  if (total > 0) {
    for (const statement of cypherStatements('drop-mention-node-schema')) await driver.executeQuery(statement);
    log(`migrated ${total} Mention nodes to MENTIONS relationships`);
  }
  return total;
}
