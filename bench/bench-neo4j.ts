// The benchmarks' own Neo4j: a temporary data folder and a free port through connectNeo4j, never the
// user's database (NEO4J_URI is ignored here on purpose) and never left running.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { applySchema } from '../db/apply-schema.ts';
import { connectNeo4j, type Neo4jHandle } from '../db/connection.ts';
import { cypher } from '../db/cypher-files.ts';
import { freePort } from '../db/free-port.ts';

const TEMP_PREFIX = 'atlas-bench-neo4j-';
/** Nodes deleted per transaction when emptying the database between phases. */
const RESET_BATCH = 10_000;

export interface BenchNeo4j extends Neo4jHandle { reset(): Promise<void>; counts(): Promise<{ nodes: number; relationships: number }> }

export async function startBenchNeo4j(log: (msg: string) => void): Promise<BenchNeo4j> {
  const dataDir = mkdtempSync(join(tmpdir(), TEMP_PREFIX));
  const saved = process.env.NEO4J_URI;
  delete process.env.NEO4J_URI; // the user's server is not a benchmark target
  let handle: Neo4jHandle;
  try {
    handle = await connectNeo4j({ dataDir, port: await freePort(), log });
  } finally {
    if (saved !== undefined) process.env.NEO4J_URI = saved;
  }
  await applySchema(handle.driver);
  const { driver } = handle;
  return {
    ...handle,
    async reset() {
      for (;;) {
        const res = await driver.executeQuery(cypher('delete-all-batch'), { limit: neo4j.int(RESET_BATCH) });
        if (Number(res.records[0]?.get('deleted') ?? 0) === 0) break;
      }
    },
    async counts() {
      const res = await driver.executeQuery(cypher('count-all'));
      const r = res.records[0];
      return { nodes: Number(r.get('nodes')), relationships: Number(r.get('relationships')) };
    },
    async close() {
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
