// The baseline: compromise's plain people()/places()/organizations() on the gold passages, nothing else (no
// knowledge base, no linking, no events), scored the same way, so the project's figures have a reference.
import nlp from 'compromise';
import { entityId, type EntityType } from '../../model/graph-model.ts';
import type { ScorerEntity, ScorerJson } from '../extract/to-scorer-json.ts';
import type { GoldPassage } from './gold-schema.ts';

/** What each compromise selection is scored as: places are mostly countries in this genre. */
const SELECTIONS: Array<[EntityType, 'people' | 'places' | 'organizations']> = [
  ['Person', 'people'], ['Country', 'places'], ['Institution', 'organizations'],
];

interface Offset { text: string; offset: { start: number; length: number } }

function lineStarts(t: string): number[] {
  const starts = [0];
  for (let i = 0; i < t.length; i++) if (t[i] === '\n') starts.push(i + 1);
  return starts;
}

export function baselineExtraction(passages: GoldPassage[], text: (file: string) => string): ScorerJson {
  const entities = new Map<string, ScorerEntity>();
  for (const p of passages) {
    const t = text(p.doc);
    const starts = lineStarts(t);
    const from = starts[p.lines[0] - 1] ?? t.length;
    const to = starts[p.lines[1]] ?? t.length;
    const doc = nlp(t.slice(from, to));
    for (const [type, selection] of SELECTIONS) {
      for (const m of doc[selection]().json({ offset: true }) as Offset[]) {
        const name = m.text.replace(/[\s,.;:'’]+$/, '').replace(/^[\s'"“(]+/, '');
        if (!name) continue;
        const id = entityId(type, name);
        const e = entities.get(id) ?? { id, type, name, aliases: [], mentions: [] };
        e.mentions.push({ file: p.doc, start: from + m.offset.start, end: from + m.offset.start + m.offset.length });
        entities.set(id, e);
      }
    }
  }
  return { entities: [...entities.values()], meetings: [], instrumentEvents: [] };
}
