// Runs the extraction (or the baseline) on the seeds and scores it against the gold passages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AtlasError } from '../../model/errors.ts';
import { extractCorpus } from '../extract/extract-corpus.ts';
import { toScorerJson } from '../extract/to-scorer-json.ts';
import { baselineExtraction } from './baseline-extraction.ts';
import { goldSchema, type GoldPassage } from './gold-schema.ts';
import { type ScoreReport, scoreExtraction } from './score-extraction.ts';

/** The dev gold set kept in the repository (a copy of ../shared/eval/dev-gold.json). */
export const DEFAULT_GOLD = 'tests/dev-gold.json';
/** The corpus the gold passages point into. */
export const DEFAULT_SEEDS = 'seeds';

export function readGold(path: string): GoldPassage[] {
  let raw: unknown;
  try { raw = JSON.parse(readFileSync(path, 'utf8')); } catch (e) {
    throw new AtlasError('GOLD_UNREADABLE', `Cannot read gold file ${path} (${(e as Error).message}); pass --gold with a JSON array of passages.`);
  }
  const parsed = goldSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AtlasError('GOLD_INVALID', `Gold file ${path} is not valid at ${issue?.path.join('.')}: ${issue?.message}; see ../shared/eval/GUIDELINES.md.`);
  }
  return parsed.data;
}

export function evaluateSeeds(opts: { gold?: string; seeds?: string; baseline?: boolean } = {}): ScoreReport {
  const seeds = opts.seeds ?? DEFAULT_SEEDS;
  const passages = readGold(opts.gold ?? DEFAULT_GOLD);
  const cache = new Map<string, string>();
  const text = (file: string) => cache.get(file) ?? cache.set(file, readFileSync(join(seeds, file), 'utf8')).get(file)!;
  const extraction = opts.baseline ? baselineExtraction(passages, text) : toScorerJson(extractCorpus([seeds]).extractions);
  return scoreExtraction(passages, extraction, text);
}
