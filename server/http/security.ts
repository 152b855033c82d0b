// helmet with a CSP the explorer and the docs page pass (same-origin scripts and styles only; images
// may be data:/blob: for exports), CORS only when CORS_ORIGIN is set, and per-client rate limits.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { ServerOptions } from '../config.ts';
import { problem, sendProblem } from './problem.ts';

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
}

export function cors(origin: string | null): RequestHandler {
  return (req, res, next) => {
    if (!origin) { next(); return; }
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
    if (req.method === 'OPTIONS') { res.status(204).end(); return; }
    next();
  };
}

function limiter(limit: number, windowMs: number, what: string): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      sendProblem(res, problem(429, 'rate_limited', `Too many ${what} from this client (limit ${limit} per ${Math.round(windowMs / 1000)} s); wait and retry.`));
    },
  });
}

export function rateLimits(o: ServerOptions): { api: RequestHandler; console: RequestHandler } {
  return {
    api: limiter(o.rateLimit, o.rateWindowMs, 'requests'),
    console: limiter(o.consoleRateLimit, o.rateWindowMs, 'console queries'),
  };
}
