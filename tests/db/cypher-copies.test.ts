// Blocks written out in more than one query (Cypher has no include, and each file stays a query one can
// paste into Neo4j as it is) must not drift apart: each block is the same text, line by line and
// indentation aside, in every file that has it.
//   meetings window: the filtered meetings network, its unfiltered fast path and the fast path's
//     participants must select the same meetings (the three index branches up to the planned filter).
//   attested range: writing and withdrawing a document recompute an attested office's range the same
//     way (earliest and latest date attested, first title).
import { describe, expect, it } from 'vitest';
import { cypher } from '../../db/cypher-files.ts';

// [block, queries, first line starts with, last line contains]
const BLOCKS: [string, string[], string, string][] = [
  ['meetings window', ['meetings-network', 'meetings-network-window', 'meetings-network-participants'], 'CALL () {', '$planned'],
  ['attested range', ['upsert-holdings', 'delete-document-facts'], 'CALL (r) {', 'AS title'],
];

/** The block's lines, trimmed, comments dropped: from the first line starting with `first` to the next
 * line containing `last`. */
function blockOf(text: string, first: string, last: string): string | null {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('//'));
  const start = lines.findIndex((l) => l.startsWith(first));
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i > start && l.includes(last));
  return end < 0 ? null : lines.slice(start, end + 1).join('\n');
}

describe.each(BLOCKS)('the %s', (_block, queries, first, last) => {
  it.each(queries)('is in %s', (name) => {
    expect(blockOf(cypher(name), first, last)).not.toBeNull();
  });

  it('is the same text in every query that has it', () => {
    expect(new Set(queries.map((name) => blockOf(cypher(name), first, last))).size).toBe(1);
  });
});

describe('block comparison', () => {
  const base = cypher('meetings-network-window');
  it('tells a changed block from the same one', () => {
    expect(blockOf(base.replace("coalesce($toDay, '~')", "coalesce($toDay, '9')"), 'CALL () {', '$planned')).not.toBe(blockOf(base, 'CALL () {', '$planned'));
  });
  it('ignores comments and indentation', () => {
    const shifted = base.split('\n').map((l) => `    ${l}`).join('\n');
    expect(blockOf(`// a comment\n${shifted}`, 'CALL () {', '$planned')).toBe(blockOf(base, 'CALL () {', '$planned'));
  });
});
