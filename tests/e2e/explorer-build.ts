// Builds the explorer before e2e tests when explorer/dist is missing or older than its sources, so
// the tests always drive the code in the tree (the server serves explorer/dist).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST_INDEX = join(ROOT, 'explorer/dist/index.html');
/** Everything the bundle is made from. */
const SOURCES = ['explorer/src', 'explorer/index.html', 'explorer/vite.config.ts', 'model'];

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

export function explorerIsStale(): boolean {
  if (!existsSync(DIST_INDEX)) return true;
  const built = statSync(DIST_INDEX).mtimeMs;
  return SOURCES.some((s) => existsSync(join(ROOT, s)) && newestMtime(join(ROOT, s)) > built);
}

export async function ensureExplorerBuilt(): Promise<void> {
  if (!explorerIsStale()) return;
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'explorer/vite.config.ts'), logLevel: 'warn' });
}
