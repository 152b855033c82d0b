// The memoised, ASCII-fast normal forms must equal the plain Unicode definition on every string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldAccents, MEMO_MAX_ENTRIES, normalizeForm } from '../../ingest/knowledge/normalize-form.ts';

const FOLD: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', '’': "'" };
const referenceForm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/[ıłøđßæœ’]/g, (c) => FOLD[c] ?? c).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const referenceFold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[ıłøđßæœ’]/g, (c) => FOLD[c] ?? c);

const ROWS: Array<[string, string, string]> = [
  ['Mevlüt Çavuşoğlu', 'mevlut cavusoglu', 'Mevlut Cavusoglu'],
  ['EU-Pakistan', 'eu pakistan', 'EU-Pakistan'],
  ['Straße', 'strasse', 'Strasse'],
  ['  IOM ', 'iom', '  IOM '],
  ['Türkiye’s', 'turkiye s', "Turkiye's"],
  ['łódź Łukasz', 'lodz lukasz', 'lodz Łukasz'],
  ['', '', ''],
  ['—', '', '—'],
];

describe('normal forms', () => {
  it.each(ROWS)('%s', (raw, form, folded) => {
    expect([normalizeForm(raw), foldAccents(raw)]).toEqual([form, folded]);
    // A second call is served from the memo and must not differ.
    expect([normalizeForm(raw), foldAccents(raw)]).toEqual([form, folded]);
  });

  it('agrees with the Unicode definition on any string', () => {
    const chars = fc.constantFrom(...'aZ09 -.,’\'ıłøđßæœÇçüéÅ\u0301\u00a0\tİ\uFB01ﬀ²Ⅻ'.split(''));
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: chars })), (s) => {
      expect(normalizeForm(s)).toBe(referenceForm(s));
      expect(foldAccents(s)).toBe(referenceFold(s));
    }), { numRuns: 2000 });
  });

  it('stays right past the memo bound', () => {
    for (let i = 0; i < MEMO_MAX_ENTRIES + 10; i++) normalizeForm(`Wörd${i}`);
    expect(normalizeForm('Wörd7')).toBe('word7');
  });
});
