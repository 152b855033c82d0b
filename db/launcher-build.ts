// Builds neo4j-launcher/ once with Maven and caches the result: the jar plus its dependencies in
// target/lib, stamped with a hash of the pom and Java sources. A warm start only hashes a few files;
// Maven runs again only when the pom or the Java change (or target/ is gone).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AtlasError } from '../model/errors.ts';

/** The launcher's Maven project, next to db/ at the repo root. */
export const LAUNCHER_DIR = resolve(fileURLToPath(new URL('../neo4j-launcher/', import.meta.url)));
const TARGET_DIR = join(LAUNCHER_DIR, 'target');
const JAR = join(TARGET_DIR, 'neo4j-launcher.jar');
const LIB_DIR = join(TARGET_DIR, 'lib');
const STAMP = join(TARGET_DIR, 'atlas-build.sha256');
/** Hash of the pom the jars in target/lib were copied for. */
const POM_STAMP = join(TARGET_DIR, 'atlas-pom.sha256');
/** mkdir is atomic, so a directory serves as a cross-process lock while Maven runs. */
const BUILD_LOCK = join(TARGET_DIR, '.atlas-build.lock');
/** A lock older than this belongs to a build that died; first builds download ~120 MB of jars. */
const STALE_LOCK_MS = 15 * 60_000;
/** How often a waiting process looks whether the other one's build finished. */
const LOCK_POLL_MS = 500;

export const MAIN_CLASS = 'org.atlas.launcher.Launcher';

const INSTALL_HINT =
  'install Java 17+ and Maven (e.g. `apt-get install -y openjdk-17-jdk-headless maven`), ' +
  'or set NEO4J_URI to an existing Neo4j, or run `docker compose up`';

/** Throws the one-sentence AtlasError when `tool` cannot run. */
export function requireTool(tool: 'java' | 'mvn'): void {
  const res = spawnSync(tool, ['-version'], { stdio: 'ignore', shell: process.platform === 'win32' });
  if (res.error || res.status !== 0) {
    const name = tool === 'java' ? 'Java' : 'Maven';
    throw new AtlasError('neo4j_unavailable', `${name} (\`${tool}\`) was not found: ${INSTALL_HINT}.`, 503);
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : [p];
  });
}

/** Hash of everything the build depends on, so edits to the pom or the Java trigger a rebuild. */
export function launcherSourceHash(): string {
  const hash = createHash('sha256');
  const files = [join(LAUNCHER_DIR, 'pom.xml'), ...sourceFiles(join(LAUNCHER_DIR, 'src'))].sort();
  for (const f of files) hash.update(relative(LAUNCHER_DIR, f)).update('\0').update(readFileSync(f));
  return hash.digest('hex');
}

function isBuilt(hash: string): boolean {
  return existsSync(JAR) && existsSync(LIB_DIR) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === hash;
}

/** The java classpath of the built launcher (jar + every dependency). */
export function launcherClasspath(): string {
  return [JAR, join(LIB_DIR, '*')].join(delimiter);
}

function tryLock(): boolean {
  try {
    mkdirSync(BUILD_LOCK);
    return true;
  } catch {
    const lock = statSync(BUILD_LOCK, { throwIfNoEntry: false });
    if (!lock) return tryLock(); // released between our two calls
    if (Date.now() - lock.mtimeMs > STALE_LOCK_MS) {
      rmSync(BUILD_LOCK, { recursive: true, force: true });
      return tryLock();
    }
    return false;
  }
}

/**
 * Ensures the launcher is built and returns its classpath. Another process building at the same time
 * (tests while `npm start` runs) is waited for, not raced.
 */
export async function ensureLauncherBuilt(log: (msg: string) => void = () => {}): Promise<string> {
  const hash = launcherSourceHash();
  if (isBuilt(hash)) return launcherClasspath();
  requireTool('mvn');
  mkdirSync(TARGET_DIR, { recursive: true });
  while (!tryLock()) {
    await new Promise((r) => setTimeout(r, LOCK_POLL_MS));
    if (isBuilt(hash)) return launcherClasspath();
  }
  try {
    if (isBuilt(hash)) return launcherClasspath();
    log('building the Neo4j launcher with Maven (the first build downloads Neo4j, about 160 MB, into ~/.m2)');
    const started = Date.now();
    // Jars of an older Neo4j version would stay on the classpath after a version bump; only then clear
    // them (a running JVM may still be loading classes from target/lib).
    const pomHash = createHash('sha256').update(readFileSync(join(LAUNCHER_DIR, 'pom.xml'))).digest('hex');
    if (!existsSync(POM_STAMP) || readFileSync(POM_STAMP, 'utf8').trim() !== pomHash) {
      rmSync(LIB_DIR, { recursive: true, force: true });
    }
    const res = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], {
      cwd: LAUNCHER_DIR, encoding: 'utf8', shell: process.platform === 'win32', maxBuffer: 64 * 1024 * 1024,
    });
    if (res.error || res.status !== 0) {
      const tail = `${res.stdout ?? ''}${res.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
      throw new AtlasError(
        'neo4j_build_failed',
        `Building the Neo4j launcher failed: run \`mvn -B package\` in neo4j-launcher/ to see why ` +
          `(Maven Central must be reachable), or set NEO4J_URI.`,
        503,
        { output: tail },
      );
    }
    writeFileSync(POM_STAMP, `${pomHash}\n`);
    writeFileSync(STAMP, `${hash}\n`);
    log(`launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return launcherClasspath();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}
