// More escape attempts on the read-only console, in the categories tests/server/console.test.ts has
// fewest of: writes hidden in subqueries and expressions, comment and Unicode tricks, very large
// results and cartesian or path explosions. Each is refused, or answered within the row cap (a
// bounded read), and the database checksum is the same afterwards; no :Hacked node ever exists.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphChecksum } from '../../ingest/write/graph-checksum.ts';
import type { RunningServer } from '../../server/start-server.ts';
import { getJson, postJson, fixtureServer } from '../server/test-server.ts';
import { testDriver } from '../setup/test-db.ts';

/** Short, so explosions end quickly (the default is 5 s). */
const CONSOLE_TIMEOUT_MS = 1_500;
const ROW_CAP = 100;
/** What a refusal may be called: the guard's, Neo4j's own syntax error, or the transaction timeout. */
const REFUSAL_CODES = ['query_refused', 'invalid_query', 'query_timeout'];

type Expect = 'refused' | 'bounded';
const ATTEMPTS: [string, string, Expect][] = [
  // Writes hidden in subqueries and expressions.
  ['CREATE inside EXISTS {}', 'MATCH (n) WHERE EXISTS { CREATE (m:Hacked) } RETURN n', 'refused'],
  ['CREATE inside COUNT {}', 'MATCH (n) RETURN COUNT { CREATE (m:Hacked) } AS c', 'refused'],
  ['MERGE inside COLLECT {}', 'RETURN COLLECT { MERGE (m:Hacked) RETURN m } AS c', 'refused'],
  ['SET in a nested CALL', 'CALL () { CALL () { MATCH (n) SET n.hacked = 1 RETURN n } RETURN n } RETURN count(n)', 'refused'],
  ['OPTIONAL CALL with a write', 'MATCH (n) OPTIONAL CALL (n) { SET n.hacked = 1 } RETURN n', 'refused'],
  ['write in CALL IN CONCURRENT TRANSACTIONS', 'UNWIND [1] AS x CALL (x) { CREATE (:Hacked) } IN CONCURRENT TRANSACTIONS', 'refused'],
  ['FOREACH inside a subquery', 'CALL () { MATCH (n) FOREACH (x IN [1] | SET n.hacked = x) } RETURN 1', 'refused'],
  ['DETACH DELETE inside UNION branch of a subquery', 'CALL () { MATCH (n) RETURN n UNION MATCH (n) DETACH DELETE n RETURN n } RETURN count(*)', 'refused'],
  ['dynamic label write', 'MATCH (n) SET n:$($l) RETURN n', 'refused'],
  ['write procedure from a parameter-built name', "CALL apoc.cypher.runWrite('CREATE (:Hacked)', {})", 'refused'],
  ['db.create.setNodeVectorProperty', "MATCH (n) CALL db.create.setNodeVectorProperty(n, 'v', [1.0]) RETURN n", 'refused'],
  ['FINISH after a write', 'CREATE (:Hacked) FINISH', 'refused'],
  ['INSERT (GQL synonym of CREATE)', 'INSERT (:Hacked)', 'refused'],
  // Comment and Unicode tricks.
  ['lower-case create', 'match (n) create (m:Hacked) return n', 'refused'],
  ['mixed-case merge', 'MaTcH (n) mErGe (m:Hacked) RETURN n', 'refused'],
  ['write after a string holding a comment opener', "RETURN '/*' AS a CREATE (m:Hacked) RETURN '*/' AS b", 'refused'],
  ['write after a string holding //', "RETURN 'http://x' AS u CREATE (m:Hacked)", 'refused'],
  ['escaped quote then a write', "RETURN 'it\\'s' AS s CREATE (m:Hacked)", 'refused'],
  ['double-quoted string then a write', 'RETURN "a\\"b" AS s CREATE (m:Hacked)', 'refused'],
  ['nested block comments', 'MATCH (n) /* /* */ CREATE (m:Hacked) /* */ RETURN n', 'refused'],
  ['write on the line after a comment with CR', 'MATCH (n) // x\rCREATE (m:Hacked) RETURN n', 'refused'],
  ['soft hyphen inside a keyword', 'CRE\u00ADATE (m:Hacked)', 'refused'],
  ['BOM before a write', '\uFEFFCREATE (m:Hacked)', 'refused'],
  ['non-breaking space before a write', 'MATCH (n)\u00A0CREATE (m:Hacked) RETURN n', 'refused'],
  ['Greek question mark as statement separator', 'RETURN 1 \u037E CREATE (m:Hacked)', 'refused'],
  ['fullwidth semicolon', 'RETURN 1 \uFF1B CREATE (m:Hacked)', 'refused'],
  ['Unicode escape in an identifier', 'MATCH (n) \\u0043REATE (m:Hacked)', 'refused'],
  ['soft hyphen in a procedure name', 'CALL dbms\u00AD.components()', 'refused'],
  ['combining mark on a keyword letter', 'CREA\u0301TE (m:Hacked)', 'refused'],
  ['backticked procedure namespace with a dot inside', 'CALL `dbms.components`()', 'refused'],
  // Very large results.
  ['ten million rows', 'UNWIND range(1, 10000000) AS x RETURN x', 'bounded'],
  ['a row per node pair', 'MATCH (a), (b) RETURN a.id, b.id', 'bounded'],
  ['every property of every node, many times', 'MATCH (n) UNWIND range(1, 100000) AS k RETURN n', 'bounded'],
  ['a huge list from a nested UNWIND', 'UNWIND range(1, 2000) AS x UNWIND range(1, 2000) AS y RETURN collect(x * y) AS xs', 'bounded'],
  ['a long string from repeated collect', 'UNWIND range(1, 200000) AS x WITH collect(toString(x)) AS xs RETURN xs', 'bounded'],
  // Cartesian and path explosions.
  ['seven-way cartesian product', 'MATCH (a), (b), (c), (d), (e), (f), (g) RETURN count(*) AS n', 'bounded'],
  ['cartesian product of UNWINDs', 'UNWIND range(1, 1000) AS x UNWIND range(1, 1000) AS y UNWIND range(1, 1000) AS z RETURN count(*) AS n', 'bounded'],
  ['unbounded variable-length paths', 'MATCH p = (a)-[*]-(b) RETURN count(p) AS n', 'bounded'],
  ['long variable-length paths, every row', 'MATCH p = (a)-[*1..12]-(b) RETURN p', 'bounded'],
  ['all shortest paths between all pairs', 'MATCH (a), (b) WHERE a <> b MATCH p = allShortestPaths((a)-[*]-(b)) RETURN p', 'bounded'],
  ['quantified path pattern explosion', 'MATCH (a) ((x)--(y)){1,15} (b) RETURN count(*) AS n', 'bounded'],
  ['full-text regex bomb', "CALL db.index.fulltext.queryNodes('entityNames', '/(.*a){20}/') YIELD node RETURN node", 'bounded'],
];

