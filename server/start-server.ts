// Starts the HTTP server over a driver (given, or connected through db/connection.ts) and returns its
// URL and a close() that stops accepting, lets in-flight requests finish, then closes the driver and the
// local Neo4j this call started.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { connectNeo4j, type Neo4jHandle } from '../db/connection.ts';
import { createApp, defaultLogger } from './app.ts';
import { DEFAULT_PORT, type ServerOptions } from './config.ts';

/** Loopback by default: exposing the API is a decision (HOST=0.0.0.0), not an accident. */
const DEFAULT_HOST = '127.0.0.1';
/** In-flight requests get this long to finish on shutdown before their sockets are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface StartOptions {
  /** A driver the caller keeps and closes (tests). */
  driver?: Driver;
  /** A connection the server takes over: close() closes it (npm start). */
  neo4j?: Neo4jHandle;
  /** Close gracefully on SIGTERM/SIGINT and exit; default on unless a bare driver is given. */
  signals?: boolean;
  logger?: Logger;
  port?: number;
  host?: string;
  options?: Partial<ServerOptions>;
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const logger = opts.logger ?? defaultLogger();
  const handle = opts.driver ? null : opts.neo4j ?? (await connectNeo4j({ log: (msg) => logger.info(msg) }));
  const driver = opts.driver ?? handle!.driver;
  const app = createApp({ driver, logger, options: { ...(handle ? { neo4jUri: handle.uri } : {}), ...opts.options } });
  const port = opts.port ?? (process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT);
  const host = opts.host ?? process.env.HOST ?? DEFAULT_HOST;
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(port, host, (err?: Error) => (err ? reject(err) : resolve(s)));
    s.once('error', reject);
  });
  const { port: bound } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${bound}`;
  logger.info({ url }, 'server listening');
  let closing: Promise<void> | null = null;
  const running: RunningServer = {
    url,
    server,
    close() {
      closing ??= (async () => {
        const done = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const timer = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
        await done;
        clearTimeout(timer);
        if (handle) await handle.close();
        logger.info('server stopped');
      })();
      return closing;
    },
  };
  if (opts.signals ?? !opts.driver) {
    const stop = (signal: string) => {
      logger.info({ signal }, 'shutting down: finishing in-flight requests');
      running.close().then(() => process.exit(0), (err) => { logger.error({ err }, 'shutdown failed'); process.exit(1); });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  }
  return running;
}
