// Table-driven: user text -> Lucene query for the entity full-text index.
import { expect, test } from 'vitest';
import { luceneQuery } from '../../server/search/lucene-query.ts';

const ROWS: [string, string | null][] = [
  ['Johansson', '+(johansson^4 OR johansson*^2 OR johansson~2)'],
  ['khar', '+(khar^4 OR khar*^2 OR khar~1)'],
  ['eu', '+(eu^4 OR eu*^2)'],
  ['Ylva Johansson', '+(ylva^4 OR ylva*^2 OR ylva~1) +(johansson^4 OR johansson*^2 OR johansson~2)'],
  ['HR/VP', '+(hr^4 OR hr*^2) +(vp^4 OR vp*^2)'],
  ['*:* OR "x', '+(or^4 OR or*^2) +(x^4 OR x*^2)'],
  ['Çavuşoğlu', '+(çavuşoğlu^4 OR çavuşoğlu*^2 OR çavuşoğlu~2)'],
  ['  ', null],
  ['()[]{}', null],
];

test.each(ROWS)('%j', (q, expected) => {
  expect(luceneQuery(q)).toBe(expected);
});
