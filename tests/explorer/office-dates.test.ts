// The dates of an office as the details panel writes them: terms as terms, attested ranges as statements.
import { describe, expect, test } from 'vitest';
import { officeDates } from '../../explorer/src/views/office-dates.ts';
import type { Office } from '../../explorer/src/api/types.ts';

const ROWS: [Pick<Office, 'from' | 'to' | 'range'>, string][] = [
  [{ from: '2019-12-01', to: '2024-11-30', range: 'term' }, '2019-12-01 – 2024-11-30'],
  [{ from: '2024-12-01', to: null, range: 'term' }, '2024-12-01 – present'],
  [{ from: null, to: '2019-11-30', range: 'term' }, '? – 2019-11-30'],
  [{ from: null, to: null, range: 'term' }, '? – present'],
  [{ from: '2019-12-01', to: '2024-11-30' }, '2019-12-01 – 2024-11-30'],
  [{ from: '2020-02-01', to: '2023-06-06', range: 'attested' }, 'stated 2020-02-01 – 2023-06-06'],
  [{ from: '2021-03', to: '2021-03', range: 'attested' }, 'stated 2021-03'],
  [{ from: '2021-03-04', to: null, range: 'attested' }, 'stated 2021-03-04'],
  [{ from: null, to: null, range: 'attested' }, 'stated, undated'],
];

describe('office dates', () => {
  test.each(ROWS)('%j -> %s', (office, text) => {
    expect(officeDates(office)).toBe(text);
  });
});
