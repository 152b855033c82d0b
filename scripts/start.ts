// `npm start`: Neo4j (local unless NEO4J_URI), an idempotent ingest of seeds/, the explorer build when it is
// missing or stale, then the server. Each step logs what it is doing so a first run's minutes are explained.
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { connectNeo4j } from '../db/connection.ts';
import { ingestPaths } from '../ingest/ingest-paths.ts';
import { startServer } from '../server/main.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** The corpus ingested at start; override with SEEDS_DIR to serve another folder. */
const SEEDS_DIR = process.env.SEEDS_DIR ?? join(ROOT, 'seeds');
const EXPLORER_SRC = join(ROOT, 'explorer');
const EXPLORER_DIST = join(ROOT, 'explorer', 'dist', 'index.html');

const log = (msg: string) => console.log(`[start] ${msg}`);

/** Newest modification time under a folder, skipping build output and dependencies. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildExplorerIfStale(): void {
  const stale = !existsSync(EXPLORER_DIST) || statSync(EXPLORER_DIST).mtimeMs < newestMtime(EXPLORER_SRC);
  if (!stale) return log('explorer build is up to date');
  log('building the explorer (vite build)…');
  const result = spawnSync('npx', ['vite', 'build', '--config', 'explorer/vite.config.ts', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The explorer build failed: run `npm run build` to see why.');
}

async function main(): Promise<void> {
  const started = Date.now();
  log(process.env.NEO4J_URI ? `connecting to Neo4j at ${process.env.NEO4J_URI}` : 'starting the local Neo4j…');
  const neo4j = await connectNeo4j({ log });
  log(`Neo4j ready at ${neo4j.uri} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  log(`ingesting ${SEEDS_DIR}…`);
  const summary = await ingestPaths(neo4j.driver, [SEEDS_DIR], { log });
  log(`ingest done: ${JSON.stringify(summary)}`);

  buildExplorerIfStale();
  const server = await startServer({ neo4j });
  log(`explorer at ${server.url} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

main().catch((error: unknown) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
