import { describe, expect, it } from 'vitest';
import { parseDates } from '../../ingest/dates/parse-dates.ts';
import type { TextDate } from '../../model/extraction.ts';

const NEWS: TextDate = { iso: '2021-11-23', precision: 'day', text: '2021-11-23' };
type Row = [text: string, context: { docDate?: TextDate; neighbourYear?: number }, expected: Array<[iso: string, precision: string, endIso?: string]>];

const ROWS: Row[] = [
  ['26-28 February 2020', {}, [['2020-02-26', 'day', '2020-02-28']]],
  ['February 2024', {}, [['2024-02', 'month']]],
  ['Last quarter 2023', {}, [['2023-10', 'quarter', '2023-12-31']]],
  ['Q1/Q2 2024 (tbc)', {}, [['2024-01', 'quarter', '2024-03-31']]],
  ['7 and 9 December 2022', {}, [['2022-12-07', 'day'], ['2022-12-09', 'day']]],
  ['12 January, 16 February, 23 March 2023', {}, [['2023-01-12', 'day'], ['2023-02-16', 'day'], ['2023-03-23', 'day']]],
  ['13 September', { neighbourYear: 2022 }, [['2022-09-13', 'day']]],
  ['13 September', {}, []],
  ['Borrell on Monday engaged in conversations', { docDate: NEWS }, [['2021-11-22', 'day']]],
  ['30 November – 1 December 2022', {}, [['2022-11-30', 'day', '2022-12-01']]],
  ['April/May 2023 (TBC)', {}, [['2023-04', 'month', '2023-05-31']]],
  ['24/01/2023', {}, [['2023-01-24', 'day']]],
  ['29-30/03/2023', {}, [['2023-03-29', 'day', '2023-03-30']]],
  ['In 2007, the EU and Cabo Verde agreed', {}, [['2007', 'year']]],
  ['under the MFF 2014-2020', {}, [['2014', 'year', '2020-12-31']]],
  ['On 7 of May I was in Turkey', { docDate: NEWS }, [['2021-05-07', 'day']]],
  ['It may be decided in May.', {}, []],
  ['5484/24 and No. prev. doc.: 11434/23', {}, []],
  ['the Council adopted the mandate on the 24 October', { neighbourYear: 2019 }, [['2019-10-24', 'day']]],
  ['1 st semester 2023 TBC', {}, [['2023', 'year', '2023-06-30']]],
  ['Last year in December, I travelled to Morocco', { docDate: { iso: '2021-06-06', precision: 'day', text: '' } }, [['2020-12', 'month']]],
  ['Later this month, I will visit Serbia', { docDate: { iso: '2021-06-06', precision: 'day', text: '' } }, [['2021-06', 'month']]],
  ['On 26 October, the EU and North Macedonia signed it.', { docDate: { iso: '2024-02-06', precision: 'day', text: '' } }, [['2023-10-26', 'day']]],
  ['the next EU Council meeting on 24 June', { docDate: { iso: '2021-06-06', precision: 'day', text: '' } }, [['2021-06-24', 'day']]],
  ['In August I visited Tunisia', { docDate: { iso: '2021-06-06', precision: 'day', text: '' } }, [['2020-08', 'month']]],
  ['He left 3 days ago', { docDate: { iso: '2021-06-06', precision: 'day', text: '' } }, [['2021-06-03', 'day']]],
  ['I visited Tunisia just recently', { docDate: { iso: '2021-06-06', precision: 'day', text: '' } }, [['2021', 'year']]],
  ['Following the visit on 13-14 November 2022, the first meeting took place on 15 March', { docDate: { iso: '2024-02-06', precision: 'day', text: '' } }, [['2022-11-13', 'day', '2022-11-14'], ['2023-03-15', 'day']]],
  ['Meetings on 13 November 2022 and on 15 March', { docDate: { iso: '2024-02-06', precision: 'day', text: '' } }, [['2022-11-13', 'day'], ['2022-03-15', 'day']]],
  ['Following the visit on 13 November 2023, a meeting took place on 15 March', { docDate: { iso: '2024-02-06', precision: 'day', text: '' } }, [['2023-11-13', 'day'], ['2023-03-15', 'day']]],
];

describe('parseDates', () => {
  for (const [text, context, expected] of ROWS) {
    it(`reads "${text}"`, () => {
      const got = parseDates(text, context).map((d) => (d.endIso ? [d.iso, d.precision, d.endIso] : [d.iso, d.precision]));
      expect(got).toEqual(expected);
    });
  }

  it('gives offsets into the text it read', () => {
    const text = 'Visit on 26-28 February 2020, then more.';
    const [d] = parseDates(text);
    expect(text.slice(d.start, d.end)).toBe('26-28 February 2020');
  });
});
