import { describe, expect, it } from 'vitest';
import { isPlanned, isTentative } from '../../ingest/dates/is-planned.ts';
import type { TextDate } from '../../model/extraction.ts';

const DOC: TextDate = { iso: '2024-02-06', precision: 'day', text: '6 February 2024' };
const d = (iso: string, precision: TextDate['precision']): TextDate => ({ iso, precision, text: iso });

const ROWS: Array<[sentence: string, date: TextDate | null, planned: boolean, tentative: boolean]> = [
  ['EU-Serbia Justice Freedom and Security Sub Committee', d('2024-03-12', 'day'), true, false],
  ['EU-Cabo Verde Ministerial in Praia', d('2023-01-31', 'day'), false, false],
  ['10 th EU-Serbia Joint Readmission Committee meeting (tbc)', d('2024-01', 'quarter'), true, true],
  ['Next technical meeting of SPD sub-committee on migration', d('2023-10', 'quarter'), true, true],
  ['Third Joint Working Group with Ethiopia', d('2024-02', 'month'), false, false],
  ['The summit will be held in Brussels', null, true, false],
  ['EU-India Summit', d('2024', 'year'), false, false],
];

describe('isPlanned / isTentative', () => {
  for (const [sentence, date, planned, tentative] of ROWS) {
    it(`"${sentence}" (${date?.iso ?? 'undated'})`, () => {
      expect(isPlanned(sentence, date, DOC)).toBe(planned);
      expect(isTentative(sentence)).toBe(tentative);
    });
  }
});
