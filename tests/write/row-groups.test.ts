// Rows grouped for the batch statements (ingest/write/row-groups.ts): [rows, expected groups] and one loop.
import { describe, expect, it } from 'vitest';
import { groupRows, MENTION_GROUPS, type GroupSpec } from '../../ingest/write/row-groups.ts';

const SPEC: GroupSpec<'doc', 'a' | 'b'> = { keys: ['doc'], lists: ['a', 'b'] };

describe('groupRows', () => {
  const rows: [string, Record<string, unknown>[], unknown[]][] = [
    ['no rows, no groups', [], []],
    ['one row, a group of one', [{ doc: 'd1', a: 1, b: 'x' }], [{ doc: 'd1', a: [1], b: ['x'] }]],
    ['rows of one key in order, another key apart, groups in first-seen order',
      [{ doc: 'd2', a: 1, b: 'x' }, { doc: 'd1', a: 2, b: 'y' }, { doc: 'd2', a: 3, b: 'z' }],
      [{ doc: 'd2', a: [1, 3], b: ['x', 'z'] }, { doc: 'd1', a: [2], b: ['y'] }]],
    ['a missing or null field stays a null in its list, so the lists stay parallel',
      [{ doc: 'd1', a: 1 }, { doc: 'd1', a: null, b: 'y' }], [{ doc: 'd1', a: [1, null], b: [null, 'y'] }]],
  ];
  for (const [what, input, expected] of rows) it(what, () => expect(groupRows(input, SPEC)).toEqual(expected));

  it('keys made of several fields do not run together', () => {
    const groups = groupRows([
      { docId: 'a', entityId: 'bc', start: 1, end: 2, text: 't', sentenceText: 's', sentenceIndex: 0, resolvedBy: 'name' },
      { docId: 'ab', entityId: 'c', start: 3, end: 4, text: 't', sentenceText: 's', sentenceIndex: 0, resolvedBy: 'name' },
    ], MENTION_GROUPS);
    expect(groups.map((g) => [g.docId, g.entityId])).toEqual([['a', 'bc'], ['ab', 'c']]);
  });

  it('refuses a field the spec does not name, instead of dropping it', () => {
    expect(() => groupRows([{ doc: 'd1', a: 1, b: 'x', c: true }], SPEC)).toThrow(/Row field "c" is not in the group spec/);
  });
});
