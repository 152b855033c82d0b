// Fault: Neo4j is killed (SIGKILL) while a document's transaction is in flight. After a restart the
// killed document is absent, not half-written, the committed ones are whole, and re-running the ingest
// gives the same graph as a clean run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../db/apply-schema.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../db/local-neo4j.ts';
import { ingestPaths } from '../../ingest/ingest-paths.ts';
import { freePort } from '../../db/free-port.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { docA, docB } from '../write/fixtures.ts';
import { graphChecksum, query } from '../write/graph-state.ts';
import { bigDoc, fixtureExtractor } from './corpus-fixture.ts';

/** Retry a failed transaction only briefly: the database is dead on purpose. */
const RETRY_MS = 1_000;
/** Pause between looks for the in-flight write transaction. */
const POLL_MS = 5;
/** Looks before giving up (the test then fails: the kill did not land mid-transaction). */
const POLL_LIMIT = 4_000;
/** Two cold JVM starts on a shared 2-core machine: more than the default test timeout. */
const FAULT_TEST_TIMEOUT_MS = 300_000;

const dir = mkdtempSync(join(tmpdir(), 'atlas-fault-corpus-'));
const dataDir = mkdtempSync(join(tmpdir(), 'atlas-fault-neo4j-'));
writeFileSync(join(dir, 'a.txt'), docA().text);
writeFileSync(join(dir, 'c.txt'), docB().text);
writeFileSync(join(dir, 'big.txt'), bigDoc().text);
let instance: LocalNeo4j | undefined;
let driver: Driver | undefined;

afterAll(async () => {
  await driver?.close();
  await instance?.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(port: number): Promise<Driver> {
  instance = await startLocalNeo4j({ dataDir, port });
  driver = neo4j.driver(instance.uri, undefined, { maxTransactionRetryTime: RETRY_MS });
  await driver.verifyConnectivity();
  return driver;
}

/** Waits until the big document's write transaction is running, then kills the JVM. */
async function killMidTransaction(watch: Driver, victim: LocalNeo4j): Promise<boolean> {
  for (let i = 0; i < POLL_LIMIT; i++) {
    const rows = await watch.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery, parameters WHERE currentQuery CONTAINS 'Mentions with provenance' AND any(r IN parameters.rows WHERE r.docId = 'doc:big') RETURN count(*) AS n",
    ).catch(() => null);
    if (rows && rows.records[0].get('n').toNumber() > 0) {
      process.kill(victim.pid, 'SIGKILL');
      await victim.exited;
      return true;
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return false;
}

describe('Neo4j killed in the middle of an ingest', () => {
  it('loses no committed document, half-writes none, and a re-run equals a clean run', async () => {
    const clean = testDriver();
    await resetDatabase(clean);
    await ingestPaths(clean, [dir], { extract: fixtureExtractor });
    const expected = await graphChecksum(clean);
    await resetDatabase(clean);

    const port = await freePort();
    const first = await start(port);
    await applySchema(first);
    const watch = neo4j.driver(instance!.uri);
    // One document per transaction, so a commits before big's transaction is killed.
    const running = ingestPaths(first, [dir], { extract: fixtureExtractor, batch: { documents: 1 } });
    const killed = await killMidTransaction(watch, instance!);
    await watch.close();
    const summary = await running;
    expect(killed).toBe(true);
    expect(summary.failed).toBe(true);
    const reasons = Object.fromEntries(summary.skipped.map((s) => [s.path.slice(dir.length + 1), s.reason]));
    expect(Object.keys(reasons)).toEqual(['big.txt', 'c.txt']);
    expect(reasons['big.txt']).toMatch(/^write failed: /);
    // Once Neo4j is gone the rest is not attempted (each would only wait out the retries).
    expect(reasons['c.txt']).toMatch(/^not attempted: Neo4j became unavailable .*run the ingest again$/);
    await first.close();

    const second = await start(port);
    const docs = await query<{ id: string; mentions: number }>(second,
      'MATCH (d:Document) RETURN d.id AS id, COUNT { (d)-[:MENTIONS]->() } AS mentions ORDER BY id');
    // a committed before the kill; big was in flight and is wholly absent.
    expect(docs).toEqual([{ id: 'doc:a', mentions: 7 }]);
    const rerun = await ingestPaths(second, [dir], { extract: fixtureExtractor });
    expect(rerun.documents).toEqual({ ingested: 2, unchanged: 1, skipped: 0, removed: 0 });
    expect(await graphChecksum(second)).toBe(expected);
  }, FAULT_TEST_TIMEOUT_MS);
});
