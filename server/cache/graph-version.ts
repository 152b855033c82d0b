// The graph's version as the cache sees it, asked of Neo4j at most once per interval (and by one
// caller at a time), so a fresh ingest by the CLI or the upload route is seen within that interval.
import { createHash } from 'node:crypto';
import type { QueryRunner } from '../query/query-runner.ts';

export interface GraphVersion {
  /** The current version string; queries Neo4j when the last answer is older than the interval. */
  current(): Promise<string>;
  /** Forgets the last answer: the next current() asks Neo4j (after a write by this process). */
  stale(): void;
}

export function graphVersion(db: () => QueryRunner, intervalMs: number): GraphVersion {
  let value: string | null = null;
  let checkedAt = 0;
  let inFlight: Promise<string> | null = null;
  // Bumped by stale(): a read that started before a write must not be remembered as current.
  let generation = 0;
  return {
    current() {
      if (value !== null && performance.now() - checkedAt < intervalMs) return Promise.resolve(value);
      if (inFlight) return inFlight;
      const started = performance.now();
      const gen = generation;
      const run = db().read('graph-version').then((rows) => {
        const read = createHash('sha256').update(JSON.stringify(rows[0] ?? {})).digest('base64url').slice(0, 16);
        if (gen === generation) { value = read; checkedAt = started; }
        return read;
      }).finally(() => { if (inFlight === run) inFlight = null; });
      inFlight = run;
      return run;
    },
    stale() { generation++; checkedAt = -Infinity; inFlight = null; },
  };
}
