// What a cluster or Aura changes that can be measured on one machine: the `neo4j://` routing scheme.
// With it the driver first fetches a routing table and sends READ sessions to followers/read replicas
// and writes to the leader; on a single server every role is that server, so the difference between
// `bolt://` and `neo4j://` here is the routing machinery's own cost. Both drivers serve the same API
// (the server's READ sessions, response cache off) and ingest the same corpus (the writer's WRITE
// transactions) on the same graph, alternating so machine load affects both alike.
import neo4j, { type Driver } from 'neo4j-driver';
import pino from 'pino';
import { ingestPaths } from '../ingest/ingest-paths.ts';
import { startServer } from '../server/start-server.ts';
import type { BenchNeo4j } from './bench-neo4j.ts';
import { runClient } from './api-bench.ts';
import { timed } from './measure.ts';

/** Requests per endpoint and scheme, after WARMUP untimed ones. */
const REQUESTS = 40;
const WARMUP = 5;
/** Alternating rounds of the ingest per scheme (each on an emptied database). */
const INGEST_ROUNDS = 2;
/** The benchmark measures queries, not the rate limiter or the cache. */
const NO_RATE_LIMIT = 1_000_000;
const NO_CACHE = 0;
/** Search words that hit the seeds' and the synthetic corpus's hubs and rarer names alike. */
const WORDS = ['commission', 'turkey', 'readmission', 'johansson', 'morocco', 'partnership', 'niger', 'dialogue'];

export type Scheme = 'bolt' | 'neo4j';
export interface SchemeLatency { scheme: Scheme; endpoint: string; requests: number; p50: number; p95: number; errors: number }
export interface SchemeIngest { scheme: Scheme; seconds: number[]; relationships: number }
export interface RoutingFigures { scale: number; reads: SchemeLatency[]; ingest: SchemeIngest[] }

function driverFor(uri: string, scheme: Scheme): Driver {
  return neo4j.driver(uri.replace(/^[a-z+]+:/, `${scheme}:`));
}

async function time(url: string): Promise<{ ms: number; ok: boolean; body: unknown }> {
  const t = await timed(async () => { const r = await fetch(url); return { ok: r.ok, body: await r.json() }; });
  return { ms: t.ms, ...t.value };
}

/** Entity ids to read, found through the search endpoint itself (whatever the graph holds). */
async function entityIds(base: string): Promise<string[]> {
  const ids: string[] = [];
  for (const w of WORDS) {
    const { body } = await time(`${base}/api/search?q=${encodeURIComponent(w)}`);
    for (const hit of ((body as { results?: { id: string }[] }).results ?? []).slice(0, 2)) ids.push(hit.id);
  }
  return [...new Set(ids)];
}

async function readLatency(driver: Driver, scheme: Scheme, ids: string[]): Promise<SchemeLatency[]> {
  const srv = await startServer({
    driver, port: 0, signals: false, logger: pino({ level: 'silent' }),
    options: { rateLimit: NO_RATE_LIMIT, consoleRateLimit: NO_RATE_LIMIT, cacheMaxEntries: NO_CACHE, staticDir: null },
  });
  try {
    const enc = encodeURIComponent;
    // From a second process, as the API section measures.
    const rows = await runClient({
      base: srv.url, warmup: WARMUP,
      endpoints: [
        { name: 'stats', requests: REQUESTS, urls: ['/api/stats'] },
        { name: 'search', requests: REQUESTS, urls: WORDS.map((w) => `/api/search?q=${enc(w)}`) },
        ...(ids.length ? [{ name: 'entity', requests: REQUESTS, urls: ids.map((id) => `/api/entities/${enc(id)}`) }] : []),
      ],
    });
    return rows.map((r) => ({ scheme, endpoint: r.name, requests: r.requests, p50: r.p50, p95: r.p95, errors: r.errors }));
  } finally {
    await srv.close();
  }
}

/**
 * Reads on the graph `db` holds now (both schemes), then ingests `dir` through each scheme in turn on an
 * emptied database: the graph is replaced, so run this after the benchmarks that need the big graph.
 */
export async function routingBench(db: BenchNeo4j, dir: string, scale: number, log: (m: string) => void): Promise<RoutingFigures> {
  const drivers = { bolt: driverFor(db.uri, 'bolt'), neo4j: driverFor(db.uri, 'neo4j') };
  try {
    // Run alone (`--only routing`) there is no graph yet: read the routing corpus's own.
    if ((await db.counts()).nodes === 0) await ingestPaths(drivers.bolt, [dir]);
    const probe = await startServer({ driver: drivers.bolt, port: 0, signals: false, logger: pino({ level: 'silent' }), options: { rateLimit: NO_RATE_LIMIT, staticDir: null } });
    const ids = await entityIds(probe.url).finally(() => probe.close());
    log(`routing: reads through bolt:// and neo4j:// (${ids.length} entities)`);
    const reads = [...await readLatency(drivers.bolt, 'bolt', ids), ...await readLatency(drivers.neo4j, 'neo4j', ids)];
    const ingest: SchemeIngest[] = [{ scheme: 'bolt', seconds: [], relationships: 0 }, { scheme: 'neo4j', seconds: [], relationships: 0 }];
    for (let round_ = 0; round_ < INGEST_ROUNDS; round_++) {
      for (const row of ingest) {
        await db.reset();
        log(`routing: ingest ${scale}x through ${row.scheme}:// (round ${round_ + 1})`);
        const s = await ingestPaths(drivers[row.scheme], [dir]);
        if (s.failed) throw new Error(`routing bench: ingest through ${row.scheme}:// failed: ${s.skipped.map((k) => k.reason).join('; ')}`);
        row.seconds.push(s.seconds);
        row.relationships = (await db.counts()).relationships;
      }
    }
    return { scale, reads, ingest };
  } finally {
    await Promise.all([drivers.bolt.close(), drivers.neo4j.close()]);
  }
}
