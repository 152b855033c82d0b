// A modest version of `npm run bench -- load`: the server in its own process over the run's Neo4j
// (fixture graph), 50 concurrent clients from this process on the network endpoints, repeated rounds.
// Asserts what must hold on any machine: every request answered 2xx (no errors, no timeouts), and the
// server's resident memory does not keep growing after the warm-up round. Speed is the benchmark's.
import { beforeAll, expect, it } from 'vitest';
import { loadRounds } from '../../bench/load/load-bench.ts';
import { writeFixture } from '../server/fixture.ts';
import { resetDatabase, testDriver, testUri } from '../setup/test-db.ts';

const CONNECTIONS = 50;
/** Requests per round: a few seconds of load here, enough for a leak of a few kB each to show. */
const AMOUNT = 3_000;
const ROUNDS = 4;
/** A round is stopped after this long whatever it reached (bounded in time as well as count). */
const MAX_SECONDS = 90;
/** V8 grows its heap lazily, so uncapped RSS says little; under this old-space cap a leak ends in an
 *  out-of-memory exit (every later request an error) while a healthy server stays flat. */
const HEAP_CAP_MB = 160;
/** Allowed RSS growth from the warm round to the last under the cap: GC noise, not a trend. */
const MAX_GROWTH_MB = 40;
const TEST_TIMEOUT_MS = ROUNDS * MAX_SECONDS * 1000 + 120_000;

beforeAll(async () => {
  await resetDatabase();
  await writeFixture(testDriver());
});

it(`${CONNECTIONS} clients x ${ROUNDS} rounds on the network endpoints: no errors, bounded memory`, { timeout: TEST_TIMEOUT_MS }, async () => {
  const f = await loadRounds(testUri(), { connections: CONNECTIONS, amount: AMOUNT, maxSeconds: MAX_SECONDS, rounds: ROUNDS }, (m) => console.log(`[load] ${m}`),
    { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${HEAP_CAP_MB}`.trim() });
  for (const [i, r] of f.rounds.entries()) {
    expect(r.requests, `round ${i + 1}`).toBeGreaterThan(0);
    expect({ errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx }, `round ${i + 1}`).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
  }
  expect(f.rssGrowthWarmMb).toBeLessThan(MAX_GROWTH_MB);
  console.log(`[load] RSS ${f.rssBeforeMb} MB before, ${f.rssAfterMb} MB after ${ROUNDS} rounds (growth after warm-up ${f.rssGrowthWarmMb} MB)`);
});
