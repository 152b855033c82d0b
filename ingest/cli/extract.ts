// npm run extract -- --out FILE [PATH...]: the extraction JSON of ../shared/eval/EXTRACTION.md, no Neo4j.
import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { extractCorpus } from '../extract/extract-corpus.ts';
import { toScorerJson } from '../extract/to-scorer-json.ts';

/** Where the corpus is when no path is given. */
const DEFAULT_PATHS = ['seeds/'];
/** Exit code when some inputs were skipped (the rest were extracted). */
const EXIT_SKIPPED = 2;

const program = new Command()
  .name('extract')
  .description('Extract entities, meetings and instrument events from documents into one JSON file (no Neo4j).')
  .argument('[paths...]', 'files or folders of .txt, .md, .html documents', DEFAULT_PATHS)
  .requiredOption('-o, --out <file>', 'where to write the extraction JSON')
  .option('--full', 'write the full per-document extraction (sections, sentences, holdings) instead of the scorer format')
  .action((paths: string[], opts: { out: string; full?: boolean }) => {
    const started = performance.now();
    const { extractions, skipped } = extractCorpus(paths);
    const json = opts.full ? { documents: extractions, skipped } : toScorerJson(extractions);
    writeFileSync(opts.out, JSON.stringify(json, null, 1));
    for (const s of skipped) console.error(`skipped ${s.path}: ${s.reason}`);
    const count = (k: 'entities' | 'mentions' | 'meetings' | 'instrumentEvents') => extractions.reduce((n, x) => n + x[k].length, 0);
    console.error(`${extractions.length} documents, ${count('mentions')} mentions, ${count('meetings')} meetings, ` +
      `${count('instrumentEvents')} instrument events, ${skipped.length} skipped, ${((performance.now() - started) / 1000).toFixed(1)} s -> ${opts.out}`);
    if (skipped.length) process.exitCode = EXIT_SKIPPED;
  });

program.parse();
