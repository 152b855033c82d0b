// The local Neo4j on its own temporary folder and port: data survives a restart, a second start on
// the same folder (another process) reuses the running instance, and the JVM dies with its owner even
// when the owner is SIGKILLed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNeo4j } from '../../db/connection.ts';
import { isProcessAlive, readInstanceRecord, writeInstanceRecord } from '../../db/instance-record.ts';
import { freePort } from '../../db/free-port.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/connect-and-hold.ts', import.meta.url));
/** Each test starts and stops Neo4j two or three times; on a loaded 2-core machine one took ~60 s. */
const RESTART_TEST_TIMEOUT_MS = 240_000;
/** Polling interval while waiting for a process to go away (a wait, not a speed assertion). */
const POLL_MS = 200;

interface ChildReport { uri: string; local: boolean; jvmPid: number; probes: number }

function runChild(dataDir: string, port: number, mode: 'close' | 'hold') {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, dataDir, String(port), mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const report = new Promise<ChildReport>((ok, fail) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      out += c;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) ok(JSON.parse(line) as ChildReport);
    });
    child.once('exit', (code) => fail(new Error(`fixture exited (${code}) before reporting: ${out}`)));
  });
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  return { child, report, exited };
}

async function untilDead(pid: number): Promise<boolean> {
  while (isProcessAlive(pid)) await new Promise((r) => setTimeout(r, POLL_MS));
  return true;
}

let dataDir: string;
let port: number;
const savedUri = process.env.NEO4J_URI;

beforeAll(async () => {
  delete process.env.NEO4J_URI; // the global test server is not under test here
  dataDir = mkdtempSync(join(tmpdir(), 'atlas-restart-'));
  port = await freePort();
});

afterAll(() => {
  if (savedUri !== undefined) process.env.NEO4J_URI = savedUri;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('local Neo4j', { timeout: RESTART_TEST_TIMEOUT_MS }, () => {
  it('reads back after a restart what was written over Bolt', async () => {
    const first = await connectNeo4j({ dataDir, port });
    expect(first.local).toBe(true);
    await first.driver.executeQuery("CREATE (:RestartProbe {id: 'probe-1', written: 'before restart'})");
    const jvm = readInstanceRecord(dataDir)!.pid;
    await first.close();
    expect(isProcessAlive(jvm)).toBe(false);
    expect(readInstanceRecord(dataDir)).toBeUndefined();

    const second = await connectNeo4j({ dataDir, port });
    const res = await second.driver.executeQuery('MATCH (n:RestartProbe) RETURN n.id AS id, n.written AS written');
    expect(res.records.map((r) => r.toObject())).toEqual([{ id: 'probe-1', written: 'before restart' }]);
    expect(readInstanceRecord(dataDir)!.pid).not.toBe(jvm);
    await second.close();
  });

  it('reuses the instance when another process starts on the same folder', async () => {
    const owner = await connectNeo4j({ dataDir, port });
    const jvm = readInstanceRecord(dataDir)!.pid;
    const other = runChild(dataDir, port, 'close');
    const report = await other.report;
    await other.exited;
    expect(report).toEqual({ uri: owner.uri, local: true, jvmPid: jvm, probes: 1 });
    // The reusing process closed, but the owner's instance keeps running.
    expect(isProcessAlive(jvm)).toBe(true);
    await owner.driver.verifyConnectivity();
    await owner.close();
  });

  it('shares one instance between two connections in one process, stopping it with the last close', async () => {
    const a = await connectNeo4j({ dataDir, port });
    const b = await connectNeo4j({ dataDir, port });
    const jvm = readInstanceRecord(dataDir)!.pid;
    await a.close();
    await b.driver.verifyConnectivity();
    await b.close();
    expect(isProcessAlive(jvm)).toBe(false);
  });

  it('does not let the JVM outlive an owner that is SIGKILLed', async () => {
    const owner = runChild(dataDir, port, 'hold');
    const { jvmPid } = await owner.report;
    expect(isProcessAlive(jvmPid)).toBe(true);
    owner.child.kill('SIGKILL');
    await owner.exited;
    expect(await untilDead(jvmPid)).toBe(true);
    // A record naming a live pid that is not our launcher (pid reuse after a reboot) is stale too.
    writeInstanceRecord(dataDir, { ...readInstanceRecord(dataDir)!, pid: process.pid });
    // The stale record is cleaned up by the next start, which gets the data back.
    const next = await connectNeo4j({ dataDir, port });
    const res = await next.driver.executeQuery('MATCH (n:RestartProbe) RETURN count(n) AS n');
    expect(res.records[0].get('n').toNumber()).toBe(1);
    await next.close();
  });
});
