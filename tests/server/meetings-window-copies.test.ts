// The meetings network's date window is written out in three queries (Cypher has no include, and each
// file stays a query one can paste into Neo4j as it is): the filtered network, its unfiltered fast path
// and the fast path's participants. The three must select the same meetings, so their window, from the
// CALL of the three index branches to the planned filter, is the same text in each.
import { describe, expect, it } from 'vitest';
import { cypher } from '../../db/cypher-files.ts';

const WINDOW_QUERIES = ['meetings-network', 'meetings-network-window', 'meetings-network-participants'];

/** The window: from the `CALL () {` of the index branches to the `$planned` test, comments dropped. */
function windowOf(text: string): string | null {
  const code = text.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
  const start = code.indexOf('CALL () {');
  const planned = code.indexOf('$planned', start);
  if (start < 0 || planned < 0) return null;
  return code.slice(start, code.indexOf('\n', planned));
}

describe('the meetings window is the same in every query that reads it', () => {
  it.each(WINDOW_QUERIES)('%s has the window', (name) => {
    expect(windowOf(cypher(name))).toMatch(/m\.endIso >= \$fromDay/);
  });

  it('all three windows are the same text', () => {
    const windows = new Set(WINDOW_QUERIES.map((name) => windowOf(cypher(name))));
    expect(windows.size).toBe(1);
  });

  it('tells a changed window from the same one', () => {
    const base = cypher('meetings-network-window');
    expect(windowOf(base.replace("coalesce($toDay, '~')", "coalesce($toDay, '9')"))).not.toBe(windowOf(base));
    expect(windowOf(`// a comment\n${base}`)).toBe(windowOf(base));
  });
});
