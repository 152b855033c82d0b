// The benchmarks' own Neo4j: a temporary data folder and a free port through connectNeo4j, never the
// user's database (NEO4J_URI is ignored here on purpose) and never left running. With `graphDir` the
// folder is a persistent benchmark graph (e.g. the 100x graph, ingested once) and is kept on close.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { applySchema } from '../db/apply-schema.ts';
import { connectNeo4j, type Neo4jHandle } from '../db/connection.ts';
import { cypher } from '../db/cypher-files.ts';
import { freePort } from '../db/free-port.ts';
import { deriveEntityStats, entitiesWithoutMeetingStats } from '../ingest/write/derive-entity-stats.ts';

const TEMP_PREFIX = 'atlas-bench-neo4j-';
/** Relationships, then nodes, deleted per transaction when emptying the database between phases
 * (cypher/delete-all-batch.cypher says why relationships go first). */
const RESET_BATCH = 10_000;
/** Serving memory for the benchmark's Neo4j (NEO4J_HEAP / NEO4J_PAGECACHE override): the 100x store is
 *  ~0.5 GB, so a page cache this size holds all of it and requests do not wait on the disk. */
const BENCH_HEAP = '1g';
const BENCH_PAGECACHE = '1g';

export interface BenchNeo4j extends Neo4jHandle {
  reset(): Promise<void>;
  counts(): Promise<{ nodes: number; relationships: number }>;
  /** Derives the statistics of every entity that has none stored (ingest/write/derive-entity-stats.ts); returns how many. */
  deriveMissingStats(): Promise<number>;
}

export interface BenchNeo4jOptions {
  /** A persistent data folder to use (and keep) instead of a temporary one. */
  graphDir?: string;
}

export async function startBenchNeo4j(log: (msg: string) => void, opts: BenchNeo4jOptions = {}): Promise<BenchNeo4j> {
  const dataDir = opts.graphDir ? resolve(opts.graphDir) : mkdtempSync(join(tmpdir(), TEMP_PREFIX));
  if (opts.graphDir) mkdirSync(dataDir, { recursive: true });
  const saved = { uri: process.env.NEO4J_URI, heap: process.env.NEO4J_HEAP, pageCache: process.env.NEO4J_PAGECACHE };
  delete process.env.NEO4J_URI; // the user's server is not a benchmark target
  process.env.NEO4J_HEAP = saved.heap ?? BENCH_HEAP;
  process.env.NEO4J_PAGECACHE = saved.pageCache ?? BENCH_PAGECACHE;
  let handle: Neo4jHandle;
  try {
    handle = await connectNeo4j({ dataDir, port: await freePort(), log });
  } finally {
    for (const [key, value] of [['NEO4J_URI', saved.uri], ['NEO4J_HEAP', saved.heap], ['NEO4J_PAGECACHE', saved.pageCache]] as const) {
      if (value === undefined) delete process.env[key]; else process.env[key] = value;
    }
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
    async deriveMissingStats() {
      const ids = await entitiesWithoutMeetingStats(driver);
      await deriveEntityStats(driver, ids);
      return ids.length;
    },
    async close() {
      await handle.close();
      if (!opts.graphDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
