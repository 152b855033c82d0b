// Graceful shutdown lets in-flight requests finish and refuses new ones; the built explorer is served at /.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { writeFixture } from './fixture.ts';
import { getJson, postJson, testServer } from './test-server.ts';

/** A console query that keeps Neo4j busy for a moment, so it is still in flight when close() is called. */
const SLOW_QUERY = 'UNWIND range(1, 4000000) AS x WITH x WHERE x % 3 = 0 RETURN count(x) AS n';

beforeAll(async () => {
  await resetDatabase();
  await writeFixture(testDriver());
});

test('close() finishes the in-flight request, then refuses connections; the driver stays usable', async () => {
  const srv = await testServer(testDriver(), { consoleTimeoutMs: 60_000 });
  const inFlight = postJson(srv.url, '/api/cypher', { query: SLOW_QUERY });
  // Wait until the request has reached the server (a connection is open), then shut down.
  for (let i = 0; i < 200; i++) {
    const open = await new Promise<number>((r) => srv.server.getConnections((_e, n) => r(n)));
    if (open > 0) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  const closed = srv.close();
  const r = await inFlight;
  expect(r.status).toBe(200);
  expect(r.body.rows).toEqual([{ n: 1333333 }]);
  await closed;
  await expect(fetch(`${srv.url}/api/health`)).rejects.toThrow();
  // A driver given by the caller is the caller's to close.
  expect((await testDriver().executeQuery('RETURN 1 AS one')).records[0].get('one').toNumber()).toBe(1);
});

test('the built explorer is served at / under the same CSP', async () => {
  const dist = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Atlas explorer</title><script type="module" src="/app.js"></script>');
  const srv = await testServer(testDriver(), { staticDir: dist });
  try {
    const r = await getJson(srv.url, '/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('Atlas explorer');
    expect(r.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect((await getJson(srv.url, '/api/health')).status).toBe(200);
  } finally {
    await srv.close();
  }
});
