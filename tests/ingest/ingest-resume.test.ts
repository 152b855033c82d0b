// Fault: the ingest process itself is killed (SIGKILL) in the middle of a run. The batches it committed
// stay whole; running the ingest again skips them by content hash, writes the rest, and the graph equals
// a clean run's (written with other batch sizes: one document per batch here, the default there).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/ingest-paths.ts';
import { resetDatabase, testDriver, testUri } from '../setup/test-db.ts';
import { graphChecksum, query } from '../write/graph-state.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const SEEDS = join(ROOT, 'seeds');
/** The long Council note goes last, so the news items are committed while it is still being read. */
const LONG_SEED = '001_44588754ff247d3f.txt';
/** Documents committed before the kill: the run is stopped after its second batch. */
const KILL_AFTER_DOCUMENTS = 2;
/** Pause between looks at the graph while the ingest runs. */
const POLL_MS = 25;
/** Three extractions of the seeds and a child process: more than the default test timeout. */
const RESUME_TEST_TIMEOUT_MS = 300_000;

const driver = testDriver();
const dir = mkdtempSync(join(tmpdir(), 'atlas-resume-'));
for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) {
  copyFileSync(join(SEEDS, f), join(dir, f === LONG_SEED ? `z_${f}` : f));
}
const total = readdirSync(dir).length;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const documentCount = async () => (await query<{ n: number }>(driver, 'MATCH (d:Document) RETURN count(d) AS n'))[0].n;

/** `npm run ingest` as a child process (node with tsx's loader: one process, so the kill hits it). */
function ingestProcess(...args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'ingest/cli/ingest.ts'), '--quiet', ...args, dir], {
    cwd: ROOT, env: { ...process.env, NEO4J_URI: testUri() }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b) => { stdout += b; });
  child.stderr.on('data', (b) => { stderr += b; });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

describe('the ingest process killed in the middle of a run', () => {
  it('keeps its committed batches, and a re-run goes on where it stopped and equals a clean run', async () => {
    await resetDatabase(driver);
    await ingestPaths(driver, [dir]);
    const clean = await graphChecksum(driver);
    await resetDatabase(driver);

    const run = ingestProcess('--batch-documents', '1');
    let finished = false;
    void run.exited.then(() => { finished = true; });
    while (!finished && (await documentCount()) < KILL_AFTER_DOCUMENTS) await new Promise((r) => setTimeout(r, POLL_MS));
    run.child.kill('SIGKILL');
    const code = await run.exited;
    expect({ code, stderr: run.stderr() }).toMatchObject({ code: null }); // killed, not finished
    const committed = await documentCount();
    expect(committed).toBeGreaterThanOrEqual(KILL_AFTER_DOCUMENTS);
    expect(committed).toBeLessThan(total);
    // Each committed document is whole: it has its mentions.
    const empty = await query(driver, 'MATCH (d:Document) WHERE NOT (d)-[:MENTIONS]->() RETURN d.id AS id');
    expect(empty).toEqual([]);

    const rerun = ingestProcess();
    expect({ code: await rerun.exited, stderr: rerun.stderr() }).toMatchObject({ code: 0 });
    expect(rerun.stdout()).toMatch(new RegExp(`^documents: ${total - committed} ingested, ${committed} unchanged, 0 skipped`, 'm'));
    expect(await graphChecksum(driver)).toBe(clean);
  }, RESUME_TEST_TIMEOUT_MS);
});
