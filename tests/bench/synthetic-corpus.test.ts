// The synthetic corpus generator: deterministic for a seed, the seeds' volume per unit of scale, gold
// that passes the gold schema and points at text that is really there. Correctness only, no timings.
import { describe, expect, it } from 'vitest';
import { goldSchema } from '../../ingest/eval/gold-schema.ts';
import { normName } from '../../ingest/eval/score-extraction.ts';
import { loadKnowledgeBase } from '../../ingest/knowledge/load-knowledge-base.ts';
import { generateCorpus } from '../../ingest/synthetic/generate-corpus.ts';
import { NEWS_PER_UNIT } from '../../ingest/synthetic/news-item.ts';

const kb = loadKnowledgeBase();
/** Words of the five seeds; each unit of scale should be within this share of it. */
const SEED_WORDS = 34_469;
const VOLUME_TOLERANCE = 0.1;

describe('synthetic corpus', () => {
  const two = generateCorpus(kb, { scale: 2, seed: 7 });

  it('writes one Council note and the news items per unit of scale', () => {
    expect(two.files.map((f) => f.file)).toEqual([
      'syn0000_note.txt', ...Array.from({ length: NEWS_PER_UNIT }, (_, k) => `syn0000_news${k}.txt`),
      'syn0001_note.txt', ...Array.from({ length: NEWS_PER_UNIT }, (_, k) => `syn0001_news${k}.txt`),
    ]);
  });

  it('has the seeds volume per unit', () => {
    expect(Math.abs(two.words / 2 - SEED_WORDS) / SEED_WORDS).toBeLessThan(VOLUME_TOLERANCE);
  });

  it('is the same for the same seed and different for another', () => {
    expect(generateCorpus(kb, { scale: 2, seed: 7 })).toEqual(two);
    expect(generateCorpus(kb, { scale: 2, seed: 8 }).files[0].text).not.toEqual(two.files[0].text);
  });

  it('makes a smaller scale a prefix of a larger one', () => {
    const one = generateCorpus(kb, { scale: 1, seed: 7 });
    expect(two.files.slice(0, one.files.length)).toEqual(one.files);
  });

  it('writes gold in the dev-gold format', () => {
    expect(goldSchema.safeParse(two.gold).success).toBe(true);
    expect(two.gold.length).toBeGreaterThan(2 * NEWS_PER_UNIT);
  });

  it('plants every gold name or alias inside its passage, and meetings and events on lines in it', () => {
    const texts = new Map(two.files.map((f) => [f.file, f.text]));
    const problems: string[] = [];
    for (const p of two.gold) {
      const lines = texts.get(p.doc)!.split('\n');
      const passage = normName(lines.slice(p.lines[0] - 1, p.lines[1]).join('\n'));
      for (const e of p.entities) {
        if (![e.name, ...e.aliases].some((f) => passage.includes(normName(f)))) problems.push(`${p.doc} ${p.section}: ${e.name}`);
      }
      const names = new Set(p.entities.map((e) => e.name));
      for (const m of p.meetings) {
        if (m.line < p.lines[0] || m.line > p.lines[1]) problems.push(`${p.doc}: meeting line ${m.line} outside the passage`);
        for (const n of m.participants) if (!names.has(n)) problems.push(`${p.doc}: participant ${n} not among the passage's entities`);
      }
      for (const v of p.instrumentEvents) if (!names.has(v.instrument)) problems.push(`${p.doc}: event of ${v.instrument} without the entity`);
    }
    expect(problems).toEqual([]);
  });

  it('names country sections in upper case and writes event tables with date, event and outcome cells', () => {
    const note = two.files[0].text;
    expect(note).toContain('Key past and upcoming events');
    const rows = note.split('\n').filter((l) => /^\d{1,2} [A-Z][a-z]+ \d{4}\t/.test(l));
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) expect(r.split('\t')).toHaveLength(3);
    const sections = two.gold.filter((p) => p.doc === 'syn0000_note.txt').map((p) => p.section!);
    for (const s of sections) expect(s).toBe(s.toUpperCase());
  });

  it('opens news items with " date YYYY-MM-DD City:"', () => {
    for (const f of two.files.filter((x) => x.file.includes('_news'))) expect(f.text).toMatch(/^ date \d{4}-\d{2}-\d{2} [^:\n]+:\S/);
  });

  it('invents new officials in every unit', () => {
    const people = (unit: string) => new Set(two.gold.filter((p) => p.doc.startsWith(unit)).flatMap((p) => p.entities.filter((e) => e.type === 'Person').map((e) => e.name)));
    const a = people('syn0000');
    const b = people('syn0001');
    const fresh = [...b].filter((n) => !a.has(n) && !kb.entities.has(`person:${normName(n).replace(/ /g, '-')}`));
    expect(fresh.length).toBeGreaterThan(50);
  });
});
