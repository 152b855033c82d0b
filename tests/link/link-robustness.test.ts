// linkDocument never throws, and every mention it reports lies inside the text and points at an entity
// it also reports, whatever the input (property-based over arbitrary strings and sentence cuts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../model/extraction.ts';
import { loadKnowledgeBase } from '../../ingest/knowledge/load-knowledge-base.ts';
import { linkDocument } from '../../ingest/link/link-document.ts';

const kb = loadKnowledgeBase();
const meta: DocumentMeta = { id: 'doc:p', file: 'p.txt', title: 'P', date: null, place: null, hash: '', words: 0, chars: 0 };
/** Words of the genre mixed into random text, so finders actually fire. */
const WORDS = ['EU', 'Commissioner', 'Johansson', 'HR/VP', 'PEC', '-', 'Readmission Agreement', 'with', 'Frontex', '(', ')', ',',
  'ES', 'FR', 'Ambassador', 'ABE\'E', 'Ministry of Interior', 'of', 'Niger', 'Congolese', '\t', '\n', 'Joint Declaration', '"', 'on', 'the'];

describe('linkDocument on arbitrary input', () => {
  it('keeps its contract', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string()), { maxLength: 40 }), fc.integer({ min: 1, max: 5 }), (parts, cuts) => {
      const text = parts.join(' ');
      const step = Math.max(1, Math.ceil(text.length / cuts));
      const sentences = [];
      for (let s = 0, k = 0; s < text.length; s += step, k++) {
        const end = Math.min(text.length, s + step);
        sentences.push({ index: k, start: s, end, text: text.slice(s, end), section: 0, tableRow: false });
      }
      const out = linkDocument({ text, doc: meta, sections: [{ title: 'NIGER', countryId: null, start: 0, end: text.length, level: 1 }], sentences }, kb);
      const ids = new Set(out.entities.map((e) => e.id));
      for (const m of out.mentions) {
        expect(ids.has(m.entityId)).toBe(true);
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(m.start, m.end)).toBe(m.text);
      }
    }), { numRuns: 300 });
  });
});
