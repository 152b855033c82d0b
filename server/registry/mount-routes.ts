// Mounts route specs on a router: parse params, query and body with their schemas (400 listing every
// invalid field), call the handler with the parsed values, send JSON or a RawBody.
import express, { type RequestHandler } from 'express';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { AtlasError } from '../../model/errors.ts';
import type { ServerOptions } from '../config.ts';
import type { FieldError } from '../http/problem.ts';
import { createQueryRunner } from '../query/query-runner.ts';
import type { ResponseCache } from '../cache/response-cache.ts';
import { RawBody, type RouteContext, type RouteSpec } from './define-route.ts';

function fieldErrors(where: string, error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.length ? issue.path.join('.') : where,
    message: issue.message,
  }));
}

function parsePart(schema: z.ZodType | undefined, value: unknown, where: string, errors: FieldError[]): unknown {
  if (!schema) return {};
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  errors.push(...fieldErrors(where, parsed.error));
  return undefined;
}

export function mountRoutes(
  routes: readonly RouteSpec[],
  deps: { driver: Driver; options: ServerOptions; limiters: { console: RequestHandler }; cache: ResponseCache | null },
): express.Router {
  const router = express.Router();
  for (const route of routes) {
    const handlers: RequestHandler[] = [];
    if (route.limiter === 'console') handlers.push(deps.limiters.console);
    handlers.push(async (req, res) => {
      const errors: FieldError[] = [];
      const params = parsePart(route.params, req.params, 'params', errors);
      const query = parsePart(route.query, req.query, 'query', errors);
      const body = parsePart(route.body, req.body, 'body', errors);
      if (errors.length) {
        const names = [...new Set(errors.map((e) => e.path))].join(', ');
        throw new AtlasError('invalid_parameters', `Fix the invalid fields (${names}) and retry; GET /api/docs describes each one.`, 400, errors);
      }
      const log = req.log;
      const db = createQueryRunner(deps.driver, log, deps.options.queryTimeoutMs);
      const ctx: RouteContext = { db, driver: deps.driver, log, options: deps.options, req, res };
      const input = { params, query, body } as never;
      if (route.cache && deps.cache) {
        // A route without a query schema parses req.query itself, so the raw query is part of the key.
        const key = `${route.path}\u0000${JSON.stringify([params, route.query ? query : req.query])}`;
        const { value, outcome } = await deps.cache.get(key, async () => serialise(await route.handler(input, ctx)));
        res.setHeader('x-cache', outcome);
        // no-cache: a client may keep the answer but must revalidate; the ETag makes that a cheap 304.
        res.setHeader('cache-control', 'no-cache');
        res.setHeader('etag', value.etag);
        if (req.headers['if-none-match'] === value.etag) {
          res.status(304).end();
          return;
        }
        if (value.filename) res.attachment(value.filename);
        res.type(value.contentType).send(value.body);
        return;
      }
      const result = await route.handler(input, ctx);
      if (result instanceof RawBody) {
        if (result.filename) res.attachment(result.filename);
        res.type(result.contentType).send(result.body);
      } else {
        res.json(result);
      }
    });
    router[route.method](route.path, ...handlers);
  }
  return router;
}

function serialise(result: unknown): { contentType: string; body: string; filename?: string } {
  if (result instanceof RawBody) return { contentType: result.contentType, body: result.body, filename: result.filename };
  return { contentType: 'application/json; charset=utf-8', body: JSON.stringify(result) };
}
