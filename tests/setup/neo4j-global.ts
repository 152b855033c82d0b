// Vitest global setup: ONE Neo4j for the whole run. With NEO4J_TEST_URI or NEO4J_URI set it uses that
// server (tests empty it, so never point it at data you want to keep); otherwise
// it starts a throwaway local one (temporary data folder, free port) through db/connection.ts, the
// same path the product takes. Tests read the URI with inject('neo4jUri') or NEO4J_TEST_URI, and
// NEO4J_URI is pointed at it so a test calling connectNeo4j() can never touch .data/neo4j.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { applySchema } from '../../db/apply-schema.ts';
import { connectNeo4j } from '../../db/connection.ts';
import { freePort } from '../../db/free-port.ts';
import { cliFilters, needsNeo4j } from './needs-neo4j.ts';
import { removeStaleTestDirs } from './stale-test-dirs.ts';

const TEMP_PREFIX = 'atlas-test-neo4j-';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    /** Unique per run, so state a run leaves behind (e2e seed marker) is never taken for this run's. */
    testRunId: string;
  }
}

const log = (msg: string) => console.log(`[test-neo4j] ${msg}`);

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Watch mode may later run any file, so it always gets a server; so does a run with no filters.
  if (!project.config.watch) {
    const { testFiles } = await project.globTestFiles(cliFilters(process.argv));
    if (testFiles.length > 0 && !needsNeo4j(testFiles, project.config.root)) {
      log('no selected test file uses Neo4j: not starting one');
      return async () => {};
    }
  }
  const external = process.env.NEO4J_TEST_URI || process.env.NEO4J_URI;
  // Test databases live for one run: a faster JVM start beats peak query speed (db/local-neo4j.ts).
  process.env.NEO4J_QUICK_START ??= '1';
  if (!external) {
    const removed = removeStaleTestDirs(tmpdir(), TEMP_PREFIX);
    if (removed > 0) log(`removed ${removed} folder(s) left by crashed runs`);
  }
  const dataDir = external ? undefined : mkdtempSync(join(tmpdir(), TEMP_PREFIX));
  const handle = await connectNeo4j(external ? { uri: external, log } : { dataDir, port: await freePort(), log });
  await applySchema(handle.driver, log);
  project.provide('neo4jUri', handle.uri);
  project.provide('testRunId', `${process.pid}-${Date.now()}`);
  process.env.NEO4J_TEST_URI = handle.uri;
  process.env.NEO4J_URI = handle.uri;
  return async () => {
    await handle.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
