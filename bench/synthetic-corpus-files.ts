// Writes a synthetic corpus to a folder (the texts, .gold.json, .manifest.json) and reuses it when the
// manifest says it was written with the same scale and seed: a 100x corpus takes a while to produce.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../ingest/knowledge/load-knowledge-base.ts';
import { DEFAULT_SEED, syntheticUnits } from '../ingest/synthetic/generate-corpus.ts';
import type { GoldPassage } from '../ingest/eval/gold-schema.ts';

export interface CorpusManifest { scale: number; seed: number; files: number; words: number; generator: number }
/** Bump when the generator's output changes, so stale corpora on disk are rewritten. */
const GENERATOR_VERSION = 1;

export function corpusDir(scale: number): string {
  return join('.data', `synthetic-${scale}`);
}

export function writeSyntheticCorpus(kb: KnowledgeBase, opts: { scale: number; out: string; seed?: number }): CorpusManifest {
  const seed = opts.seed ?? DEFAULT_SEED;
  const manifestPath = join(opts.out, '.manifest.json');
  if (existsSync(manifestPath)) {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as CorpusManifest;
    if (m.scale === opts.scale && m.seed === seed && m.generator === GENERATOR_VERSION) return m;
  }
  mkdirSync(opts.out, { recursive: true });
  const gold: GoldPassage[] = [];
  let files = 0;
  let words = 0;
  for (const unit of syntheticUnits(kb, { scale: opts.scale, seed })) {
    for (const d of unit) {
      writeFileSync(join(opts.out, d.file), d.text);
      gold.push(...d.gold);
      files++;
      words += d.text.split(/\s+/).filter(Boolean).length;
    }
  }
  // Dot files: the corpus reader skips them, so the folder ingests as it is.
  writeFileSync(join(opts.out, '.gold.json'), JSON.stringify(gold));
  const manifest = { scale: opts.scale, seed, files, words, generator: GENERATOR_VERSION };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

export function readSyntheticGold(dir: string): GoldPassage[] {
  return JSON.parse(readFileSync(join(dir, '.gold.json'), 'utf8')) as GoldPassage[];
}
