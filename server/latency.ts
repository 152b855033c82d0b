// Latency of each endpoint on the seeds graph: p50/p95/p99 over sequential requests through HTTP on
// loopback. `npx tsx server/latency.ts [--rounds N] [--no-ingest]`. Uses NEO4J_URI when set, otherwise
// a throwaway local Neo4j in a temporary folder (your .data/neo4j is never touched). Prints a table and,
// as its last line, a JSON summary.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pino from 'pino';
import { connectNeo4j } from '../db/connection.ts';
import { ingestPaths } from '../ingest/ingest-paths.ts';
import { startServer } from './start-server.ts';
import { freePort } from '../db/free-port.ts';

/** Timed requests per endpoint; enough for a stable p95 on 2 cores in well under a minute. */
const DEFAULT_ROUNDS = 60;
/** Untimed requests first, so the plan cache and JIT are warm. */
const WARMUP_ROUNDS = 5;
const SEEDS_DIR = resolve(import.meta.dirname, '..', 'seeds');

export interface LatencyRow { endpoint: string; p50: number; p95: number; p99: number; max: number; status: number }

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function measure(base: string, endpoints: [string, string, unknown?][], rounds: number): Promise<LatencyRow[]> {
  const rows: LatencyRow[] = [];
  for (const [name, path, body] of endpoints) {
    const init: RequestInit | undefined = body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : undefined;
    const times: number[] = [];
    let status = 0;
    for (let i = 0; i < WARMUP_ROUNDS + rounds; i++) {
      const t0 = performance.now();
      const res = await fetch(base + path, init);
      await res.arrayBuffer();
      if (i >= WARMUP_ROUNDS) times.push(performance.now() - t0);
      status = res.status;
    }
    times.sort((a, b) => a - b);
    const r = (x: number) => Math.round(x * 10) / 10;
    rows.push({ endpoint: name, p50: r(percentile(times, 50)), p95: r(percentile(times, 95)), p99: r(percentile(times, 99)), max: r(times.at(-1)!), status });
  }
  return rows;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : DEFAULT_ROUNDS;
  const dataDir = process.env.NEO4J_URI ? undefined : mkdtempSync(join(tmpdir(), 'atlas-latency-'));
  const handle = await connectNeo4j(dataDir ? { dataDir, port: await freePort() } : {});
  try {
    if (!args.includes('--no-ingest')) await ingestPaths(handle.driver, [SEEDS_DIR]);
    const srv = await startServer({ driver: handle.driver, port: 0, logger: pino({ level: 'silent' }), signals: false, options: { rateLimit: 1_000_000, consoleRateLimit: 1_000_000 } });
    try {
      const mt = await (await fetch(`${srv.url}/api/networks/meetings`)).json() as { elements: { edges: { data: { meetingIds: string[] } }[] } };
      const meetingId = encodeURIComponent(mt.elements.edges[0]?.data.meetingIds[0] ?? 'none');
      const endpoints: [string, string, unknown?][] = [
        ['health', '/api/health'],
        ['stats', '/api/stats'],
        ['search', '/api/search?q=johansson'],
        ['search (typo)', '/api/search?q=borell&types=Person'],
        ['entity', '/api/entities/person:ylva-johansson'],
        ['mentions', '/api/entities/person:ylva-johansson/mentions?limit=20'],
        ['neighbourhood d1', '/api/entities/person:ylva-johansson/neighborhood?depth=1'],
        ['neighbourhood d2', '/api/entities/person:ylva-johansson/neighborhood?depth=2'],
        ['meetings (all years)', '/api/networks/meetings'],
        ['meetings (2023)', '/api/networks/meetings?from=2023&to=2023'],
        ['agreements', '/api/networks/agreements'],
        ['timeline', '/api/instruments/instrument:eu-cabo-verde-visa-facilitation-agreement/timeline'],
        ['paths', '/api/paths?from=person:ylva-johansson&to=country:turkiye'],
        ['meeting', `/api/meetings/${meetingId}`],
        ['documents', '/api/documents'],
        ['document (Council note)', '/api/documents/doc:001_44588754ff247d3f'],
        ['console', '/api/cypher', { query: 'MATCH (p:Person)-[:PARTICIPATED_IN]->(m:Meeting) RETURN p.name, count(m) AS n ORDER BY n DESC LIMIT 10' }],
        ['export graphml', '/api/export/meetings.graphml'],
      ];
      const rows = await measure(srv.url, endpoints, rounds);
      console.log(`${'endpoint'.padEnd(26)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'status'.padStart(7)}`);
      for (const r of rows) console.log(`${r.endpoint.padEnd(26)} ${String(r.p50).padStart(8)} ${String(r.p95).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.status).padStart(7)}`);
      console.log(JSON.stringify({ rounds, graph: 'seeds', latencyMs: rows }));
    } finally {
      await srv.close();
    }
  } finally {
    await handle.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((err) => { console.error(err instanceof Error ? err.message : err); process.exit(1); });
}
