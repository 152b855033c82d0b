// The pipeline on the seeds: provenance is exact, events point at entities, and extraction is pure.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../ingest/extract/extract-corpus.ts';
import { extractDocument } from '../../ingest/extract/extract-document.ts';
import { toScorerJson } from '../../ingest/extract/to-scorer-json.ts';
import { loadKnowledgeBase } from '../../ingest/knowledge/load-knowledge-base.ts';

const { extractions, skipped } = extractCorpus(['seeds']);

describe('extractCorpus on seeds/', () => {
  it('reads all five seeds and skips none', () => {
    expect(extractions.map((x) => x.doc.file).sort()).toHaveLength(5);
    expect(skipped).toEqual([]);
  });
  for (const x of extractions) {
    it(`${x.doc.file}: offsets, participants and instruments are consistent`, () => {
      const text = readFileSync(`seeds/${x.doc.file}`, 'utf8');
      for (const m of x.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      for (const s of [...x.meetings, ...x.instrumentEvents]) expect(text.slice(s.start, s.end)).toBe(s.sentence);
      const ids = new Set(x.entities.map((e) => e.id));
      for (const m of x.meetings) {
        expect(m.participants.length).toBeGreaterThanOrEqual(2);
        for (const p of m.participants) expect(ids.has(p)).toBe(true);
      }
      for (const v of x.instrumentEvents) expect(x.entities.find((e) => e.id === v.instrument)?.type).toBe('Instrument');
    });
  }
  it('is a pure function of the text and the knowledge base', () => {
    const text = readFileSync('seeds/000_72837e2bdadec557.txt', 'utf8');
    const kb = loadKnowledgeBase();
    expect(extractDocument('000_72837e2bdadec557.txt', text, kb)).toEqual(extractDocument('000_72837e2bdadec557.txt', text, kb));
  });
  it('writes the scorer format with entities merged across documents', () => {
    const json = toScorerJson(extractions);
    const eu = json.entities.filter((e) => e.id === 'institution:european-union');
    expect(eu).toHaveLength(1);
    expect(new Set(eu[0].mentions.map((m) => m.file)).size).toBeGreaterThan(1);
    expect(json.meetings.every((m) => typeof m.file === 'string' && m.participants.length >= 2)).toBe(true);
  });
});
