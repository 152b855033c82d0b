// Ingest at the edge: read the corpus, extract each document (pure), write each in its own transaction.
// One bad document is reported and skipped; the rest go on. The graph is the same whatever the order.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { applySchema } from '../db/apply-schema.ts';
import { cypher } from '../db/cypher-files.ts';
import { ENTITY_TYPES, type EntityType } from '../model/graph-model.ts';
import type { DocumentExtraction } from '../model/extraction.ts';
import { isAtlasError } from '../model/errors.ts';
import { listCorpusFiles } from './read/corpus-files.ts';
import { fromValue } from './write/neo4j-values.ts';
import { removeDocument, writeDocument } from './write/write-document.ts';

export type Extractor = (file: string, text: string) => DocumentExtraction | Promise<DocumentExtraction>;

export interface IngestProgress {
  done: number;
  total: number;
  file: string;
  status: 'written' | 'unchanged' | 'skipped';
}

export interface IngestOptions {
  onProgress?: (p: IngestProgress) => void;
  log?: (msg: string) => void;
  /** Turns a file into its extraction; defaults to the project's extractor with its knowledge base. */
  extract?: Extractor;
  /** Also remove stored documents (and every fact only they support) whose file is not among `paths`. */
  prune?: boolean;
}

export interface IngestSummary {
  documents: { ingested: number; unchanged: number; skipped: number; removed: number };
  /** Files not ingested and why: unreadable input, a failed extraction or a failed write. */
  skipped: { path: string; reason: string }[];
  /** True when a write failed (the database, not the input): the CLI exits 1. */
  failed: boolean;
  /** Totals in the graph after the run. */
  entities: Record<EntityType, number>;
  mentions: number;
  meetings: number;
  instrumentEvents: number;
  documentsInGraph: number;
  /** Ids facts referred to that the extraction did not list, per file (their facts were dropped). */
  dangling: { file: string; ids: string[] }[];
  seconds: number;
  /** Of which extracting (pure CPU) and writing (Neo4j transactions). */
  extractSeconds: number;
  writeSeconds: number;
}

/** The project's extractor with its knowledge base, loaded once per run. */
async function defaultExtractor(): Promise<Extractor> {
  const [{ extractDocument }, { loadKnowledgeBase }] = await Promise.all([
    import('./extract/extract-document.ts'), import('./knowledge/load-knowledge-base.ts'),
  ]);
  const kb = loadKnowledgeBase();
  return (file, text) => extractDocument(file, text, kb);
}

async function graphTotals(driver: Driver): Promise<Record<string, number>> {
  const res = await driver.executeQuery(cypher('count-graph'));
  return Object.fromEntries(res.records.map((r) => [r.get('label') as string, fromValue(r.get('n')) as number]));
}

/** Stored content hash by file name: the same text under the same name needs no extraction. */
async function storedDocuments(driver: Driver): Promise<{ id: string; file: string; hash: string }[]> {
  const res = await driver.executeQuery(cypher('read-document-hashes'));
  return res.records.map((r) => ({ id: r.get('id'), file: r.get('file'), hash: r.get('hash') }));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const seconds = (ms: number) => Math.round(ms / 10) / 100;

/** The driver's codes for a database that cannot be reached any more. */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

function isUnavailable(err: unknown): boolean {
  return UNAVAILABLE_CODES.has((err as { code?: string }).code ?? '');
}

function reasonOf(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0];
}

export async function ingestPaths(driver: Driver, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const log = opts.log ?? (() => {});
  await applySchema(driver, log);
  const extract = opts.extract ?? (await defaultExtractor());
  const { files, skipped: unreadable } = listCorpusFiles(paths);
  const skipped = [...unreadable];
  const dangling: IngestSummary['dangling'] = [];
  const documents = { ingested: 0, unchanged: 0, skipped: unreadable.length, removed: 0 };
  let failed = false;
  for (const s of unreadable) log(`skipped ${s.path}: ${s.reason}`);
  const storedDocs = await storedDocuments(driver);
  const stored = new Map(storedDocs.map((d) => [d.file, d.hash]));
  let done = 0;
  let extractMs = 0;
  let unavailable: string | null = null;
  let writeMs = 0;
  for (const f of files) {
    let status: IngestProgress['status'] = 'skipped';
    let x: DocumentExtraction | null = null;
    if (unavailable) {
      skipped.push({ path: f.path, reason: `not attempted: Neo4j became unavailable (${unavailable}); start it and run the ingest again` });
      documents.skipped++;
      opts.onProgress?.({ done: ++done, total: files.length, file: f.file, status });
      continue;
    }
    if (stored.get(f.file) === sha256(f.text)) {
      documents.unchanged++;
      log(`unchanged ${f.path}`);
      opts.onProgress?.({ done: ++done, total: files.length, file: f.file, status: 'unchanged' });
      continue;
    }
    const t1 = performance.now();
    try {
      x = await extract(f.file, f.text);
    } catch (err) {
      skipped.push({ path: f.path, reason: `extraction failed: ${reasonOf(err)}` });
    }
    const t2 = performance.now();
    extractMs += t2 - t1;
    if (x) {
      try {
        const r = await writeDocument(driver, x, f.text).finally(() => { writeMs += performance.now() - t2; });
        status = r.status;
        if (r.status === 'written') documents.ingested++; else documents.unchanged++;
        if (r.dangling.length) dangling.push({ file: f.file, ids: r.dangling });
        log(`${r.status} ${f.path}: ${r.mentions} mentions, ${r.meetings} meetings, ${r.instrumentEvents} events`);
      } catch (err) {
        if (isAtlasError(err, 'invalid_extraction')) {
          skipped.push({ path: f.path, reason: reasonOf(err) }); // the document's fault: skip it, go on
        } else {
          // The database's fault: the run fails, but the other files are still tried...
          failed = true;
          skipped.push({ path: f.path, reason: `write failed: ${reasonOf(err)}` });
          // ...unless Neo4j is gone: each would only wait out the driver's retries to fail the same way.
          if (isUnavailable(err)) unavailable = reasonOf(err);
        }
      }
    }
    if (status === 'skipped') {
      documents.skipped++;
      log(`skipped ${f.path}: ${skipped[skipped.length - 1].reason}`);
    }
    opts.onProgress?.({ done: ++done, total: files.length, file: f.file, status });
  }
  if (opts.prune && !failed) {
    // A file that is there but could not be read this time keeps its document: only absence prunes.
    const present = new Set(files.map((f) => f.file));
    const gone = storedDocs.filter((d) => !present.has(d.file) && !skipped.some((k) => k.path.endsWith(d.file)));
    for (const d of gone) {
      if (await removeDocument(driver, d.id)) documents.removed++;
      log(`removed ${d.file}: no longer in the corpus`);
    }
  }
  const totals = failed ? {} : await graphTotals(driver).catch(() => ({} as Record<string, number>));
  const entities = Object.fromEntries(ENTITY_TYPES.map((t) => [t, totals[t] ?? 0])) as Record<EntityType, number>;
  return {
    documents, skipped, failed, entities,
    mentions: totals.Mention ?? 0, meetings: totals.Meeting ?? 0, instrumentEvents: totals.InstrumentEvent ?? 0,
    documentsInGraph: totals.Document ?? 0, dangling,
    seconds: seconds(performance.now() - t0), extractSeconds: seconds(extractMs), writeSeconds: seconds(writeMs),
  };
}
