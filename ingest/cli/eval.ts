// npm run eval [-- --baseline] [--json] [--misses]: extraction quality on the dev gold set.
import { Command } from 'commander';
import { isAtlasError } from '../../model/errors.ts';
import { DEFAULT_GOLD, DEFAULT_SEEDS, evaluateSeeds } from '../eval/evaluate-seeds.ts';
import { formatReport } from '../eval/format-report.ts';

const program = new Command()
  .name('eval')
  .description('Score the extraction of seeds/ against the gold passages (P/R/F1 per entity type, linking, pairs, events).')
  .option('--gold <file>', 'gold passages (GUIDELINES.md format)', DEFAULT_GOLD)
  .option('--seeds <dir>', 'folder the gold passages point into', DEFAULT_SEEDS)
  .option('--baseline', "score compromise's plain people()/places()/organizations() instead")
  .option('--json', 'print the report as JSON')
  .option('--misses', 'list every false positive and false negative first')
  .action((opts: { gold: string; seeds: string; baseline?: boolean; json?: boolean; misses?: boolean }) => {
    try {
      const report = evaluateSeeds(opts);
      const { misses, ...figures } = report;
      if (opts.misses) console.log(misses.join('\n'));
      console.log(opts.json ? JSON.stringify(figures) : formatReport(opts.baseline ? 'baseline: compromise people/places/organizations' : 'extraction', report));
    } catch (e) {
      if (isAtlasError(e)) { console.error(`${e.code}: ${e.message}`); process.exitCode = 1; return; }
      throw e;
    }
  });

program.parse();
