// Emptying the database a batch at a time (restore with replace, the benchmark's reset) must bound each
// transaction by $limit relationships or nodes, even when one node holds more relationships than that.
import neo4j from 'neo4j-driver';
import { beforeEach, describe, expect, it } from 'vitest';
import { cypher } from '../../db/cypher-files.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { counts } from './graph-state.ts'; // label and type counts: {} when empty

const driver = testDriver();
const HUB_DEGREE = 25;
const LIMIT = 10;

async function deleteBatch(): Promise<number> {
  const res = await driver.executeQuery(cypher('delete-all-batch'), { limit: neo4j.int(LIMIT) });
  return Number(res.records[0]!.get('deleted'));
}

describe('delete-all-batch', () => {
  beforeEach(async () => {
    await resetDatabase(driver);
    await driver.executeQuery(
      'CREATE (h:BatchHub) WITH h UNWIND range(1, $n) AS i CREATE (h)-[:SPOKE]->(:BatchLeaf {i: i})',
      { n: neo4j.int(HUB_DEGREE) },
    );
  });

  it('takes relationships first, at most $limit per call, then nodes, until 0', async () => {
    const steps: number[] = [];
    for (let d = await deleteBatch(); d > 0; d = await deleteBatch()) steps.push(d);
    // 25 spokes: 10 + 10 + 5 relationships, then 26 nodes: 10 + 10 + 6.
    expect(steps).toEqual([10, 10, 5, 10, 10, 6]);
    expect(await counts(driver)).toEqual({});
  });
});
