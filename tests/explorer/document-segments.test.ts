// The document reader splits text into plain runs and mention marks without losing a character.
import { describe, expect, it } from 'vitest';
import { segments } from '../../explorer/src/views/document-reader.ts';

const m = (start: number, end: number, entityId = 'x') => ({ start, end, entityId, type: 'Person', text: '' });
const TEXT = 'Johansson met Borrell in Rabat.';

describe('segments', () => {
  const rows: [string, ReturnType<typeof m>[], string[]][] = [
    ['no mentions', [], ['Johansson met Borrell in Rabat.']],
    ['one at the start', [m(0, 9)], ['[Johansson]', ' met Borrell in Rabat.']],
    ['two, given out of order', [m(14, 21), m(0, 9)], ['[Johansson]', ' met ', '[Borrell]', ' in Rabat.']],
    ['overlap: the earlier, longer one wins', [m(0, 9), m(4, 12)], ['[Johansson]', ' met Borrell in Rabat.']],
    ['one at the end', [m(25, 30)], ['Johansson met Borrell in ', '[Rabat]', '.']],
    ['past the end is ignored', [m(25, 99)], ['Johansson met Borrell in Rabat.']],
  ];
  for (const [what, mentions, expected] of rows) {
    it(what, () => {
      const out = segments(TEXT, mentions);
      expect(out.map((s) => ('mention' in s ? `[${s.text}]` : s.text))).toEqual(expected);
      expect(out.map((s) => s.text).join('')).toBe(TEXT);
    });
  }
});
