// Server options read once from the environment; every default is a named constant so a reader sees
// why the number is what it is and tests can override any of them through createApp().
import path from 'node:path';

/** Port when PORT is unset: the one the README and docker-compose publish. */
export const DEFAULT_PORT = 3000;
/** JSON bodies are console queries and their parameters: 64 kB is far above any hand-written query. */
export const DEFAULT_BODY_LIMIT = '64kb';
/** Requests per client per window on the whole API: generous so an explorer session never hits it. */
export const DEFAULT_RATE_LIMIT = 600;
/** The console runs arbitrary (read) queries, so a client gets far fewer of them. */
export const DEFAULT_CONSOLE_RATE_LIMIT = 30;
/** Window of both rate limits. */
export const DEFAULT_RATE_WINDOW_MS = 60_000;
/** Transaction timeout of the named queries: a healthy one answers in milliseconds. */
export const DEFAULT_QUERY_TIMEOUT_MS = 10_000;
/** Transaction timeout of a console query: long enough for real analysis, short enough to bound a cartesian product. */
export const DEFAULT_CONSOLE_TIMEOUT_MS = 5_000;
/** Rows a console query may return; the rest are cut and `truncated` is set. */
export const DEFAULT_CONSOLE_ROW_CAP = 1_000;
/** Cached answers kept at most: the explorer's distinct views of one graph are a few hundred. */
export const DEFAULT_CACHE_MAX_ENTRIES = 500;
/** Bytes of cached answers at most (64 MB): bounds the RSS growth under load whatever clients ask. */
export const DEFAULT_CACHE_MAX_BYTES = 64 * 1024 * 1024;
/** How often the graph version is asked of Neo4j at most: a fresh ingest is visible within this. */
export const DEFAULT_CACHE_VERSION_CHECK_MS = 250;

/** Where document texts live when a Document node carries no text of its own. */
export const DEFAULT_CORPUS_DIR = path.resolve(import.meta.dirname, '..', 'seeds');
/** Where the built explorer lives; served at `/` when it exists. */
export const DEFAULT_STATIC_DIR = path.resolve(import.meta.dirname, '..', 'explorer', 'dist');

export interface ServerOptions {
  bodyLimit: string;
  rateLimit: number;
  consoleRateLimit: number;
  rateWindowMs: number;
  queryTimeoutMs: number;
  consoleTimeoutMs: number;
  consoleRowCap: number;
  /** Origin allowed by CORS; null means no CORS headers at all. */
  corsOrigin: string | null;
  corpusDir: string;
  /** Response cache bounds; cacheMaxEntries 0 turns the cache off (CACHE_MAX_ENTRIES=0). */
  cacheMaxEntries: number;
  cacheMaxBytes: number;
  cacheVersionCheckMs: number;
  staticDir: string | null;
  /** Shown by /api/health so a user sees which Neo4j answers. */
  neo4jUri?: string;
}

function intFromEnv(name: string, fallback: number, allowZero = false): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || (n === 0 && !allowZero)) {
    throw new Error(`${name}=${raw} is not a positive integer; unset it or give a whole number.`);
  }
  return n;
}

export function optionsFromEnv(overrides: Partial<ServerOptions> = {}): ServerOptions {
  return {
    bodyLimit: process.env.BODY_LIMIT || DEFAULT_BODY_LIMIT,
    rateLimit: intFromEnv('RATE_LIMIT', DEFAULT_RATE_LIMIT),
    consoleRateLimit: intFromEnv('CONSOLE_RATE_LIMIT', DEFAULT_CONSOLE_RATE_LIMIT),
    rateWindowMs: intFromEnv('RATE_WINDOW_MS', DEFAULT_RATE_WINDOW_MS),
    queryTimeoutMs: intFromEnv('QUERY_TIMEOUT_MS', DEFAULT_QUERY_TIMEOUT_MS),
    consoleTimeoutMs: intFromEnv('CONSOLE_TIMEOUT_MS', DEFAULT_CONSOLE_TIMEOUT_MS),
    consoleRowCap: intFromEnv('CONSOLE_ROW_CAP', DEFAULT_CONSOLE_ROW_CAP),
    corsOrigin: process.env.CORS_ORIGIN || null,
    corpusDir: process.env.CORPUS_DIR ? path.resolve(process.env.CORPUS_DIR) : DEFAULT_CORPUS_DIR,
    staticDir: DEFAULT_STATIC_DIR,
    cacheMaxEntries: intFromEnv('CACHE_MAX_ENTRIES', DEFAULT_CACHE_MAX_ENTRIES, true),
    cacheMaxBytes: intFromEnv('CACHE_MAX_BYTES', DEFAULT_CACHE_MAX_BYTES),
    cacheVersionCheckMs: intFromEnv('CACHE_VERSION_CHECK_MS', DEFAULT_CACHE_VERSION_CHECK_MS, true),
    ...overrides,
  };
}
