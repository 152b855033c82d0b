// Quality floors of reading + linking over seeds/ on each gold set, scored by the project's own scorer
// (ingest/eval/, same figures as the shared score.mjs) so a fresh clone's tests are self-contained. The floors
// sit a little under what the linker reaches, so a regression fails; an unseen set judges the same way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../ingest/knowledge/load-knowledge-base.ts';
import { linkDocument } from '../../ingest/link/link-document.ts';
import { readDocument } from '../../ingest/read/read-document.ts';
import { readGold } from '../../ingest/eval/evaluate-seeds.ts';
import { scoreExtraction } from '../../ingest/eval/score-extraction.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = join(ROOT, 'seeds');

interface Floors {
  /** Overall entity F1. */
  entityF1: number;
  /** Each type's F1. */
  typeF1: number;
  /** Gold entities allowed to be split over two ids. */
  fragmented: number;
  /** Persons named only by role that must be resolved, as `found/total`. */
  byRole: string;
}

const GOLD_SETS: [string, Floors][] = [
  ['dev-gold.json', { entityF1: 0.97, typeF1: 0.93, fragmented: 0, byRole: '3/3' }],
  // A second annotator, passages the rules were first not tuned on; it splits a few entities the dev gold
  // keeps whole (those conflicts are not chased).
  ['holdout-gold.json', { entityF1: 0.93, typeF1: 0.85, fragmented: 4, byRole: '1/1' }],
];

function linkSeeds() {
  const kb = loadKnowledgeBase();
  const entities = new Map<string, { id: string; type: string; name: string; aliases: string[]; mentions: { file: string; start: number; end: number }[] }>();
  for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    const { doc, sections, sentences } = readDocument(file, text);
    const out = linkDocument({ text, doc, sections, sentences }, kb);
    for (const e of out.entities) if (!entities.has(e.id)) entities.set(e.id, { id: e.id, type: e.type, name: e.name, aliases: e.aliases, mentions: [] });
    for (const m of out.mentions) entities.get(m.entityId)?.mentions.push({ file, start: m.start, end: m.end });
  }
  return { entities: [...entities.values()], meetings: [], instrumentEvents: [] };
}

describe('entities on the gold sets', () => {
  const extraction = linkSeeds();
  const text = (file: string) => readFileSync(join(SEEDS, file), 'utf8');
  for (const [gold, floors] of GOLD_SETS) {
    it(`${gold} reaches its floors`, () => {
      const report = scoreExtraction(readGold(join(ROOT, 'tests', gold)), extraction, text);
      expect(report.entities.f1).toBeGreaterThanOrEqual(floors.entityF1);
      for (const t of ['Person', 'Institution', 'Country', 'Instrument'] as const) expect(report.byType[t].f1, t).toBeGreaterThanOrEqual(floors.typeF1);
      expect(report.linking.fragmented).toBeLessThanOrEqual(floors.fragmented);
      expect(report.personsByRole).toBe(floors.byRole);
    });
  }
});
