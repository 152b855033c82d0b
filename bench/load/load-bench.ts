// `npm run bench -- load`: the seeds loaded into a throwaway Neo4j, the server in its own process, and
// repeated bounded rounds of 50 concurrent clients on the network endpoints from this process. Prints
// a table and, as the LAST line, JSON: per round requests, errors, req/s, p50/p99, server RSS after it.
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../../ingest/ingest-paths.ts';
import { AtlasError } from '../../model/errors.ts';
import { startBenchNeo4j } from '../bench-neo4j.ts';
import { autocannonRound, type RoundFigures } from './autocannon-round.ts';
import { startServeProcess } from './serve-process.ts';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
/** The issue's figure: 50 clients at once. */
export const DEFAULT_CONNECTIONS = 50;
/** Requests per round: enough for a stable p99, bounded so a round ends on a slow machine. */
export const DEFAULT_AMOUNT = 5_000;
/** A round stops after this many seconds even if `amount` is not reached. */
export const DEFAULT_MAX_SECONDS = 60;
/** Rounds: the first warms up (JIT, pools, caches); growth is read between the second and the last. */
export const DEFAULT_ROUNDS = 5;

/** The network endpoints a user of the explorer hits, with and without filters. */
export function networkPaths(entityId: string): string[] {
  const id = encodeURIComponent(entityId);
  return [
    '/api/networks/meetings', '/api/networks/meetings?from=2023&planned=exclude', '/api/networks/agreements',
    '/api/networks/agreements?stage=signed', `/api/entities/${id}/neighborhood`, `/api/entities/${id}/neighborhood?depth=2`,
  ];
}

/** The entity in most meetings (the heaviest neighbourhood), read through the API like a user would. */
async function busiestEntity(url: string): Promise<string> {
  const res = await fetch(`${url}/api/networks/meetings`);
  if (!res.ok) throw new Error(`GET /api/networks/meetings answered ${res.status}: is the graph loaded?`);
  const { elements } = (await res.json()) as { elements: { nodes: { data: { id: string; weightedDegree?: number } }[] } };
  const nodes = [...elements.nodes].sort((a, b) => (b.data.weightedDegree ?? 0) - (a.data.weightedDegree ?? 0) || a.data.id.localeCompare(b.data.id));
  if (!nodes.length) throw new Error('the meetings network is empty: load documents first');
  return nodes[0].data.id;
}

export interface LoadFigures {
  connections: number; amount: number; rounds: (RoundFigures & { rssMb: number })[];
  rssBeforeMb: number; rssAfterMb: number; rssGrowthWarmMb: number;
}

export interface LoadOptions { connections: number; amount: number; maxSeconds: number; rounds: number }

/** Command-line strings -> options; each must be a positive whole number. */
export function loadOptions(raw: Record<keyof LoadOptions, string>): LoadOptions {
  const out = {} as LoadOptions;
  for (const key of ['connections', 'amount', 'maxSeconds', 'rounds'] as const) {
    const n = Number(raw[key]);
    if (!Number.isInteger(n) || n < 1) throw new AtlasError('invalid_option', `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${raw[key]}: give a positive whole number.`);
    out[key] = n;
  }
  return out;
}

/** Runs the rounds against a server already loaded with data; the caller owns Neo4j. */
export async function loadRounds(
  neo4jUri: string, o: LoadOptions, log: (m: string) => void, serverEnv: NodeJS.ProcessEnv = {},
): Promise<LoadFigures> {
  const server = await startServeProcess(neo4jUri, serverEnv);
  try {
    const paths = networkPaths(await busiestEntity(server.url));
    // One sequential pass first: module compilation, the driver's pool and Neo4j's query plans are
    // start-up costs, not load behaviour (rounds still count every error, the first one included).
    for (const path of paths) {
      const res = await fetch(server.url + path);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`warm-up GET ${path} answered ${res.status}: fix the server before loading it`);
    }
    const rssBeforeMb = server.rssMb();
    const rounds: LoadFigures['rounds'] = [];
    for (let i = 0; i < o.rounds; i++) {
      const r = await autocannonRound({ url: server.url, paths, connections: o.connections, amount: o.amount, maxSeconds: o.maxSeconds });
      rounds.push({ ...r, rssMb: server.rssMb() });
      log(`round ${i + 1}: ${r.requests} requests, ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx, ${r.rps} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, RSS ${rounds[i].rssMb} MB${r.stoppedByTime ? ' (stopped by time)' : ''}`);
    }
    const warm = rounds[Math.min(1, rounds.length - 1)].rssMb;
    const rssAfterMb = rounds[rounds.length - 1].rssMb;
    return { connections: o.connections, amount: o.amount, rounds, rssBeforeMb, rssAfterMb, rssGrowthWarmMb: Math.round((rssAfterMb - warm) * 10) / 10 };
  } finally {
    const code = await server.stop();
    if (code !== 0) log(`server exited with ${code}`);
  }
}

export function formatLoad(f: LoadFigures): string {
  const head = 'round  requests  errors  req/s  p50 ms  p99 ms  max ms  RSS MB';
  const rows = f.rounds.map((r, i) => [i + 1, r.requests, r.errors + r.timeouts + r.non2xx, r.rps, r.p50Ms, r.p99Ms, r.maxMs, r.rssMb]
    .map((v, j) => String(v).padStart(j === 0 ? 5 : [9, 7, 6, 7, 7, 7, 7][j - 1])).join(' '));
  return [`load: ${f.connections} clients, ${f.amount} requests per round`, head, ...rows,
    `server RSS ${f.rssBeforeMb} MB before, ${f.rssAfterMb} MB after; growth after warm-up ${f.rssGrowthWarmMb} MB`].join('\n');
}

/** The whole benchmark: its own Neo4j with the seeds, then the rounds. */
export async function loadBench(o: LoadOptions, log: (m: string) => void): Promise<LoadFigures> {
  const db = await startBenchNeo4j(log);
  try {
    const summary = await ingestPaths(db.driver, [SEEDS]);
    log(`seeds loaded: ${summary.documents.ingested} documents`);
    return await loadRounds(db.uri, o, log);
  } finally {
    await db.close();
  }
}
