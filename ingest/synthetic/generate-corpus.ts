// The synthetic corpus: `scale` times the seeds' volume in the seeds' genres (one Council note and four
// news items per unit), with the gold of what it planted. Pure and deterministic for a seed: the
// caller writes the files (bench/generate-command.ts).
import type { GoldPassage } from '../eval/gold-schema.ts';
import type { KnowledgeBase } from '../knowledge/load-knowledge-base.ts';
import { councilNote } from './council-note.ts';
import { NEWS_PER_UNIT, newsItem } from './news-item.ts';
import { castCountries } from './synthetic-cast.ts';
import { seededRandom } from './seeded-random.ts';
import { loadVocabulary, type Vocabulary } from './vocabulary.ts';

/** Seed of `npm run bench -- generate` when none is given. */
export const DEFAULT_SEED = 20240206;

export interface SyntheticFile { file: string; text: string }
export interface SyntheticCorpus { files: SyntheticFile[]; gold: GoldPassage[]; words: number }

/** Units one at a time, so a 100x corpus can be written without holding it all in memory. */
export function* syntheticUnits(kb: KnowledgeBase, opts: { scale: number; seed?: number; vocab?: Vocabulary }) {
  const vocab = opts.vocab ?? loadVocabulary();
  const countries = castCountries(kb, vocab);
  for (let unit = 0; unit < opts.scale; unit++) {
    // One generator per unit: unit k is the same whatever the scale, so 10x is a prefix of 100x.
    const rng = seededRandom((opts.seed ?? DEFAULT_SEED) + unit * 7919);
    const ctx = { kb, vocab, rng };
    const prefix = `syn${String(unit).padStart(4, '0')}`;
    const docs = [councilNote(`${prefix}_note.txt`, countries, ctx)];
    for (let k = 0; k < NEWS_PER_UNIT; k++) docs.push(newsItem(`${prefix}_news${k}.txt`, countries, ctx));
    yield docs;
  }
}

export function generateCorpus(kb: KnowledgeBase, opts: { scale: number; seed?: number }): SyntheticCorpus {
  const files: SyntheticFile[] = [];
  const gold: GoldPassage[] = [];
  for (const unit of syntheticUnits(kb, opts)) {
    for (const d of unit) { files.push({ file: d.file, text: d.text }); gold.push(...d.gold); }
  }
  const words = files.reduce((n, f) => n + f.text.split(/\s+/).filter(Boolean).length, 0);
  return { files, gold, words };
}
