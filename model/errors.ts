// The one error type of the project. `code` is stable and machine-readable (the server maps it to
// JSON, tests assert on it); `message` is one sentence that says what to do next; `status` is the
// HTTP status the server answers with; `details` carries anything structured (e.g. valid names).

export class AtlasError extends Error {
  constructor(
    public code: string,
    message: string,
    public status = 500,
    public details?: unknown,
  ) {
    super(message);
    this.name = 'AtlasError';
  }
}

/** True for an AtlasError, optionally with the given code; works across module copies (vitest). */
export function isAtlasError(err: unknown, code?: string): err is AtlasError {
  return (
    err instanceof Error && err.name === 'AtlasError' && typeof (err as AtlasError).code === 'string' &&
    (code === undefined || (err as AtlasError).code === code)
  );
}
