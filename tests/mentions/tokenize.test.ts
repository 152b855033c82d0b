// Tokens scanned in place must be the tokens of the slice, offsets included, wherever the slice is cut.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldAccents, normalizeForm } from '../../ingest/knowledge/normalize-form.ts';
import { isCapitalised, tokenize, type Token } from '../../ingest/mentions/tokenize.ts';
import { SentenceTokens } from '../../ingest/mentions/sentence-tokens.ts';

function referenceTokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (const m of text.slice(from, to).matchAll(/[\p{L}\p{N}]+/gu)) {
    const norm = normalizeForm(m[0]);
    if (norm) out.push({ raw: m[0], folded: foldAccents(m[0]), norm, start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

const ROWS: Array<[string, number, number, string[]]> = [
  ['EU-Pakistan Readmission Agreement', 0, 33, ['EU', 'Pakistan', 'Readmission', 'Agreement']],
  ['Mevlüt Çavuşoğlu met Borrell.', 0, 29, ['Mevlüt', 'Çavuşoğlu', 'met', 'Borrell']],
  ['Mevlüt Çavuşoğlu met Borrell.', 3, 24, ['lüt', 'Çavuşoğlu', 'met', 'Bor']],
  ['  ', 0, 2, []],
];

describe('tokenize', () => {
  it.each(ROWS)('%s [%i, %i)', (text, from, to, raws) => {
    expect(tokenize(text, from, to).map((t) => t.raw)).toEqual(raws);
    expect(tokenize(text, from, to)).toEqual(referenceTokens(text, from, to));
  });

  it('equals the slice tokens for any text and cut', () => {
    const chars = fc.constantFrom(...'aZ9 -.\tÇüßİ\u0301ﬁ’'.split(''));
    fc.assert(fc.property(fc.string({ unit: chars, maxLength: 40 }), fc.nat(), fc.nat(), (text, a, b) => {
      const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
      expect(tokenize(text, from, to)).toEqual(referenceTokens(text, from, to));
      expect(new SentenceTokens(text).of(from, to)).toEqual(referenceTokens(text, from, to));
    }), { numRuns: 2000 });
  });

  it.each([['Borrell', true], ['borrell', false], ['2025', true], ['Élysée', true], ['über', false], ['İzmir', true]] as const)(
    'isCapitalised(%s) is %s', (raw, want) => {
      expect(isCapitalised({ raw, folded: raw, norm: raw, start: 0, end: raw.length })).toBe(want);
    });
});