let srv: RunningServer;
let before: string;

beforeAll(async () => {
  srv = await fixtureServer({ consoleTimeoutMs: CONSOLE_TIMEOUT_MS, consoleRowCap: ROW_CAP, consoleRateLimit: 10_000 });
  before = await graphChecksum(testDriver()); // the server writes nothing on start
});
afterAll(async () => {
  await srv?.close();
  console.log(`[security] extra console escape attempts: ${ATTEMPTS.length}`);
});

describe('console escape attempts', () => {
  test.each(ATTEMPTS)('%s', async (_what, query, kind) => {
    const r = await postJson(srv.url, '/api/cypher', { query, params: { l: 'Hacked' } });
    if (kind === 'refused' || r.status !== 200) {
      expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(400);
      expect(r.type).toContain('application/problem+json');
      expect(REFUSAL_CODES).toContain(r.body.code);
      expect(r.body.detail).toMatch(/\w/);
    } else {
      // A bounded read: never more rows than the cap, never an unflagged cut, and no value beyond the caps.
      expect(r.body.rows.length).toBeLessThanOrEqual(ROW_CAP);
      expect(JSON.stringify(r.body).length).toBeLessThan(5_000_000);
    }
  });

  test('the database is unchanged, nothing was created, and the server still answers', async () => {
    expect(await graphChecksum(testDriver())).toBe(before);
    const hacked = await testDriver().executeQuery('MATCH (n) WHERE n:Hacked OR n.hacked IS NOT NULL RETURN count(n) AS n');
    expect(hacked.records[0].get('n').toNumber()).toBe(0);
    expect((await getJson(srv.url, '/api/health')).status).toBe(200);
  });
});
