// One error handler: AtlasError keeps its code and status, body-parser errors become 400/413, anything
// else is a 500 whose detail points at the log line (never a stack trace in the response).
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isAtlasError } from '../../model/errors.ts';
import { problem, sendProblem, type FieldError } from './problem.ts';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  limit?: number;
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  if (res.headersSent) {
    req.log?.error({ err }, 'error after headers were sent');
    res.end();
    return;
  }
  if (isAtlasError(err)) {
    const fieldErrors = Array.isArray(err.details) ? (err.details as FieldError[]) : undefined;
    if (err.status >= 500) req.log?.warn({ code: err.code, msg: err.message }, 'request failed');
    sendProblem(res, problem(err.status, err.code, err.message, fieldErrors));
    return;
  }
  const bp = err as BodyParserError;
  if (bp.type === 'entity.too.large') {
    sendProblem(res, problem(413, 'body_too_large', `The request body is over the limit (${bp.limit} bytes); send a shorter query or fewer parameters.`));
    return;
  }
  if (bp.type === 'entity.parse.failed') {
    sendProblem(res, problem(400, 'invalid_json', 'The request body is not valid JSON; send an object such as {"query": "MATCH (n) RETURN n LIMIT 5"}.'));
    return;
  }
  if (bp.type && typeof bp.status === 'number' && bp.status >= 400 && bp.status < 500) {
    sendProblem(res, problem(bp.status, 'invalid_body', `${bp.message}; send JSON with Content-Type: application/json.`));
    return;
  }
  if (err instanceof URIError) {
    // Express could not decode a path segment ("/api/entities/%"): the client's URL, not our fault.
    sendProblem(res, problem(400, 'invalid_parameters', 'A path segment is not valid percent-encoding; encode ids with encodeURIComponent and retry.'));
    return;
  }
  req.log?.error({ err }, 'unexpected error');
  sendProblem(res, problem(500, 'internal_error', 'Unexpected server error; report the requestId of this response so the log line can be found.'));
};

export const apiNotFound: RequestHandler = (req, res) => {
  sendProblem(res, problem(404, 'route_not_found', `No endpoint ${req.method} ${req.originalUrl.split('?')[0]}; GET /api/openapi.json lists them all.`));
};
