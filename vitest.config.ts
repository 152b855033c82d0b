// One Neo4j for the whole run (tests/setup/neo4j-global.ts). Test files run one after another: they
// share that database and the machine has 2 cores.
import { defineConfig } from 'vitest/config';

/** Starting a cold local Neo4j (and building the launcher on a fresh clone) takes a while. */
const HOOK_TIMEOUT_MS = 180_000;
/** Integration tests restart Neo4j or ingest the corpus. */
const TEST_TIMEOUT_MS = 120_000;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/neo4j-global.ts'],
    fileParallelism: false,
    hookTimeout: HOOK_TIMEOUT_MS,
    testTimeout: TEST_TIMEOUT_MS,
    teardownTimeout: HOOK_TIMEOUT_MS,
  },
});
