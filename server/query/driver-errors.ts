// Driver failures -> AtlasError. Connection loss is a 503 that resolves by itself: the driver opens a
// fresh connection on the next request, so nothing here caches the failure.
import { errorCode, isUnavailable } from '../../db/neo4j-unavailable.ts';
import { AtlasError, isAtlasError } from '../../model/errors.ts';

export function isTimeout(err: unknown): boolean {
  return /TransactionTimedOut|Transaction\.TransactionTimedOut|LockClient\.Terminated|TransactionMarkedAsFailed.*timeout/i.test(errorCode(err));
}

export function unavailableError(): AtlasError {
  return new AtlasError(
    'neo4j_unavailable',
    'Neo4j is not reachable; start it (npm run neo4j) or check NEO4J_URI — the server reconnects by itself, so retry in a few seconds.',
    503,
  );
}

/** Maps an error thrown by a named query; `name` says which one ran out of time. */
export function mapDriverError(err: unknown, name: string, timeoutMs: number): Error {
  if (isAtlasError(err)) return err;
  if (isUnavailable(err)) return unavailableError();
  if (isTimeout(err)) {
    return new AtlasError(
      'query_timeout',
      `The query ${name} ran longer than ${timeoutMs} ms; narrow the filters (dates, types, limit) and retry.`,
      503,
    );
  }
  return err instanceof Error ? err : new Error(String(err));
}
