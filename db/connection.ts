// The one way into Neo4j for ingest, server and tests. With NEO4J_URI it connects there (bolt://,
// neo4j://, neo4j+s://: a single server, a cluster or Aura serve unchanged); without, it runs the
// local embedded Neo4j from neo4j-launcher/ and stops it on close() or when the process ends.
import neo4j, { type Driver } from 'neo4j-driver';
import { AtlasError } from '../model/errors.ts';
import { startLocalNeo4j } from './local-neo4j.ts';
import './tcp-no-delay.ts'; // before the first Bolt connection: every process's statements gain (see that file)

export interface Neo4jHandle {
  driver: Driver;
  uri: string;
  /** True when this process runs (or reuses) the local embedded Neo4j. */
  local: boolean;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Data folder of the local Neo4j (default DATA_DIR or .data/neo4j); ignored with NEO4J_URI. */
  dataDir?: string;
  /** Bolt port of the local Neo4j (default NEO4J_PORT or 7687); ignored with NEO4J_URI. */
  port?: number;
  log?: (msg: string) => void;
  /** Connect here instead of NEO4J_URI (tests pass the throwaway server's URI). */
  uri?: string;
  /** How many times to try Bolt before giving up (default CONNECT_ATTEMPTS, one a second). */
  attempts?: number;
}

/** Bolt may accept connections a moment after the port opens, and remote servers may be booting. */
const CONNECT_ATTEMPTS = 30;
/** Pause between attempts; 30 x 1 s covers a container still starting. */
const CONNECT_RETRY_MS = 1_000;
/** Default user of a Neo4j server (the local one has auth disabled). */
const DEFAULT_USER = 'neo4j';

export async function connectNeo4j(opts: ConnectOptions = {}): Promise<Neo4jHandle> {
  const log = opts.log ?? (() => {});
  const remote = opts.uri ?? process.env.NEO4J_URI;
  if (remote) {
    const user = process.env.NEO4J_USER || DEFAULT_USER;
    const password = process.env.NEO4J_PASSWORD;
    const auth = password ? neo4j.auth.basic(user, password) : undefined; // no password: server runs without auth
    const driver = neo4j.driver(remote, auth);
    await verify(driver, remote, log, opts.attempts ?? CONNECT_ATTEMPTS, REMOTE_HINT);
    log(`connected to Neo4j at ${remote}`);
    return { driver, uri: remote, local: false, close: () => driver.close() };
  }

  const instance = await startLocalNeo4j({ dataDir: opts.dataDir, port: opts.port, log });
  const driver = neo4j.driver(instance.uri) // the local one runs with auth disabled;
  try {
    await verify(driver, instance.uri, log, opts.attempts ?? CONNECT_ATTEMPTS, LOCAL_HINT);
  } catch (err) {
    await driver.close();
    await instance.stop();
    throw err;
  }
  let closed = false;
  return {
    driver,
    uri: instance.uri,
    local: true,
    async close() {
      if (closed) return;
      closed = true;
      await driver.close();
      await instance.stop();
    },
  };
}

const REMOTE_HINT = 'start it (`docker compose up neo4j`), or unset NEO4J_URI to run the local one';
const LOCAL_HINT = 'read debug.log in its data folder, or set NEO4J_URI to another server';

async function verify(
  driver: Driver, uri: string, log: (msg: string) => void, attempts: number, hint: string,
): Promise<void> {
  let last: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (err) {
      last = err;
      if (isAuthError(err)) break; // retrying a wrong password only locks the account
      if (attempt === attempts) break;
      if (attempt === 1) log(`waiting for Neo4j at ${uri}`);
      await new Promise((r) => setTimeout(r, CONNECT_RETRY_MS));
    }
  }
  await driver.close();
  const reason = last instanceof Error ? last.message : String(last);
  throw isAuthError(last)
    ? new AtlasError('neo4j_auth_failed', `Neo4j at ${uri} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD.`, 503)
    : new AtlasError('neo4j_unreachable',
      `Neo4j at ${uri} did not answer (${reason}): ${hint}.`, 503);
}

function isAuthError(err: unknown): boolean {
  const code = (err as { code?: string } | undefined)?.code ?? '';
  return code.startsWith('Neo.ClientError.Security.');
}
