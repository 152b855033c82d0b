// A route is data: method, path, zod schemas for what it reads and returns, and a handler that sees only
// the parsed values. The same objects mount the Express router and generate the OpenAPI document.
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { ServerOptions } from '../config.ts';
import type { QueryRunner } from '../query/query-runner.ts';
import type { Driver } from 'neo4j-driver';

export interface RouteContext {
  db: QueryRunner;
  driver: Driver;
  log: Logger;
  options: ServerOptions;
  req: Request;
  res: Response;
}

/** A handler's answer when it is not JSON: a file download or a page. */
export class RawBody {
  constructor(
    public contentType: string,
    public body: string,
    public filename?: string,
  ) {}
}

export interface RouteSpec<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  method: 'get' | 'post';
  /** Express path (`/api/entities/:id`). */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Schema of the 200 answer, for the documentation. */
  response?: z.ZodType;
  /** Content types of a non-JSON answer, for the documentation. */
  produces?: string[];
  /** Which rate limit applies on top of the general one. */
  limiter?: 'console';
  /** The answer depends only on the graph and the parsed input: served from the response cache. */
  cache?: boolean;
  handler: (
    input: { params: z.output<P>; query: z.output<Q>; body: z.output<B> },
    ctx: RouteContext,
  ) => Promise<unknown>;
}

export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  spec: RouteSpec<P, Q, B>,
): RouteSpec {
  return spec as unknown as RouteSpec;
}
