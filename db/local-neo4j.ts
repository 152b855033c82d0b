// Starts (or reuses) the embedded Neo4j of neo4j-launcher/ on a data folder. The JVM never outlives
// this process: it is killed on exit, and it also stops by itself when its stdin pipe closes, which
// covers a crash or SIGKILL of node where no exit handler runs.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { AtlasError } from '../model/errors.ts';
import { MAIN_CLASS, ensureLauncherBuilt, requireTool } from './launcher-build.ts';
import { waitForReady } from './launcher-output.ts';
import {
  isLauncherAlive, isProcessAlive, readInstanceRecord, releaseStartLock, removeInstanceRecord, tryStartLock, writeInstanceRecord,
} from './instance-record.ts';

const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** Default data folder, at the repo root whatever the cwd (DATA_DIR overrides). */
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, '.data/neo4j');
/** Neo4j's standard Bolt port (NEO4J_PORT overrides). */
export const DEFAULT_PORT = 7687;
/** Heap ceiling for a 2-core shared machine (NEO4J_HEAP overrides); page cache is set in the launcher.
 *  No -Xms: several test instances may run at once, and each should only commit what it uses. */
const DEFAULT_HEAP = '1g';
/** A cold JVM + store creation takes ~6-10 s here; leave room for a loaded machine. */
const START_TIMEOUT_MS = 120_000;
/** Grace for a clean shutdown (store flush) before SIGKILL. */
const STOP_TIMEOUT_MS = 30_000;
/** How often to look again while another process is starting Neo4j on the same folder. */
const POLL_MS = 500;
/** How long a recorded, live but silent instance gets before the folder is reported busy. */
const REUSE_WAIT_MS = STOP_TIMEOUT_MS + 5_000;
/** How often a reused instance's pid is checked for its `exited` promise. */
const DEAD_POLL_MS = 1_000;

/** The flags Neo4j's own launcher passes on Java 17 (reflective access for netty and the page cache). */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-exports=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
];

/**
 * C1-only JIT: starts faster but runs queries slower, so it suits short-lived databases (tests,
 * scripts) and not a server that stays up. Opt in with NEO4J_QUICK_START=1; the test setup does.
 * Without tiering the JVM reserves 48 MB for compiled code, and the test suite's Neo4j filled it two
 * minutes in ("CodeCache is full. Compiler has been disabled"), interpreting everything compiled after
 * that; 256 MB is about what tiered compilation reserves by default.
 */
const QUICK_START_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:ReservedCodeCacheSize=256m'];
const jvmFlags = (): string[] => (process.env.NEO4J_QUICK_START === '1' ? [...JVM_FLAGS, ...QUICK_START_FLAGS] : JVM_FLAGS);

export interface LocalNeo4jOptions {
  dataDir?: string;
  port?: number;
  log?: (msg: string) => void;
  /** Keep node's event loop alive while Neo4j runs (the `npm run neo4j` CLI); default false. */
  foreground?: boolean;
}

export interface LocalNeo4j {
  uri: string;
  port: number;
  dataDir: string;
  pid: number;
  /** False when an instance started by another process was reused; stop() then leaves it running. */
  owned: boolean;
  /** Resolves when the JVM exits (never, for a reused instance). */
  exited: Promise<void>;
  stop(): Promise<void>;
}

interface Running {
  instance: LocalNeo4j;
  refs: number;
}
/** Instances this process holds, by data folder: repeated starts share one JVM, counted. */
const running = new Map<string, Running>();

export async function startLocalNeo4j(opts: LocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const log = opts.log ?? (() => {});
  const dataDir = resolve(opts.dataDir ?? (process.env.DATA_DIR || DEFAULT_DATA_DIR));
  const port = opts.port ?? (Number(process.env.NEO4J_PORT) || DEFAULT_PORT);
  mkdirSync(dataDir, { recursive: true });

  const mine = running.get(dataDir);
  if (mine) {
    mine.refs += 1;
    return shared(mine);
  }
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const reused = await reuseRecorded(dataDir, log);
    if (reused) return reused;
    if (tryStartLock(dataDir)) break;
    if (Date.now() > deadline) {
      throw new AtlasError('neo4j_start_timeout',
        `Another process is still starting Neo4j on ${dataDir}: wait for it, or remove ${dataDir}/atlas-starting.lock if none is.`, 503);
    }
    await sleep(POLL_MS);
  }
  try {
    const reused = await reuseRecorded(dataDir, log); // it may have finished while we took the lock
    if (reused) return reused;
    const classpath = await ensureLauncherBuilt(log);
    requireTool('java');
    await assertPortFree(port);
    const instance = await spawnLauncher({ classpath, dataDir, port, log, foreground: !!opts.foreground });
    const entry: Running = { instance, refs: 1 };
    running.set(dataDir, entry);
    void instance.exited.then(() => running.get(dataDir) === entry && running.delete(dataDir));
    return shared(entry);
  } finally {
    releaseStartLock(dataDir);
  }
}

