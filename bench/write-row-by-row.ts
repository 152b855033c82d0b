// The obvious alternatives to the project's batched writer, for the loading benchmark: the same named
// queries, one statement per row (UNWIND over a list of one), either inside the document's one
// transaction ('transaction') or each row its own auto-commit transaction ('autocommit', the naive
// loader). The entities are settled once per document either way, as the project's writer does.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { DocumentExtraction } from '../model/extraction.ts';
import { documentRows } from '../ingest/write/document-rows.ts';
import { toParam } from '../ingest/write/neo4j-values.ts';
import { settleEntities } from '../ingest/write/write-document.ts';

export type RowMode = 'transaction' | 'autocommit';

type Runner = (name: string, params: Record<string, unknown>) => Promise<unknown>;

async function writeRows(run: Runner, x: DocumentExtraction, text: string): Promise<string[]> {
  const rows = documentRows(x, text);
  const { docId } = rows;
  const each = async (name: string, list: unknown[], params: Record<string, unknown> = {}) => {
    for (const row of list) await run(name, { ...params, rows: [row] });
  };
  await run('read-document-state', { docId });
  await run('upsert-document', { row: rows.document });
  await each('upsert-entities', rows.entities);
  await each('upsert-mentions', rows.mentions, { docId });
  await each('upsert-meetings', rows.meetings.map(({ participants, placeId, ...props }) => ({ id: props.id, props, participants, placeId })), { docId });
  await each('upsert-instrument-events', rows.events, { docId });
  await each('upsert-parties', rows.parties, { docId });
  await each('upsert-holdings', rows.holdings, { docId });
  return rows.touched;
}

/** Writes a document that is not in the graph yet (the benchmark starts from an empty database). */
export async function writeRowByRow(driver: Driver, x: DocumentExtraction, text: string, mode: RowMode): Promise<void> {
  const session = driver.session();
  try {
    if (mode === 'transaction') {
      await session.executeWrite(async (tx: ManagedTransaction) => {
        const touched = await writeRows((name, p) => tx.run(cypher(name), toParam(p) as Record<string, unknown>), x, text);
        await settleEntities(tx, touched);
      });
    } else {
      const touched = await writeRows((name, p) => session.run(cypher(name), toParam(p) as Record<string, unknown>), x, text);
      await session.executeWrite((tx) => settleEntities(tx, touched));
    }
  } finally {
    await session.close();
  }
}
