// `npm run ingest` as a user runs it (a child process on the test Neo4j): plain log lines off a terminal,
// one clear line per skipped file, and the exit code says how it went.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDriver, testUri } from '../setup/test-db.ts';
import { counts } from '../write/graph-state.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const SMALL_SEED = '003_072a97fd6eb2948e.txt';
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ingest(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'ingest/cli/ingest.ts'), ...args], {
      cwd: ROOT, env: { ...process.env, NEO4J_URI: testUri() },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run ingest', () => {
  beforeEach(() => resetDatabase(testDriver()));

  it('exits 0 when every file is ingested, and 2 when some were skipped, naming each', async () => {
    const good = join(dir, 'good');
    const mixed = join(dir, 'mixed');
    for (const d of [good, mixed]) {
      rmSync(d, { recursive: true, force: true });
      await run('mkdir', ['-p', d]);
      copyFileSync(join(ROOT, 'seeds', SMALL_SEED), join(d, SMALL_SEED));
    }
    writeFileSync(join(mixed, 'empty.txt'), '');
    writeFileSync(join(mixed, 'binary.html'), Buffer.from([1, 2, 0, 3]));

    const ok = await ingest(good);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^written .*003_072a97fd6eb2948e\.txt/m);
    expect(ok.stdout).toMatch(/^documents: 1 ingested, 0 unchanged, 0 skipped/m);
    expect(ok.stdout).toMatch(/^entities: \d+ \(Person \d+, Institution \d+, Country \d+, Instrument \d+\)$/m);

    const some = await ingest(mixed);
    expect(some.code).toBe(2);
    expect(some.stdout).toMatch(/^documents: 0 ingested, 1 unchanged, 2 skipped/m);
    expect(some.stderr).toContain(`skipped ${join(mixed, 'empty.txt')}: empty file`);
    expect(some.stderr).toContain(`skipped ${join(mixed, 'binary.html')}: binary file`);
    expect((await counts(testDriver())).Document).toBe(1);
  });

  it('backs up and restores through the CLI, and exits 1 with one line on failure', async () => {
    await ingest(join(ROOT, 'seeds', SMALL_SEED));
    const before = await counts(testDriver());
    const file = join(dir, 'backup.jsonl');
    expect((await ingest('--export', file)).code).toBe(0);
    const refused = await ingest('--import', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^ingest failed \(database_not_empty\): .*--replace/m);
    const restored = await ingest('--import', file, '--replace');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/^imported \d+ nodes and \d+ relationships/m);
    expect(await counts(testDriver())).toEqual(before);
  });

  it('extracts on worker threads when asked (--threads 2), with the same graph as the main thread', async () => {
    const seed = join(ROOT, 'seeds', SMALL_SEED);
    const main = await ingest(seed);
    expect(main.stdout).not.toMatch(/worker threads/);
    const onMain = await counts(testDriver());
    await resetDatabase(testDriver());
    const pooled = await ingest('--threads', '2', seed);
    expect(pooled.code).toBe(0);
    expect(pooled.stdout).toMatch(/^extracting on 2 worker threads$/m);
    expect(pooled.stdout).toMatch(/^documents: 1 ingested/m);
    expect(await counts(testDriver())).toEqual(onMain);
  });

  const badBatch: [string, string][] = [['--batch-documents', 'abc'], ['--batch-rows', '0'], ['--batch-rows', '2.5'], ['--threads', '0']];
  for (const [option, value] of badBatch) {
    it(`refuses ${option} ${value}, naming the option and what to give, and writes nothing`, async () => {
      const r = await ingest(option, value, join(ROOT, 'seeds', SMALL_SEED));
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`option '${option} <n>' argument '${value}' is invalid. Give a whole number of at least 1`);
      expect(await counts(testDriver())).toEqual({});
    });
  }
});
