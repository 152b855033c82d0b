// The optional API token that guards every route that writes. Without ATLAS_API_TOKEN those routes are
// off (403 that says how to turn them on); with it, a request needs `Authorization: Bearer <token>`.
// Tokens are compared as SHA-256 digests with timingSafeEqual, so neither length nor prefix leaks.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { AtlasError } from '../../model/errors.ts';

/** Shorter tokens are guessable; refusing them at start-up beats a weak lock. */
export const MIN_TOKEN_LENGTH = 16;

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** The configured token, or null when writes are off; throws on a token too short to protect anything. */
export function apiTokenFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  const token = env.ATLAS_API_TOKEN;
  if (token === undefined || token === '') return null;
  if (token.length < MIN_TOKEN_LENGTH) {
    throw new AtlasError('weak_api_token',
      `ATLAS_API_TOKEN has ${token.length} characters; use at least ${MIN_TOKEN_LENGTH} (e.g. \`openssl rand -hex 32\`) or unset it.`, 500);
  }
  return token;
}

/** Middleware: 403 when writes are off, 401 without the right bearer token, else next(). */
export function requireApiToken(token: string | null): RequestHandler {
  const expected = token === null ? null : digest(token);
  return (req, res, next) => {
    if (expected === null) {
      next(new AtlasError('writes_disabled',
        'This server accepts no writes: start it with ATLAS_API_TOKEN set (16+ characters) and send it as a Bearer token.', 403));
      return;
    }
    const header = req.headers.authorization ?? '';
    const m = /^Bearer ([^\s]+)$/i.exec(header);
    if (!m || !timingSafeEqual(digest(m[1]), expected)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="atlas"');
      next(new AtlasError('unauthorized',
        m ? 'The bearer token is wrong: send the server\'s ATLAS_API_TOKEN as `Authorization: Bearer <token>`.'
          : 'This route writes: send `Authorization: Bearer <token>` with the server\'s ATLAS_API_TOKEN.', 401));
      return;
    }
    next();
  };
}
