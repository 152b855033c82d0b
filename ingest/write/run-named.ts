// Runs a named query (cypher/<name>.cypher) in a transaction, whole or over a long list in chunks.
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { cypher } from '../../db/cypher-files.ts';
import { toParam } from './neo4j-values.ts';

/** List items per statement: big enough to amortise a round trip and the planner over a whole batch of
 * documents, small enough to bound one statement's memory (~50 MB transaction limits on small Aura tiers). */
export const ROWS_PER_STATEMENT = 5_000;

export async function runNamed(tx: ManagedTransaction, name: string, params: Record<string, unknown>): Promise<QueryResult> {
  return tx.run(cypher(name), toParam(params) as Record<string, unknown>);
}

/** `list` cut into statement-sized parts of ROWS_PER_STATEMENT items (none for an empty list). */
export function* statementChunks<T>(list: T[]): Generator<T[]> {
  for (let i = 0; i < list.length; i += ROWS_PER_STATEMENT) yield list.slice(i, i + ROWS_PER_STATEMENT);
}

/** Runs `name` with `list` as parameter `key` (default `rows`), ROWS_PER_STATEMENT items at a time. */
export async function runChunked(
  tx: ManagedTransaction, name: string, list: unknown[], key = 'rows',
  onResult?: (res: QueryResult) => void, params: Record<string, unknown> = {},
): Promise<void> {
  for (const chunk of statementChunks(list)) {
    const res = await runNamed(tx, name, { ...params, [key]: chunk });
    onResult?.(res);
  }
}