/** A handle on a shared in-process instance; the last stop() really stops it. */
function shared(entry: Running): LocalNeo4j {
  let stopped = false;
  return {
    ...entry.instance,
    async stop() {
      if (stopped) return;
      stopped = true;
      entry.refs -= 1;
      if (entry.refs === 0) {
        running.delete(entry.instance.dataDir);
        await entry.instance.stop();
      }
    },
  };
}

/**
 * Connects to an instance another process recorded in the folder, or clears a stale record. An
 * instance that is alive but silent is given a moment: it may be shutting down, or still flushing.
 */
async function reuseRecorded(dataDir: string, log: (msg: string) => void): Promise<LocalNeo4j | undefined> {
  const deadline = Date.now() + REUSE_WAIT_MS;
  for (;;) {
    const rec = readInstanceRecord(dataDir);
    if (!rec) return undefined;
    if (!isLauncherAlive(rec.pid, MAIN_CLASS)) {
      removeInstanceRecord(dataDir, rec.pid);
      return undefined;
    }
    const driver = neo4j.driver(rec.uri);
    const answers = await driver.verifyConnectivity().then(() => true, () => false);
    await driver.close();
    if (answers) {
      log(`reusing Neo4j already running on ${dataDir} (pid ${rec.pid}) at ${rec.uri}`);
      return { uri: rec.uri, port: rec.port, dataDir, pid: rec.pid, owned: false, exited: whenDead(rec.pid), stop: async () => {} };
    }
    if (Date.now() > deadline) {
      throw new AtlasError('neo4j_folder_busy',
        `Process ${rec.pid} holds ${dataDir} but Bolt at ${rec.uri} does not answer: stop that process or use another DATA_DIR.`, 503);
    }
    await sleep(POLL_MS);
  }
}

/** Resolves when a process we did not start is gone (polled; never keeps node alive). */
function whenDead(pid: number): Promise<void> {
  return new Promise((done) => {
    const timer = setInterval(() => {
      if (!isProcessAlive(pid)) {
        clearInterval(timer);
        done();
      }
    }, DEAD_POLL_MS);
    timer.unref();
  });
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', () => fail(new AtlasError('neo4j_port_in_use',
      `Port ${port} on 127.0.0.1 is taken: set NEO4J_PORT to a free port, or NEO4J_URI to use the server listening there.`, 503)));
    srv.listen(port, '127.0.0.1', () => srv.close(() => ok()));
  });
}

interface SpawnArgs {
  classpath: string;
  dataDir: string;
  port: number;
  log: (msg: string) => void;
  foreground: boolean;
}

async function spawnLauncher({ classpath, dataDir, port, log, foreground }: SpawnArgs): Promise<LocalNeo4j> {
  const heap = process.env.NEO4J_HEAP || DEFAULT_HEAP;
  log(`starting Neo4j on ${dataDir}, Bolt port ${port}`);
  const started = Date.now();
  const child = spawn('java', [`-Xmx${heap}`, ...jvmFlags(), '-cp', classpath, MAIN_CLASS], {
    env: { ...process.env, DATA_DIR: dataDir, NEO4J_PORT: String(port), NEO4J_WATCH_STDIN: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const killOnExit = () => child.kill('SIGTERM');
  process.on('exit', killOnExit);
  const exited = new Promise<void>((done) => child.once('exit', () => {
    process.off('exit', killOnExit);
    removeInstanceRecord(dataDir, child.pid ?? -1);
    done();
  }));

  const uri = await waitForReady(child, START_TIMEOUT_MS, log);
  const pid = child.pid!;
  writeInstanceRecord(dataDir, { pid, port, uri, startedAt: new Date().toISOString() });
  log(`Neo4j ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (!foreground) {
    // Let node exit when its work is done; the exit handler and stdin EOF then stop the JVM.
    child.unref();
    for (const s of [child.stdin, child.stdout, child.stderr]) (s as unknown as { unref?: () => void }).unref?.();
  }
  return {
    uri, port, dataDir, pid, owned: true, exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      removeInstanceRecord(dataDir, pid);
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
