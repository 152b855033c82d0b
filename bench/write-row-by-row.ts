// The obvious alternative to the project's batched writer, for the loading benchmark: the same named
// queries, the same one transaction per document, but one statement per row (UNWIND over a list of
// one). The difference in relationships per second is the cost of a round trip and a plan per row.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { DocumentExtraction } from '../model/extraction.ts';
import { documentRows } from '../ingest/write/document-rows.ts';
import { toParam } from '../ingest/write/neo4j-values.ts';
import { settleEntities } from '../ingest/write/write-document.ts';

async function eachRow(tx: ManagedTransaction, name: string, rows: unknown[], params: Record<string, unknown> = {}) {
  for (const row of rows) await tx.run(cypher(name), toParam({ ...params, rows: [row] }) as Record<string, unknown>);
}

/** Writes a document that is not in the graph yet (the benchmark starts from an empty database). */
export async function writeRowByRow(driver: Driver, x: DocumentExtraction, text: string): Promise<void> {
  const rows = documentRows(x, text);
  const { docId } = rows;
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(cypher('read-document-state'), { docId });
      await tx.run(cypher('upsert-document'), toParam({ row: rows.document }) as Record<string, unknown>);
      await eachRow(tx, 'upsert-entities', rows.entities);
      await eachRow(tx, 'upsert-mentions', rows.mentions, { docId });
      await eachRow(tx, 'upsert-meetings', rows.meetings.map(({ participants, placeId, ...props }) => ({
        id: props.id, props, participants, placeId,
      })), { docId });
      await eachRow(tx, 'upsert-instrument-events', rows.events, { docId });
      await eachRow(tx, 'upsert-parties', rows.parties, { docId });
      await eachRow(tx, 'upsert-holdings', rows.holdings, { docId });
      await settleEntities(tx, rows.touched);
    });
  } finally {
    await session.close();
  }
}
