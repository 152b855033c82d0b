// `npm run serve` as a real child process on its own local Neo4j: a slow request is in flight when
// SIGTERM arrives; it still completes with its full answer, the process exits 0, and the Neo4j JVM it
// started is gone (driver and database closed cleanly, nothing left running).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { afterAll, expect, it } from 'vitest';
import { isProcessAlive, readInstanceRecord } from '../../db/instance-record.ts';
import { freePort } from '../../db/free-port.ts';

const MAIN = fileURLToPath(new URL('../../server/main.ts', import.meta.url));
/** A cold JVM, the server and a multi-second query on a loaded 2-core machine. */
const TEST_TIMEOUT_MS = 240_000;
/** Keeps Neo4j busy for a second or more, well inside the server's 10 s shutdown grace. */
const SLOW_QUERY = 'UNWIND range(1, 8000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n';
const SLOW_ANSWER = 1142857;
const POLL_MS = 20;

let child: ChildProcess | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'atlas-shutdown-'));

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function startServe(port: number, neo4jPort: number): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, NEO4J_PORT: String(neo4jPort),
    CONSOLE_TIMEOUT_MS: '120000', LOG_LEVEL: 'info' };
  delete env.NEO4J_URI;
  delete env.NEO4J_TEST_URI;
  child = spawn(process.execPath, ['--import', 'tsx', MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((ok, fail) => {
    let out = '';
    child!.stdout!.setEncoding('utf8').on('data', (c: string) => {
      out += c;
      const m = /"url":"(http:[^"]+)".*"msg":"server listening"/.exec(out);
      if (m) ok(m[1]);
    });
    child!.stderr!.setEncoding('utf8').on('data', (c: string) => { out += c; });
    child!.once('exit', (code) => fail(new Error(`npm run serve exited (${code}) before listening:\n${out}`)));
  });
}

it('SIGTERM: the in-flight request completes, exit code 0, the Neo4j JVM is gone', { timeout: TEST_TIMEOUT_MS }, async () => {
  const url = await startServe(await freePort(), await freePort());
  expect((await fetch(`${url}/api/health`)).status).toBe(200);
  const jvm = readInstanceRecord(dataDir)!.pid;
  expect(isProcessAlive(jvm)).toBe(true);

  let signalled = false;
  let answeredAfterSignal = false;
  const inFlight = fetch(`${url}/api/cypher`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SLOW_QUERY }),
  }).then(async (r) => {
    answeredAfterSignal = signalled;
    return { status: r.status, body: await r.json() };
  });
  const exited = new Promise<number | null>((ok) => child!.once('exit', (code) => ok(code)));
  // SIGTERM goes out once Neo4j is running the query (seen in its transaction list), not after a guess.
  const probe = neo4j.driver(readInstanceRecord(dataDir)!.uri);
  for (;;) {
    const res = await probe.executeQuery('SHOW TRANSACTIONS YIELD currentQuery RETURN collect(currentQuery) AS q');
    if ((res.records[0].get('q') as string[]).some((q) => q.includes('range(1, 8000000)'))) break;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  await probe.close();
  signalled = true;
  child!.kill('SIGTERM');

  const r = await inFlight;
  expect(answeredAfterSignal).toBe(true); // it really was in flight when the signal came
  expect(r.status).toBe(200);
  expect(r.body.rows).toEqual([{ n: SLOW_ANSWER }]);
  expect(await exited).toBe(0);
  while (isProcessAlive(jvm)) await new Promise((res) => setTimeout(res, POLL_MS));
  expect(isProcessAlive(jvm)).toBe(false);
  expect(readInstanceRecord(dataDir)).toBeUndefined(); // stopped cleanly: the record is removed
  await expect(fetch(`${url}/api/health`)).rejects.toThrow();
});
