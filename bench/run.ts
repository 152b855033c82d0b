// `npm run bench`: one run of every benchmark (a readable table, then a JSON summary as the LAST line).
// `npm run bench -- --only extraction,loading --scales 1,10` runs a subset;
// `npm run bench -- generate --scale 10 --out .data/synthetic-10` writes a synthetic corpus and its gold.
// `npm run bench -- load` holds 50 concurrent clients on the network endpoints (bench/load/).
import { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../ingest/knowledge/load-knowledge-base.ts';
import { DEFAULT_SEED } from '../ingest/synthetic/generate-corpus.ts';
import { AtlasError } from '../model/errors.ts';
import { apiBench, type ApiFigures } from './api-bench.ts';
import { startBenchNeo4j, type BenchNeo4j } from './bench-neo4j.ts';
import { explorerBench, type ExplorerFigures } from './explorer-bench.ts';
import { extractionBench, type ExtractionFigures } from './extraction-bench.ts';
import { ingestBench, writeBench, type IngestFigures, type WriteFigures } from './loading-bench.ts';
import { round, timed } from './measure.ts';
import { routingBench, type RoutingFigures } from './routing-bench.ts';
import { formatReport } from './format-report.ts';
import { corpusDir, writeSyntheticCorpus } from './synthetic-corpus-files.ts';
import { positiveInt } from '../ingest/cli/positive-int.ts';
import { DEFAULT_AMOUNT, DEFAULT_CONNECTIONS, DEFAULT_MAX_SECONDS, DEFAULT_ROUNDS, formatLoad, loadBench, loadOptions } from './load/load-bench.ts';

export const SECTIONS = ['extraction', 'loading', 'api', 'routing', 'explorer'] as const;
type Section = (typeof SECTIONS)[number];
/** The issue's scales: the seeds' volume, ten and a hundred times it. */
const DEFAULT_SCALES = [1, 10, 100];
/** The write benchmark's corpus by default: one unit is enough for a stable rate, and row-by-row is slow
 * (`--write-scale 10` measures on 50 documents: ~5 min of row-by-row writing). */
const WRITE_BENCH_SCALE = 1;
/** The routing benchmark ingests this scale through each URI scheme, twice: small keeps it minutes. */
const ROUTING_BENCH_SCALE = 1;

export interface BenchSummary {
  startedAt: string; machine: { cores: number; loadBefore: number[]; loadAfter: number[] };
  extraction?: ExtractionFigures[]; loading?: { writes: WriteFigures; ingest: IngestFigures[] };
  api?: ApiFigures; routing?: RoutingFigures; explorer?: ExplorerFigures; seconds: number;
}

const log = (m: string) => process.stderr.write(`[bench] ${new Date().toISOString().slice(11, 19)} ${m}\n`);
/** The summary so far, rewritten after every figure: an interrupted run still leaves what it measured. */
const PARTIAL_SUMMARY = join('.data', 'bench-partial.json');
const savePartial = (s: BenchSummary) => { mkdirSync('.data', { recursive: true }); writeFileSync(PARTIAL_SUMMARY, `${JSON.stringify(s, null, 1)}\n`); };

function parseList<T extends string>(raw: string, allowed: readonly T[], what: string): T[] {
  const items = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((s) => !(allowed as readonly string[]).includes(s));
  if (bad.length) throw new AtlasError('invalid_option', `Unknown ${what} ${bad.join(', ')}: use ${allowed.join(', ')}.`);
  return items as T[];
}

function parseScales(raw: string): number[] {
  const scales = raw.split(',').map(Number);
  if (scales.some((n) => !Number.isInteger(n) || n < 1)) throw new AtlasError('invalid_option', `--scales ${raw}: give whole numbers like 1,10,100.`);
  return scales;
}

interface RunOptions { graphDir?: string; writeScale: number }

async function runBenchmarks(only: Section[], scales: number[], { graphDir, writeScale }: RunOptions): Promise<BenchSummary> {
  const t0 = performance.now();
  const summary: BenchSummary = {
    startedAt: new Date().toISOString(), machine: { cores: (await import('node:os')).availableParallelism(), loadBefore: loadavg().map((n) => round(n, 2)), loadAfter: [] }, seconds: 0,
  };
  const kb = loadKnowledgeBase();
  const dirs = new Map<number, string>();
  const need = new Set([...scales, ...(only.includes('loading') ? [writeScale] : []), ...(only.includes('routing') ? [ROUTING_BENCH_SCALE] : [])]);
  for (const s of [...need].sort((a, b) => a - b)) {
    const g = await timed(() => writeSyntheticCorpus(kb, { scale: s, out: corpusDir(s) }));
    log(`corpus ${s}x: ${g.value.files} files, ${g.value.words} words (${Math.round(g.ms)} ms)`);
    dirs.set(s, corpusDir(s));
  }
  if (only.includes('extraction')) {
    summary.extraction = [];
    for (const s of scales) { summary.extraction.push(await extractionBench(dirs.get(s)!, s, kb, log)); savePartial(summary); }
  }
  let db: BenchNeo4j | null = null;
  try {
    if (only.includes('loading') || (only.includes('api') && !graphDir) || only.includes('routing')) db = await startBenchNeo4j(log);
    if (only.includes('loading')) {
      const writes = await writeBench(db!, dirs.get(writeScale)!, writeScale, kb, log);
      const ingest: IngestFigures[] = [];
      summary.loading = { writes, ingest };
      savePartial(summary);
      for (const s of scales.filter((n) => n >= 10)) { ingest.push(await ingestBench(db!, dirs.get(s)!, s, log)); savePartial(summary); }
    }
    if (only.includes('api') && graphDir) {
      // A persistent graph of the largest scale: ingested the first time, reused after (its own Neo4j).
      const largest = Math.max(...scales);
      const graph = await startBenchNeo4j(log, { graphDir });
      try {
        if ((await graph.counts()).nodes === 0) await ingestBench(graph, dirs.get(largest)!, largest, log);
        else log(`api ${largest}x: reusing the graph in ${graphDir}`);
        log(`api ${largest}x: derived statistics for ${await graph.deriveMissingStats()} entities that had none`);
        summary.api = await apiBench(graph, largest, log);
        savePartial(summary);
      } finally {
        await graph.close();
      }
    } else if (only.includes('api')) {
      const largest = Math.max(...scales);
      // The API runs on the largest graph; load it unless the loading benchmark just did.
      if (!summary.loading?.ingest.some((i) => i.scale === largest)) await ingestBench(db!, dirs.get(largest)!, largest, log);
      await db!.deriveMissingStats();
      summary.api = await apiBench(db!, largest, log);
      savePartial(summary);
    }
    if (only.includes('routing')) {
      // Last of the database sections: it reads whatever graph is loaded, then replaces it.
      summary.routing = await routingBench(db!, dirs.get(ROUTING_BENCH_SCALE)!, ROUTING_BENCH_SCALE, log);
      savePartial(summary);
    }
  } finally {
    await db?.close();
  }
  if (only.includes('explorer')) summary.explorer = await explorerBench(log);
  summary.machine.loadAfter = loadavg().map((n) => round(n, 2));
  summary.seconds = Math.round((performance.now() - t0) / 1000);
  return summary;
}

const program = new Command('bench').description('Atlas of Accords benchmarks (issue 6)');
program
  .option('--only <sections>', `comma-separated subset of ${SECTIONS.join(',')}`, SECTIONS.join(','))
  .option('--scales <list>', 'corpus scales (times the seeds\' volume)', DEFAULT_SCALES.join(','))
  .option('--graph-dir <dir>', 'api: a persistent Neo4j data folder holding the largest scale\'s graph (ingested there once if empty, then reused; e.g. .data/neo4j-perf100)')
  .option('--write-scale <n>', 'corpus scale of the batched vs row-by-row write comparison', positiveInt, WRITE_BENCH_SCALE)
  .action(async (opts: { only: string; scales: string; graphDir?: string; writeScale: number }) => {
    const summary = await runBenchmarks(parseList(opts.only, SECTIONS, 'section'), parseScales(opts.scales), { graphDir: opts.graphDir, writeScale: opts.writeScale });
    process.stdout.write(`${formatReport(summary)}\n`);
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  });
program.command('generate')
  .description('write a synthetic corpus (texts, .gold.json, .manifest.json) to a folder')
  .requiredOption('--scale <n>', 'times the seeds\' volume', positiveInt)
  .option('--out <dir>', 'folder to write (default .data/synthetic-<scale>)')
  .option('--seed <n>', 'random seed', String(DEFAULT_SEED))
  .action(({ scale, ...opts }: { scale: number; out?: string; seed: string }) => {
    const m = writeSyntheticCorpus(loadKnowledgeBase(), { scale, out: opts.out ?? corpusDir(scale), seed: Number(opts.seed) });
    process.stdout.write(`${JSON.stringify(m)}\n`);
  });

program.command('load')
  .description('50 concurrent clients on the network endpoints from a second process, repeated rounds (bench/load/)')
  .option('--connections <n>', 'concurrent clients', String(DEFAULT_CONNECTIONS))
  .option('--amount <n>', 'requests per round', String(DEFAULT_AMOUNT))
  .option('--rounds <n>', 'rounds (the first warms up)', String(DEFAULT_ROUNDS))
  .option('--max-seconds <n>', 'a round stops after this long', String(DEFAULT_MAX_SECONDS))
  .action(async (opts: { connections: string; amount: string; rounds: string; maxSeconds: string }) => {
    const figures = await loadBench(loadOptions(opts), log);
    process.stdout.write(`${formatLoad(figures)}\n${JSON.stringify(figures)}\n`);
  });

program.parseAsync().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(err instanceof AtlasError ? 2 : 1);
});
