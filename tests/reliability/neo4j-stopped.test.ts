// The server over its own throwaway local Neo4j (connectNeo4j, like `npm run serve`): the JVM is really
// stopped while the server runs (SIGTERM, then SIGKILL on a second round), every request gets a 503
// problem at once instead of waiting on the driver's connection retries, the server stays up, and
// it serves again within seconds of Neo4j being started on the same folder — no restart, no reconnect.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../db/apply-schema.ts';
import { connectNeo4j, type Neo4jHandle } from '../../db/connection.ts';
import { isProcessAlive, readInstanceRecord } from '../../db/instance-record.ts';
import { startServer, type RunningServer } from '../../server/start-server.ts';
import { writeFixture } from '../server/fixture.ts';
import { freePort } from '../../db/free-port.ts';

/** Two stop/start rounds of a JVM on a loaded 2-core machine. */
const TEST_TIMEOUT_MS = 300_000;
/** A request that has not answered by then is hanging on driver retries (their defaults are 30-60 s). */
const HANG_DEADLINE_MS = 5_000;
/** Requests tried while waiting for the server to serve again after Neo4j is back (one per pause). */
const RECOVERY_ATTEMPTS = 100;
const RECOVERY_PAUSE_MS = 100;
const POLL_MS = 100;

/** Every kind of read: named queries, the networks, the console. */
const PROBES: [string, RequestInit?][] = [
  ['/api/health'], ['/api/stats'], ['/api/search?q=johansson'], ['/api/entities/person:ylva-johansson'],
  ['/api/entities/person:ylva-johansson/mentions'], ['/api/entities/person:ylva-johansson/neighborhood'],
  ['/api/networks/meetings'], ['/api/networks/agreements'], ['/api/documents'],
  ['/api/paths?from=person:ylva-johansson&to=country:pakistan'], ['/api/export/meetings.json'],
  ['/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'MATCH (n) RETURN count(n) AS n' }) }],
];

let dataDir: string;
let port: number;
let first: Neo4jHandle;
let second: Neo4jHandle | undefined;
let srv: RunningServer;
const savedUri = process.env.NEO4J_URI;
/** Worst time to a 503 over every probe of every round, for the report. */
let slowest503 = 0;

async function timed(path: string, init?: RequestInit) {
  const started = performance.now();
  const res = await fetch(srv.url + path, { ...init, signal: AbortSignal.timeout(HANG_DEADLINE_MS) });
  const body = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', body, ms: performance.now() - started };
}

async function untilDead(pid: number): Promise<void> {
  while (isProcessAlive(pid)) await new Promise((r) => setTimeout(r, POLL_MS));
}

async function expectAllUnavailable(): Promise<void> {
  for (const [path, init] of PROBES) {
    const r = await timed(path, init);
    expect(r.status, path).toBe(503);
    expect(r.type, path).toContain('application/problem+json');
    expect(JSON.parse(r.body).code, path).toBe('neo4j_unavailable');
    slowest503 = Math.max(slowest503, r.ms);
  }
  // The process itself is fine: what needs no database still answers.
  expect((await timed('/api/openapi.json')).status).toBe(200);
}

async function expectServingAgain(): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < RECOVERY_ATTEMPTS; i++) {
    const r = await timed('/api/search?q=johansson').catch(() => null);
    if (r?.status === 200) {
      expect(JSON.parse(r.body).results[0].id).toBe('person:ylva-johansson');
      return performance.now() - started;
    }
    await new Promise((res) => setTimeout(res, RECOVERY_PAUSE_MS));
  }
  throw new Error(`server did not serve again after ${RECOVERY_ATTEMPTS} attempts`);
}

beforeAll(async () => {
  delete process.env.NEO4J_URI; // our own local instance, not the run's shared one
  dataDir = mkdtempSync(join(tmpdir(), 'atlas-reliability-'));
  port = await freePort();
  first = await connectNeo4j({ dataDir, port });
  await applySchema(first.driver);
  await writeFixture(first.driver);
  srv = await startServer({ neo4j: first, port: 0, logger: pino({ level: 'silent' }), signals: false });
}, TEST_TIMEOUT_MS);

afterAll(async () => {
  await srv?.close(); // closes `first` (driver; its JVM is long gone)
  await second?.close();
  if (savedUri !== undefined) process.env.NEO4J_URI = savedUri;
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`[reliability] slowest 503 while Neo4j was down: ${Math.round(slowest503)} ms`);
}, TEST_TIMEOUT_MS);

describe('Neo4j stopped under a running server', { timeout: TEST_TIMEOUT_MS }, () => {
  it('503s at once, stays up, and serves again after Neo4j restarts (SIGTERM, then SIGKILL)', async () => {
    for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
      expect((await timed('/api/health')).status).toBe(200);
      const jvm = readInstanceRecord(dataDir)!.pid;
      process.kill(jvm, signal);
      await untilDead(jvm);
      await expectAllUnavailable();
      await expectAllUnavailable(); // a second round: no failure is cached, nothing piles up

      await second?.close().catch(() => undefined);
      second = await connectNeo4j({ dataDir, port });
      const ms = await expectServingAgain();
      console.log(`[reliability] ${signal}: serving again ${Math.round(ms)} ms after Neo4j was back`);
      // Data survived the stop (SIGKILL included: the store recovers from its transaction log).
      const stats = JSON.parse((await timed('/api/stats')).body);
      expect(stats.documents).toBe(2);
    }
  });
});
