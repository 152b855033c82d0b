// `npm run ingest -- [PATH...]`: extract the documents and write them to Neo4j (local unless NEO4J_URI).
// `--export FILE` / `--import FILE [--replace]` back the graph up to JSON lines and restore it
// (`npm run backup -- FILE`, `npm run restore -- FILE`). Documents are extracted on worker threads when
// there are many (`--threads`) and written in batches, one transaction each (`--batch-documents`,
// `--batch-rows`); a run that is stopped keeps its committed batches, and running it again goes on
// where it stopped. Exit 0 when all is well, 2 when files were skipped, 1 on failure.
import { Command } from 'commander';
import cliProgress from 'cli-progress';
import { connectNeo4j, type Neo4jHandle } from '../../db/connection.ts';
import { isAtlasError } from '../../model/errors.ts';
import { positiveInt } from './positive-int.ts';
import { POOL_MIN_DOCUMENTS } from '../extract/choose-extractor.ts';
import { DEFAULT_THREADS } from '../extract/extract-parallel.ts';
import { ingestPaths, type IngestSummary } from '../ingest-paths.ts';
import { exportJsonl } from '../write/export-jsonl.ts';
import { DEFAULT_BATCH_DOCUMENTS, DEFAULT_BATCH_ROWS, type BatchLimits } from '../write/write-batch.ts';
import { importJsonl } from '../write/import-jsonl.ts';

/** Folder ingested when no path is given. */
const DEFAULT_PATHS = ['seeds/'];
const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_SKIPPED = 2;

interface CliOptions { export?: string; import?: string; replace?: boolean; quiet?: boolean; prune?: boolean; batchDocuments?: number; batchRows?: number; threads?: number }

function summaryLines(s: IngestSummary): string[] {
  const types = Object.entries(s.entities).map(([t, n]) => `${t} ${n}`).join(', ');
  const total = Object.values(s.entities).reduce((a, b) => a + b, 0);
  return [
    `documents: ${s.documents.ingested} ingested, ${s.documents.unchanged} unchanged, ${s.documents.skipped} skipped${s.documents.removed ? `, ${s.documents.removed} removed` : ''} (${s.documentsInGraph} in the graph)`,
    `entities: ${total} (${types})`,
    `mentions: ${s.mentions}, meetings: ${s.meetings}, instrument events: ${s.instrumentEvents}`,
    ...s.skipped.map((k) => `skipped ${k.path}: ${k.reason}`),
    ...s.dangling.map((d) => `warning ${d.file}: facts dropped for ids the extraction did not list: ${d.ids.join(', ')}`),
    `done in ${s.seconds} s (extraction ${s.extractSeconds} s, writing ${s.writeSeconds} s)`,
  ];
}

async function runIngest(handle: Neo4jHandle, paths: string[], quiet: boolean, prune: boolean, batch: BatchLimits, threads?: number): Promise<number> {
  const tty = Boolean(process.stderr.isTTY) && !quiet;
  const bar = tty
    ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  let started = false;
  const summary = await ingestPaths(handle.driver, paths, {
    prune,
    batch,
    threads,
    // On a terminal the bar shows progress and the summary lists skips; elsewhere one plain line per file.
    // Skips are printed once, by the summary, on stderr.
    log: tty || quiet ? undefined : (msg) => { if (!msg.startsWith('skipped')) console.log(msg); },
    onProgress: (p) => {
      if (!bar) return;
      if (!started) { bar.start(p.total, 0, { file: '' }); started = true; }
      bar.update(p.done, { file: p.file });
    },
  });
  bar?.stop();
  for (const line of summaryLines(summary)) (line.startsWith('skipped') ? console.error : console.log)(line);
  if (summary.failed) return EXIT_FAILURE;
  return summary.documents.skipped > 0 ? EXIT_SKIPPED : EXIT_OK;
}

async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('ingest')
    .description('Extract documents and write them to Neo4j; back the graph up and restore it as JSON lines.')
    .argument('[paths...]', 'files or folders of .txt, .md or .html documents', DEFAULT_PATHS)
    .option('--export <file>', 'write the whole graph to FILE as JSON lines, then stop')
    .option('--import <file>', 'restore the graph from FILE (JSON lines written by --export), then stop')
    .option('--replace', 'with --import: empty a non-empty database first')
    .option('--prune', 'also remove stored documents whose file is not among PATHS (and the facts only they support)')
    .option('--batch-documents <n>', `documents per write transaction (default ${DEFAULT_BATCH_DOCUMENTS})`, positiveInt)
    .option('--batch-rows <n>', `rows per write transaction (default ${DEFAULT_BATCH_ROWS})`, positiveInt)
    .option('--threads <n>', `extraction threads; 1 = the main thread (default: one per core, ${DEFAULT_THREADS} here, for ${POOL_MIN_DOCUMENTS} or more documents to extract, else 1)`, positiveInt)
    .option('-q, --quiet', 'no progress, only the summary')
    .exitOverride();
  program.parse(argv);
  const opts = program.opts<CliOptions>();
  const paths = program.args.length ? program.args : DEFAULT_PATHS;
  if (opts.export && opts.import) throw new Error('Give --export or --import, not both.');

  const handle = await connectNeo4j({ log: opts.quiet ? undefined : (m) => console.error(m) });
  try {
    if (opts.export) {
      const r = await exportJsonl(handle.driver, opts.export);
      console.log(`exported ${r.nodes} nodes and ${r.relationships} relationships to ${opts.export}`);
      return EXIT_OK;
    }
    if (opts.import) {
      const r = await importJsonl(handle.driver, opts.import, { replace: opts.replace });
      console.log(`imported ${r.nodes} nodes and ${r.relationships} relationships from ${opts.import}`);
      return EXIT_OK;
    }
    return await runIngest(handle, paths, Boolean(opts.quiet), Boolean(opts.prune), { documents: opts.batchDocuments, rows: opts.batchRows }, opts.threads);
  } finally {
    await handle.close();
  }
}

main(process.argv).then((code) => { process.exitCode = code; }, (err: unknown) => {
  const e = err as { code?: string; exitCode?: number; message?: string };
  if (typeof e.code === 'string' && e.code.startsWith('commander.')) {
    // --help and --version end here too, with exit code 0.
    process.exitCode = e.exitCode ?? EXIT_FAILURE;
    return;
  }
  console.error(`ingest failed${isAtlasError(err) ? ` (${err.code})` : ''}: ${e.message ?? String(err)}`);
  process.exitCode = EXIT_FAILURE;
});
