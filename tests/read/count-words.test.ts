// The one-pass word count equals the count of its defining regular expression on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../ingest/read/document-meta.ts';

const reference = (t: string) => t.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;

describe('countWords', () => {
  it.each([
    ['', 0], ['EU-Pakistan talks', 2], ["don't stop", 2], ['- - 5484/24', 2], ['Çavuşoğlu’s visit', 2], ['𝐀𝐁 x', 2], ['\ud800 a', 1],
  ] as const)('%j has %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
    expect(reference(text)).toBe(n);
  });

  it('equals the regular expression on any text', () => {
    const chars = fc.constantFrom(...["a", "Z", "9", " ", "-", "'", "’", "\t", "Ç", "²", "\u0301", "𝐀", "\ud800", "."]);
    fc.assert(fc.property(fc.oneof(fc.string({ unit: chars }), fc.string({ unit: 'binary' })), (t) => {
      expect(countWords(t)).toBe(reference(t));
    }), { numRuns: 2000 });
  });
});
