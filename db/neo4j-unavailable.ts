// Whether a driver error means the database cannot be reached (as opposed to a bad query or bad data).
// One answer for every process: the server turns it into a 503 that clears by itself, the writer stops
// retrying document by document and marks the rest "not attempted".
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED', 'ECONNRESET']);
/** What the driver says, in its messages only, when it has no connection to give. */
const UNAVAILABLE_MESSAGE = /connection acquisition timed out|Failed to connect|Pool is closed|Could not perform discovery/i;

/** The error's `code` when it has a string one (driver errors and Node's socket errors do). */
export function errorCode(err: unknown): string {
  return typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : '';
}

export function isUnavailable(err: unknown): boolean {
  if (UNAVAILABLE_CODES.has(errorCode(err))) return true;
  return UNAVAILABLE_MESSAGE.test(err instanceof Error ? err.message : '');
}
