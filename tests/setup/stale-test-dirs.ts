// Removes throwaway Neo4j folders left in the temp dir by runs that crashed before their teardown.
// A folder is stale when no live Neo4j is recorded in it and it is old enough not to be mid-start.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive, readInstanceRecord } from '../../db/instance-record.ts';

/** Younger folders may belong to a run that is still starting its Neo4j (no record yet). */
const MIN_AGE_MS = 60 * 60_000;

export function removeStaleTestDirs(parent: string, prefix: string): number {
  let removed = 0;
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const dir = join(parent, name);
    const st = statSync(dir, { throwIfNoEntry: false });
    if (!st?.isDirectory() || Date.now() - st.mtimeMs < MIN_AGE_MS) continue;
    const rec = readInstanceRecord(dir);
    if (rec && isProcessAlive(rec.pid)) continue;
    rmSync(dir, { recursive: true, force: true });
    removed += 1;
  }
  return removed;
}
