// The Express application: security, logging, the API routes from the registry, its OpenAPI document
// and docs page, the built explorer at `/`, and one problem+json error handler.
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import pino, { type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { optionsFromEnv, type ServerOptions } from './config.ts';
import { apiNotFound, errorHandler } from './http/error-handler.ts';
import { cors, rateLimits, securityHeaders } from './http/security.ts';
import { ALL_ROUTES } from './registry/all-routes.ts';
import { DOCS_CSS, renderDocsPage } from './registry/docs-page.ts';
import { mountRoutes } from './registry/mount-routes.ts';
import { uploadRouter } from './routes/upload.ts';
import { buildOpenApi } from './registry/openapi.ts';
import { graphVersion } from './cache/graph-version.ts';
import { ResponseCache } from './cache/response-cache.ts';
import { createQueryRunner } from './query/query-runner.ts';

/** Version shown in the OpenAPI document. */
const API_VERSION = '0.1.0';

export interface AppDeps {
  driver: Driver;
  logger?: Logger;
  options?: Partial<ServerOptions>;
}

export function defaultLogger(): Logger {
  return pino({ level: process.env.LOG_LEVEL ?? 'info' });
}

export function createApp({ driver, logger = defaultLogger(), options: overrides = {} }: AppDeps): express.Express {
  const options = optionsFromEnv(overrides);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.set('query parser', 'simple');
  app.use(pinoHttp({
    logger,
    genReqId: (req, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
  }));
  app.use(securityHeaders());
  app.use(cors(options.corsOrigin));
  const limits = rateLimits(options);
  app.use('/api', limits.api);
  app.use('/api', express.json({ limit: options.bodyLimit }));

  const openapi = buildOpenApi(ALL_ROUTES, API_VERSION);
  const docsPage = renderDocsPage(openapi);
  app.get('/api/openapi.json', (_req, res) => { res.json(openapi); });
  app.get('/api/docs', (_req, res) => { res.type('html').send(docsPage); });
  app.get('/api/docs.css', (_req, res) => { res.type('css').send(DOCS_CSS); });
  const cache = options.cacheMaxEntries > 0
    ? new ResponseCache(
      graphVersion(() => createQueryRunner(driver, logger, options.queryTimeoutMs), options.cacheVersionCheckMs),
      { maxEntries: options.cacheMaxEntries, maxBytes: options.cacheMaxBytes },
    )
    : null;
  // Tests and the bench read hit/miss counts and the cache's size here.
  app.locals.responseCache = cache;
  // POST /api/documents: off unless ATLAS_API_TOKEN is set (server/routes/upload.ts).
  app.use(uploadRouter({ driver, corpusDir: options.corpusDir, onWritten: () => cache?.graphChanged() }));
  app.use(mountRoutes(ALL_ROUTES, { driver, options, limiters: { console: limits.console }, cache }));
  app.use('/api', apiNotFound);

  if (options.staticDir && existsSync(options.staticDir)) {
    app.use(express.static(options.staticDir, { index: 'index.html', maxAge: '1h' }));
  }
  app.use(errorHandler);
  return app;
}
