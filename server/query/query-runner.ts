// Runs the named, parameterised queries of cypher/ in READ transactions with a timeout, logging each
// one's name and duration. The only place the server's routes touch the driver.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { cypher } from '../../db/cypher-files.ts';
import { recordToObject } from '../graph/neo4j-values.ts';
import { mapDriverError } from './driver-errors.ts';
import { toDriverParams } from './driver-params.ts';
import '../../db/tcp-no-delay.ts'; // before the first Bolt connection: see that file

export type Row = Record<string, unknown>;

export interface QueryRunner {
  /** Rows of the named query, as plain JSON objects. */
  read(name: string, params?: Record<string, unknown>): Promise<Row[]>;
}

export function createQueryRunner(driver: Driver, logger: Logger, timeoutMs: number): QueryRunner {
  return {
    async read(name, params = {}) {
      const text = cypher(name);
      const started = performance.now();
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        // Auto-commit, not executeRead: managed transactions retry for up to 30 s while Neo4j is down,
        // and a client should get its 503 at once, not half a minute later.
        // Each record becomes a plain row as it arrives: the driver's Record objects then die young instead
        // of living beside the rows until the last one is in (a 4,500-row answer: less to copy per scavenge).
        const rows: Row[] = [];
        await new Promise<void>((resolve, reject) => {
          session.run(text, toDriverParams(params) as Record<string, unknown>, { timeout: timeoutMs }).subscribe({
            onNext: (record) => { rows.push(recordToObject(record)); },
            onCompleted: () => resolve(),
            onError: reject,
          });
        });
        logger.info({ query: name, ms: Math.round(performance.now() - started), rows: rows.length }, 'query');
        return rows;
      } catch (err) {
        logger.warn({ query: name, ms: Math.round(performance.now() - started), code: (err as { code?: string }).code }, 'query failed');
        throw mapDriverError(err, name, timeoutMs);
      } finally {
        await session.close().catch(() => undefined);
      }
    },
  };
}
