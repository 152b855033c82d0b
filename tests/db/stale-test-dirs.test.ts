// Cleanup of throwaway Neo4j folders left by crashed runs: only old folders without a live Neo4j go.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeInstanceRecord } from '../../db/instance-record.ts';
import { removeStaleTestDirs } from '../setup/stale-test-dirs.ts';

const parent = mkdtempSync(join(tmpdir(), 'atlas-stale-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const HOUR = 3600;
/** A pid that cannot be alive (above Linux's pid_max). */
const DEAD_PID = 2 ** 22 + 1;

// [folder name, age in seconds, recorded pid (none: no record), expected to be removed]
const rows: [string, number, 'none' | 'dead' | 'live', boolean][] = [
  ['atlas-test-neo4j-old-none', 2 * HOUR, 'none', true],
  ['atlas-test-neo4j-old-dead', 2 * HOUR, 'dead', true],
  ['atlas-test-neo4j-old-live', 2 * HOUR, 'live', false],
  ['atlas-test-neo4j-new-none', 60, 'none', false],
  ['other-prefix-old-none', 2 * HOUR, 'none', false],
];

describe('removeStaleTestDirs', () => {
  it('removes exactly the stale folders', () => {
    for (const [name, age, rec] of rows) {
      const dir = join(parent, name);
      mkdirSync(dir);
      if (rec !== 'none') {
        writeInstanceRecord(dir, { pid: rec === 'live' ? process.pid : DEAD_PID, port: 1, uri: 'bolt://x', startedAt: '' });
      }
      const t = Date.now() / 1000 - age;
      utimesSync(dir, t, t);
    }
    const removed = removeStaleTestDirs(parent, 'atlas-test-neo4j-');
    expect(rows.map(([name]) => [name, !existsSync(join(parent, name))])).toEqual(rows.map(([name, , , gone]) => [name, gone]));
    expect(removed).toBe(rows.filter((r) => r[3]).length);
  });
});
