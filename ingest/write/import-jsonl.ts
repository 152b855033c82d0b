// Restore from the JSON lines of export-jsonl.ts into an empty database (or, with `replace`, one that is
// emptied first). The schema is applied before the nodes so relationship endpoints are index seeks.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Driver } from 'neo4j-driver';
import { applySchema } from '../../db/apply-schema.ts';
import { migrateMentionNodes } from '../../db/migrate-mentions.ts';
import { cypher } from '../../db/cypher-files.ts';
import { AtlasError } from '../../model/errors.ts';
import { countGraph } from './export-jsonl.ts';
import { JSONL_FORMAT, type GraphLine, type NodeLine, type RelationshipLine } from './graph-lines.ts';
import { fromValue, toParam } from './neo4j-values.ts';

/** Lines per import transaction: bounds transaction memory on big graphs. */
const IMPORT_BATCH = 2_000;
/** Nodes deleted per transaction when replacing a graph. */
const DELETE_BATCH = 5_000;

export interface ImportOptions {
  /** Empty a non-empty database first instead of refusing. */
  replace?: boolean;
}

async function runWrite(driver: Driver, name: string, params: Record<string, unknown>) {
  const session = driver.session();
  try {
    return await session.executeWrite((tx) => tx.run(cypher(name), toParam(params) as Record<string, unknown>));
  } finally {
    await session.close();
  }
}

async function emptyDatabase(driver: Driver): Promise<void> {
  for (;;) {
    const res = await runWrite(driver, 'delete-all-batch', { limit: DELETE_BATCH });
    if ((fromValue(res.records[0].get('deleted')) as number) === 0) return;
  }
}

function parseLine(text: string, lineNo: number, file: string): GraphLine {
  try {
    return JSON.parse(text) as GraphLine;
  } catch {
    throw new AtlasError('backup_unreadable', `Line ${lineNo} of ${file} is not JSON; restore from an intact file written by the backup command.`, 400);
  }
}

export async function importJsonl(
  driver: Driver, file: string, opts: ImportOptions = {},
): Promise<{ nodes: number; relationships: number }> {
  const existing = await countGraph(driver);
  if (existing.nodes > 0) {
    if (!opts.replace) {
      throw new AtlasError('database_not_empty', `The database already holds ${existing.nodes} nodes; restore with --replace to overwrite it, or point NEO4J_URI at an empty database.`, 409);
    }
    await emptyDatabase(driver);
  }
  await applySchema(driver);
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let nodes: NodeLine[] = [];
  let rels: RelationshipLine[] = [];
  let lineNo = 0;
  let header = false;
  const flushNodes = async () => {
    if (nodes.length) await runWrite(driver, 'import-nodes', { rows: nodes.map((n) => ({ labels: n.labels, props: n.props })) });
    nodes = [];
  };
  const flushRels = async () => {
    if (rels.length) await runWrite(driver, 'import-relationships', { rows: rels.map((r) => ({ type: r.type, start: r.start, end: r.end, props: r.props })) });
    rels = [];
  };
  for await (const text of lines) {
    lineNo++;
    if (!text.trim()) continue;
    const line = parseLine(text, lineNo, file);
    if (line.kind === 'header') {
      if (line.format !== JSONL_FORMAT) throw new AtlasError('backup_format', `${file} is not an Atlas of Accords backup (format ${String(line.format)}); pass a file written by the backup command.`, 400);
      header = true;
    } else if (line.kind === 'node') {
      nodes.push(line);
      if (nodes.length >= IMPORT_BATCH) await flushNodes();
    } else if (line.kind === 'relationship') {
      await flushNodes(); // relationships come after all nodes; their endpoints must exist first
      rels.push(line);
      if (rels.length >= IMPORT_BATCH) await flushRels();
    }
  }
  if (!header) throw new AtlasError('backup_format', `${file} has no header line; pass a file written by the backup command.`, 400);
  await flushNodes();
  await flushRels();
  // A backup from before MENTIONS holds Mention nodes (their HAS_MENTION and REFERS_TO lines matched no
  // endpoint): they become MENTIONS relationships like a stored graph's.
  await migrateMentionNodes(driver);
  return countGraph(driver);
}
