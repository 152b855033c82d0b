// The explorer uses the project's one error type, AtlasError (model/errors.ts). A server problem+json
// becomes an AtlasError with the problem's code and status and the problem itself as details.
import { AtlasError, isAtlasError } from '../../../model/errors.ts';
import type { Problem } from './types.ts';

export { AtlasError, isAtlasError };

export function fromProblem(problem: Problem): AtlasError {
  return new AtlasError(problem.code ?? `http_${problem.status}`, problem.detail ?? problem.title, problem.status, problem);
}

export function problemOf(err: AtlasError): Problem | null {
  const d = err.details as Problem | undefined;
  return d && typeof d === 'object' && 'status' in d ? d : null;
}

/** The sentence shown to the user: the server's detail and field errors when it gave them. */
export function advice(err: unknown): string {
  if (!isAtlasError(err)) return err instanceof Error ? err.message : String(err);
  const fields = problemOf(err)?.errors?.map((e) => `${e.path}: ${e.message}`).join('; ');
  return [err.message, fields].filter(Boolean).join(' — ');
}

export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
