// API latency on the largest ingested graph: the server runs in this process on the benchmark Neo4j,
// the requests come from a child process (bench/api-client.ts) over loopback, bounded in count.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { entityId } from '../model/graph-model.ts';
import { startServer } from '../server/start-server.ts';
import type { ApiPlan, EndpointLatency } from './api-client.ts';
import type { BenchNeo4j } from './bench-neo4j.ts';
import { corpusDir, readSyntheticGold } from './synthetic-corpus-files.ts';

/** Timed requests per endpoint (the all-years network and paths are heavier: fewer); with 60, p99 is
 * the slowest request, which is as much as a bounded run on 2 cores can say. */
const REQUESTS = 60;
const HEAVY_REQUESTS = 15;
/** Untimed requests per endpoint first: plan cache and JIT warm, as in a running server. Before them, one
 *  untimed pass over every URL of every endpoint (the JVM has just started; the first endpoint timed would
 *  otherwise pay for the JIT and the cold page cache of all of them). */
const WARMUP = 5;
/** Distinct targets cycled through, so the figures are not one cached entity's. */
const TARGETS = 20;
/** The one year of the one-year meetings network (the synthetic corpus spans 2015-2024). */
const ONE_YEAR = '2021';
/** The server's rate limit would throttle a benchmark; it is not what is measured. */
const NO_RATE_LIMIT = 1_000_000;
/** Response cache off: every request runs its queries, as the first request after an ingest does (a
 *  cached answer costs well under a millisecond and would hide the query times the targets are about). */
const NO_RESPONSE_CACHE = 0;

export interface ApiFigures { scale: number; nodes: number; relationships: number; endpoints: EndpointLatency[] }

function targets(scale: number) {
  const gold = readSyntheticGold(corpusDir(scale));
  const seen = new Map<string, { type: string; name: string }>();
  // Every 97th passage: spread over the corpus, deterministic.
  for (let i = 0; i < gold.length && seen.size < TARGETS * 3; i += 97) {
    for (const e of gold[i].entities) if (e.type !== 'Institution') seen.set(`${e.type}:${e.name}`, e);
  }
  const all = [...seen.values()];
  const pick = (type: string) => all.filter((e) => e.type === type);
  const chosen = [...pick('Person').slice(0, TARGETS / 2), ...pick('Country').slice(0, TARGETS / 4), ...pick('Instrument').slice(0, TARGETS / 4)];
  const ids = chosen.map((e) => entityId(e.type as 'Person', e.name));
  const words = chosen.map((e) => e.name.split(' ').at(-1)!.toLowerCase());
  const people = pick('Person').map((e) => entityId('Person', e.name));
  const countries = pick('Country').map((e) => entityId('Country', e.name));
  const pairs = people.slice(0, TARGETS).map((p, i) => [p, countries[(i + 1) % countries.length]]);
  return { ids, words, pairs };
}

/** Runs `plan` from a second process (bench/api-client.ts) and returns its latencies. */
export function runClient(plan: ApiPlan): Promise<EndpointLatency[]> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./api-client.ts', import.meta.url))], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c) => { out += c; });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok(JSON.parse(out) as EndpointLatency[]) : fail(new Error(`api client exited ${code}`))));
    child.stdin.end(JSON.stringify(plan));
  });
}

export async function apiBench(db: BenchNeo4j, scale: number, log: (m: string) => void): Promise<ApiFigures> {
  const { ids, words, pairs } = targets(scale);
  const enc = encodeURIComponent;
  const srv = await startServer({
    driver: db.driver, port: 0, signals: false, logger: pino({ level: 'silent' }),
    options: { rateLimit: NO_RATE_LIMIT, consoleRateLimit: NO_RATE_LIMIT, staticDir: null, cacheMaxEntries: NO_RESPONSE_CACHE },
  });
  try {
    const plan: ApiPlan = {
      base: srv.url, warmup: WARMUP,
      endpoints: [
        { name: 'search', requests: REQUESTS, urls: words.map((w) => `/api/search?q=${enc(w)}`) },
        { name: 'entity', requests: REQUESTS, urls: ids.map((id) => `/api/entities/${enc(id)}`) },
        { name: 'neighbourhood d2', requests: REQUESTS, urls: ids.map((id) => `/api/entities/${enc(id)}/neighborhood?depth=2`) },
        { name: `meetings ${ONE_YEAR}`, requests: REQUESTS, urls: [`/api/networks/meetings?from=${ONE_YEAR}&to=${ONE_YEAR}`] },
        { name: 'meetings all years', requests: HEAVY_REQUESTS, urls: ['/api/networks/meetings'] },
        { name: 'paths', requests: HEAVY_REQUESTS, urls: pairs.map(([a, b]) => `/api/paths?from=${enc(a)}&to=${enc(b)}&maxHops=4`) },
      ],
    };
    log(`api ${scale}x: ${plan.endpoints.length} endpoints from a child process (one warm-up pass first)`);
    await runClient({ ...plan, warmup: 0, endpoints: plan.endpoints.map((e) => ({ ...e, requests: e.urls.length })) });
    const endpoints = await runClient(plan);
    const { nodes, relationships } = await db.counts();
    return { scale, nodes, relationships, endpoints };
  } finally {
    await srv.close();
  }
}
