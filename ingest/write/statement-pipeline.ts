// Sends a transaction's write statements one after another without waiting for each to answer: the
// driver pipelines statements in a transaction and Neo4j runs them in order, so while Neo4j runs
// statement k this process packs statement k+1 (packing a batch's 1-3 MB of parameters is ~0.4 s of
// JavaScript per 25 documents, which the one-at-a-time writer spent with Neo4j idle, and Neo4j's time
// with this process idle). The order, the transaction and the rollback on any failure are unchanged.
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { runNamed, statementChunks } from './run-named.ts';

/** Resolves on the next turn of the event loop: by then the driver has packed and written the
 * statement just sent (it does so in microtasks), so the next one is packed while Neo4j runs it. */
const nextTurn = (): Promise<void> => new Promise((done) => setImmediate(done));
const ignore = (): void => {};

export class StatementPipeline {
  private readonly pending: Promise<unknown>[] = [];

  constructor(private readonly tx: ManagedTransaction) {}

  /** Sends `name` with `list` as parameter `key`, ROWS_PER_STATEMENT items per statement (as
   * runChunked does); `onResult` sees each statement's result when it arrives. */
  async send(name: string, list: unknown[], key = 'rows', onResult?: (res: QueryResult) => void): Promise<void> {
    for (const chunk of statementChunks(list)) {
      const answered = runNamed(this.tx, name, { [key]: chunk }).then(onResult);
      // Handled now, awaited in done(): a failure that arrives while later statements are still being
      // sent is not an unhandled rejection (which would end the process).
      answered.catch(ignore);
      this.pending.push(answered);
      await nextTurn();
    }
  }

  /** Waits for every statement sent; rejects with the first failure (Neo4j answers in order, and the
   * statements after a failed one fail too, so that is the statement to blame). */
  async done(): Promise<void> {
    await Promise.all(this.pending);
  }
}
