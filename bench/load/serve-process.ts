// The server under load runs in its own process (`server/main.ts`, as `npm run serve`), so its memory
// is measured alone and the load generator never shares its event loop. Resident memory comes from
// /proc/<pid>/status (Linux), the figure the kernel charges the process.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../db/free-port.ts';

const MAIN = fileURLToPath(new URL('../../server/main.ts', import.meta.url));
/** One address sends all the load, so the per-client API limit (600/min by default) is lifted here. */
export const LOAD_RATE_LIMIT = 100_000_000;
/** Health probes while the server starts (one per pause): tsx compiling on a loaded machine. */
const START_PROBES = 600;
const START_PAUSE_MS = 100;
/** Requests are logged at info; under load that would measure the log pipe, so only warnings go out. */
const LOAD_LOG_LEVEL = 'warn';

export interface ServeProcess { url: string; pid: number; rssMb(): number; stop(): Promise<number | null> }

export function rssMbOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for process ${pid}: is it still running?`);
  return Math.round(Number(m[1]) / 102.4) / 10;
}

/** Starts `server/main.ts` on a free loopback port against the Neo4j at `neo4jUri`; resolves once it answers. */
export async function startServeProcess(neo4jUri: string, env: NodeJS.ProcessEnv = {}): Promise<ServeProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, NEO4J_URI: neo4jUri, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: LOAD_LOG_LEVEL,
      RATE_LIMIT: String(LOAD_RATE_LIMIT), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    return exited;
  };
  for (let i = 0; i < START_PROBES; i++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before answering; its stderr is above`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { url, pid: child.pid!, rssMb: () => rssMbOf(child.pid!), stop };
    await new Promise((r) => setTimeout(r, START_PAUSE_MS));
  }
  await stop();
  throw new Error(`server at ${url} did not answer /api/health after ${START_PROBES} probes`);
}
