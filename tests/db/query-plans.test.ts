// The statistics queries cost the same on any size of graph, as their comments say, and only the plan
// tells: every named query that says it counts from the count store has each of its count(...) read
// from it, and the date range reads range indexes in order instead of scanning a label. A count written so the planner cannot use
// the store (e.g. a literal projected beside count(n) in one RETURN) plans a scan, works on the
// fixtures, and grows with the graph; only the plan tells them apart.
import { describe, expect, it } from 'vitest';
import { cypher, cypherNames } from '../../db/cypher-files.ts';
import { testDriver } from '../setup/test-db.ts';

/** A query's comment promising constant-time counts. */
const PROMISES_COUNT_STORE = /count store/i;
const COUNT_STORE_OPERATOR = /^(Node|Relationship)CountFromCountStore/;
/** Operators that read every node of a label, every relationship of a type, or everything. */
const SCAN_OPERATOR = /Scan|Aggregation/;

interface PlanNode { operatorType: string; children?: PlanNode[] }

function operators(plan: PlanNode): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...(plan.children ?? []).flatMap(operators)];
}

async function planOperators(query: string): Promise<string[]> {
  const res = await testDriver().executeQuery(`EXPLAIN ${query}`);
  return operators(res.summary.plan as unknown as PlanNode);
}

/** Count queries: the comment says count store and the text counts something. */
const countQueries = cypherNames().filter((name) => name !== 'schema' && PROMISES_COUNT_STORE.test(cypher(name)) && /count\(/.test(cypher(name)));

describe('count-store plans', () => {
  it('finds the queries that promise the count store', () => {
    expect(countQueries).toEqual(expect.arrayContaining(['stats-labels', 'stats-relationships', 'health-counts', 'graph-version']));
  });

  it.each(countQueries)('%s answers every count(...) from the count store', async (name) => {
    const text = cypher(name).split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
    const counts = text.match(/\bcount\(/g)?.length ?? 0;
    const fromStore = (await planOperators(text)).filter((op) => COUNT_STORE_OPERATOR.test(op)).length;
    expect(fromStore).toBe(counts);
  });

  it('tells a count beside a literal (a label scan) from a count alone in its subquery', async () => {
    expect((await planOperators("MATCH (n:Person) RETURN 'Person' AS label, count(n) AS count")).filter((op) => SCAN_OPERATOR.test(op)))
      .not.toEqual([]);
    expect(await planOperators("CALL () { MATCH (n:Person) RETURN count(n) AS count } RETURN 'Person' AS label, count"))
      .not.toContainEqual(expect.stringMatching(SCAN_OPERATOR));
  });
});

describe('date range plan', () => {
  it('stats-date-range reads range indexes in order and scans no label or node', async () => {
    const ops = await planOperators(cypher('stats-date-range'));
    expect(ops.filter((op) => /^NodeIndexScan/.test(op)).length).toBe(6);
    expect(ops.filter((op) => /LabelScan|AllNodesScan/.test(op))).toEqual([]);
  });
});
