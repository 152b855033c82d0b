// The obvious alternatives to the project's batched writer, for the loading benchmark: the same named
// queries writing the same facts (the same graph), but one statement per row (each list parameter a
// list of one): every document, entity, mention, meeting, event, party, office, and in the settle step
// every entity's orphan check, read, recompute and statistics. Either all of a document's statements in
// one transaction ('transaction'), or each statement its own auto-commit transaction ('autocommit',
// the naive loader).
import type { Driver, QueryResult } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { DocumentExtraction } from '../model/extraction.ts';
import { NODE_LABELS } from '../model/graph-model.ts';
import { batchRows } from '../ingest/write/batch-rows.ts';
import { documentRows } from '../ingest/write/document-rows.ts';
import { entityProperties } from '../ingest/write/entity-properties.ts';
import { eventGroups, meetingGroups, mentionGroups } from '../ingest/write/row-groups.ts';
import { latestStage, type StageEvent } from '../ingest/write/latest-stage.ts';
import { fromValue, toParam } from '../ingest/write/neo4j-values.ts';

export type RowMode = 'transaction' | 'autocommit';

type Runner = (name: string, params: Record<string, unknown>) => Promise<QueryResult>;

/** settleEntities (ingest/write/settle-entities.ts), one statement per entity. Instruments are checked
 * for orphans first, as the batched query does, so a party only they anchored goes too. */
async function settleRowByRow(run: Runner, ids: string[], instruments: Set<string>): Promise<void> {
  const ordered = [...ids.filter((id) => instruments.has(id)), ...ids.filter((id) => !instruments.has(id))];
  for (const id of ordered) await run('delete-orphan-entities', { ids: [id] });
  const settled: string[] = [];
  for (const id of ids) {
    const res = await run('read-entity-sources', { ids: [id] });
    const r = res.records[0];
    if (!r) continue;
    const props = entityProperties({ id, claims: r.get('claims') });
    if (!props) continue;
    const { id: _id, type, ...rest } = props;
    const stage = type === NODE_LABELS.Instrument.label ? latestStage(fromValue(r.get('events')) as StageEvent[]) : { stage: null, date: null };
    await run('update-entity-properties', { rows: [{ id, props: { ...rest, latestStage: stage.stage, latestDate: stage.date } }] });
    settled.push(id);
  }
  // documentCount came with the properties (from the claims), as in the batched settle step.
  for (const id of settled) await run('derive-entity-meetings', { ids: [id] });
}

async function writeRows(run: Runner, x: DocumentExtraction, text: string): Promise<void> {
  const rows = documentRows(x, text);
  const b = batchRows([rows]);
  // One row per statement; mentions, meetings and events as a group of one (the statements' row shape,
  // ingest/write/row-groups.ts).
  const each = async <T>(name: string, list: T[], group: (rows: T[]) => unknown[] = (rows) => rows) => {
    for (const row of list) await run(name, { rows: group([row]) });
  };
  await run('read-document-state', { docIds: [rows.docId] });
  await each('upsert-document', b.documents);
  await each('upsert-entities', b.entities);
  await each('upsert-mentions', b.mentions, mentionGroups);
  await each('upsert-meetings', b.meetings, meetingGroups);
  await each('upsert-instrument-events', b.events, eventGroups);
  await each('upsert-parties', b.parties);
  await each('upsert-holdings', b.holdings);
  const instruments = new Set(b.entities.filter((e) => e.types.includes(NODE_LABELS.Instrument.label)).map((e) => e.id));
  await settleRowByRow(run, rows.touched, instruments);
}

/** Writes a document that is not in the graph yet (the benchmark starts from an empty database). */
export async function writeRowByRow(driver: Driver, x: DocumentExtraction, text: string, mode: RowMode): Promise<void> {
  const session = driver.session();
  const params = (p: Record<string, unknown>) => toParam(p) as Record<string, unknown>;
  try {
    if (mode === 'transaction') {
      await session.executeWrite((tx) => writeRows((name, p) => tx.run(cypher(name), params(p)), x, text));
    } else {
      await writeRows((name, p) => session.run(cypher(name), params(p)), x, text);
    }
  } finally {
    await session.close();
  }
}
