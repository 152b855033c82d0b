// Table-driven: user text -> the Lucene queries (exact and prefix; typo-tolerant) for the entity full-text index.
import { expect, test } from 'vitest';
import { luceneQueries, type SearchQueries } from '../../server/search/lucene-query.ts';

const ROWS: [string, SearchQueries | null][] = [
  ['Johansson', { exact: '+(johansson^4 OR johansson*^2)', typo: '+(johansson^4 OR johansson*^2 OR johansson~2)' }],
  ['khar', { exact: '+(khar^4 OR khar*^2)', typo: '+(khar^4 OR khar*^2 OR khar~1)' }],
  ['eu', { exact: '+(eu^4 OR eu*^2)', typo: null }],
  ['Ylva Johansson', {
    exact: '+(ylva^4 OR ylva*^2) +(johansson^4 OR johansson*^2)',
    typo: '+(ylva^4 OR ylva*^2 OR ylva~1) +(johansson^4 OR johansson*^2 OR johansson~2)',
  }],
  ['EU Johansson', { exact: '+(eu^4 OR eu*^2) +(johansson^4 OR johansson*^2)', typo: '+(eu^4 OR eu*^2) +(johansson^4 OR johansson*^2 OR johansson~2)' }],
  ['HR/VP', { exact: '+(hr^4 OR hr*^2) +(vp^4 OR vp*^2)', typo: null }],
  ['*:* OR "x', { exact: '+(or^4 OR or*^2) +(x^4 OR x*^2)', typo: null }],
  ['Çavuşoğlu', { exact: '+(çavuşoğlu^4 OR çavuşoğlu*^2)', typo: '+(çavuşoğlu^4 OR çavuşoğlu*^2 OR çavuşoğlu~2)' }],
  ['  ', null],
  ['()[]{}', null],
];

test.each(ROWS)('%j', (q, expected) => {
  expect(luceneQueries(q)).toEqual(expected);
});
