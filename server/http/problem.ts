// RFC 9457 problem responses: the one shape every error of the API takes.
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';

export const PROBLEM_TYPE = 'application/problem+json';

export interface FieldError {
  path: string;
  message: string;
}

export interface Problem {
  type: 'about:blank';
  title: string;
  status: number;
  code: string;
  detail: string;
  errors?: FieldError[];
  requestId?: string;
}

export function problem(status: number, code: string, detail: string, errors?: FieldError[]): Problem {
  return {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    code,
    detail,
    ...(errors && errors.length ? { errors } : {}),
  };
}

export function sendProblem(res: Response, body: Problem): void {
  const requestId = res.getHeader('x-request-id');
  res.status(body.status).type(PROBLEM_TYPE).send(
    JSON.stringify(requestId ? { ...body, requestId: String(requestId) } : body),
  );
}
