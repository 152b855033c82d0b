// Vitest global setup: ONE Neo4j for the whole run. With NEO4J_URI set it uses that server; otherwise
// it starts a throwaway local one (temporary data folder, free port) through db/connection.ts, the
// same path the product takes. Tests read the URI with inject('neo4jUri') or NEO4J_TEST_URI, and
// NEO4J_URI is pointed at it so a test calling connectNeo4j() can never touch .data/neo4j.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { applySchema } from '../../db/apply-schema.ts';
import { connectNeo4j } from '../../db/connection.ts';
import { freePort } from './free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

const log = (msg: string) => console.log(`[test-neo4j] ${msg}`);

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_URI;
  const dataDir = external ? undefined : mkdtempSync(join(tmpdir(), 'atlas-test-neo4j-'));
  const handle = await connectNeo4j(external ? { log } : { dataDir, port: await freePort(), log });
  await applySchema(handle.driver, log);
  project.provide('neo4jUri', handle.uri);
  process.env.NEO4J_TEST_URI = handle.uri;
  process.env.NEO4J_URI = handle.uri;
  return async () => {
    await handle.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
