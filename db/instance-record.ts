// The record a running local Neo4j leaves in its data folder (pid + port), so a second start on the
// same folder connects to it instead of crashing on Neo4j's store lock. A start lock (exclusive file
// create) keeps two processes from launching on one folder at the same moment.
import { closeSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface InstanceRecord {
  pid: number;
  port: number;
  uri: string;
  startedAt: string;
}

const RECORD_FILE = 'atlas-instance.json';
const START_LOCK_FILE = 'atlas-starting.lock';
/** A start lock older than this was left by a start that crashed; a cold JVM start takes ~10 s. */
const STALE_START_LOCK_MS = 3 * 60_000;

export function readInstanceRecord(dataDir: string): InstanceRecord | undefined {
  try {
    const rec = JSON.parse(readFileSync(join(dataDir, RECORD_FILE), 'utf8')) as InstanceRecord;
    return typeof rec.pid === 'number' && typeof rec.port === 'number' ? rec : undefined;
  } catch {
    return undefined;
  }
}

export function writeInstanceRecord(dataDir: string, rec: InstanceRecord): void {
  writeFileSync(join(dataDir, RECORD_FILE), `${JSON.stringify(rec, null, 2)}\n`);
}

/** Removes the record only if it still describes `pid` (a newer instance may have replaced it). */
export function removeInstanceRecord(dataDir: string, pid: number): void {
  if (readInstanceRecord(dataDir)?.pid === pid) rmSync(join(dataDir, RECORD_FILE), { force: true });
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user, which still means the folder is taken.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * True when `pid` is alive and is our launcher (its command line names `mainClass`), so a pid reused
 * after a reboot does not pin the folder. Without /proc (macOS) a live pid is trusted.
 */
export function isLauncherAlive(pid: number, mainClass: string): boolean {
  if (!isProcessAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(mainClass);
  } catch {
    return true;
  }
}

/** Takes the start lock; returns false when another process holds a fresh one. */
export function tryStartLock(dataDir: string): boolean {
  const file = join(dataDir, START_LOCK_FILE);
  try {
    closeSync(openSync(file, 'wx'));
    writeFileSync(file, String(process.pid));
    return true;
  } catch {
    const st = statSync(file, { throwIfNoEntry: false });
    const holder = Number(readFileSafe(file));
    const stale = !st || Date.now() - st.mtimeMs > STALE_START_LOCK_MS || (holder > 0 && !isProcessAlive(holder));
    if (!stale) return false;
    rmSync(file, { force: true });
    return tryStartLock(dataDir);
  }
}

export function releaseStartLock(dataDir: string): void {
  rmSync(join(dataDir, START_LOCK_FILE), { force: true });
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
