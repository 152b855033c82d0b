// Neo4j unreachable: problem+json 503 that says what to do, the server stays up, and it serves again by
// itself once Neo4j is back (no restart, no reconnect call).
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { RunningServer } from '../../server/start-server.ts';
import { resetDatabase, testDriver, testUri } from '../setup/test-db.ts';
import { writeFixture } from './fixture.ts';
import { tcpProxy, type TcpProxy } from './tcp-proxy.ts';
import { getJson, postJson, testServer } from './test-server.ts';

/** Requests tried while waiting for the server to serve again after Neo4j is back. */
const RECOVERY_ATTEMPTS = 50;
const RECOVERY_PAUSE_MS = 200;

let proxy: TcpProxy;
let driver: Driver;
let srv: RunningServer;

beforeAll(async () => {
  await resetDatabase();
  await writeFixture(testDriver());
  const target = new URL(testUri().replace(/^bolt/, 'http'));
  proxy = await tcpProxy(target.hostname, Number(target.port));
  driver = neo4j.driver(`bolt://127.0.0.1:${proxy.port}`, undefined, { connectionAcquisitionTimeout: 2_000, connectionTimeout: 2_000 });
  srv = await testServer(driver);
});
afterAll(async () => {
  await srv?.close();
  await driver?.close();
  await proxy?.close();
});

test('503 while Neo4j is away, and back by itself', async () => {
  expect((await getJson(srv.url, '/api/health')).status).toBe(200);
  await proxy.cut();
  for (const path of ['/api/health', '/api/search?q=johansson', '/api/networks/meetings', '/api/entities/person:ylva-johansson']) {
    const r = await getJson(srv.url, path);
    expect(r.status, path).toBe(503);
    expect(r.type).toContain('application/problem+json');
    expect(r.body.code).toBe('neo4j_unavailable');
    expect(r.body.detail).toMatch(/retry/);
    expect(JSON.stringify(r.body)).not.toMatch(/at .*\.(js|ts):\d+/);
  }
  const c = await postJson(srv.url, '/api/cypher', { query: 'MATCH (n) RETURN count(n) AS n' });
  expect(c.status).toBe(503);
  // The server itself is still up: its own documents answer.
  expect((await getJson(srv.url, '/api/openapi.json')).status).toBe(200);

  await proxy.restore();
  let status = 0;
  for (let i = 0; i < RECOVERY_ATTEMPTS && status !== 200; i++) {
    status = (await getJson(srv.url, '/api/health')).status;
    if (status !== 200) await new Promise((r) => setTimeout(r, RECOVERY_PAUSE_MS));
  }
  expect(status).toBe(200);
  expect((await getJson(srv.url, '/api/search?q=johansson')).body.results[0].id).toBe('person:ylva-johansson');
});
