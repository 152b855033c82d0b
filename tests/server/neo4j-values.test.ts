// Driver values -> plain JSON: integers become numbers exactly when safe (strings otherwise), lists convert.
import neo4j from 'neo4j-driver';
import { expect, test } from 'vitest';
import { toPlain } from '../../server/graph/neo4j-values.ts';

test.each([
  ['0', 0],
  ['1', 1],
  ['-1', -1],
  ['2147483648', 2147483648],
  ['-2147483649', -2147483649],
  ['4294967301', 4294967301],
  ['9007199254740991', 9007199254740991],
  ['-9007199254740991', -9007199254740991],
  ['-9007199254740000', -9007199254740000],
  ['9007199254740992', '9007199254740992'],
  ['-9007199254740992', '-9007199254740992'],
  ['9223372036854775807', '9223372036854775807'],
  ['-9223372036854775808', '-9223372036854775808'],
])('integer %s -> %j', (text, expected) => {
  expect(toPlain(neo4j.int(text))).toBe(expected);
});

test.each([
  ['a string', 'a string'],
  [true, true],
  [2.5, 2.5],
  [null, null],
  [[neo4j.int(3), ['x', neo4j.int(-4)]], [3, ['x', -4]]],
  [{ n: neo4j.int(7), list: [neo4j.int(8)] }, { n: 7, list: [8] }],
])('%j', (value, expected) => {
  expect(toPlain(value)).toEqual(expected);
});
