// The read-only console on the real Neo4j: each attempt to write, administer, reach outside or exhaust
// the database is refused (or bounded) with a clear message, and the graph checksum is unchanged.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphChecksum } from '../../ingest/write/graph-checksum.ts';
import { explainCheck } from '../../server/console/console-runner.ts';
import type { RunningServer } from '../../server/start-server.ts';
import { testDriver } from '../setup/test-db.ts';
import { postJson, fixtureServer } from './test-server.ts';

/** Short, so the cartesian-product attempts end quickly; the default is 5 s. */
const TEST_CONSOLE_TIMEOUT_MS = 1_500;
const TEST_ROW_CAP = 100;

let srv: RunningServer;
let before: string;

beforeAll(async () => {
  srv = await fixtureServer({
    consoleTimeoutMs: TEST_CONSOLE_TIMEOUT_MS, consoleRowCap: TEST_ROW_CAP, consoleRateLimit: 10_000,
  });
  before = await graphChecksum(testDriver()); // the server writes nothing on start
});
afterAll(async () => { await srv?.close(); });

/** [what it tries, query, expected code, words the message must contain]. */
const REFUSALS: [string, string, string, RegExp][] = [
  ['create a node', 'CREATE (n:Hacked) RETURN n', 'query_refused', /CREATE writes/],
  ['merge a node', "MERGE (n:Person {id: 'person:evil'}) RETURN n", 'query_refused', /MERGE writes/],
  ['set a property', 'MATCH (n) SET n.hacked = true RETURN count(n)', 'query_refused', /SET writes/],
  ['set a label', 'MATCH (n:Person) SET n:Hacked', 'query_refused', /SET writes/],
  ['delete', 'MATCH ()-[m:MENTIONS]->() DELETE m', 'query_refused', /DELETE writes/],
  ['detach delete', 'MATCH (n) DETACH DELETE n', 'query_refused', /DELETE writes/],
  ['remove a property', 'MATCH (n:Person) REMOVE n.name', 'query_refused', /REMOVE writes/],
  ['remove a label', 'MATCH (n:Person) REMOVE n:Person', 'query_refused', /REMOVE writes/],
  ['foreach write', 'MATCH (n) FOREACH (x IN [1] | CREATE (:Hacked))', 'query_refused', /FOREACH|CREATE/],
  ['write hidden in a subquery', 'MATCH (n) CALL (n) { CREATE (m:Hacked) RETURN m } RETURN n', 'query_refused', /CREATE writes/],
  ['write hidden after UNION', 'MATCH (n) RETURN n.id AS x UNION MATCH (m) SET m.x = 1 RETURN m.id AS x', 'query_refused', /SET writes/],
  ['dbms.components', 'CALL dbms.components()', 'query_refused', /dbms/],
  ['dbms security procedure', "CALL dbms.security.createUser('eve', 'secret', false)", 'query_refused', /dbms/],
  ['kill queries', "MATCH (n) RETURN n.id AS x UNION CALL dbms.killQueries(['1']) YIELD queryId RETURN queryId AS x", 'query_refused', /dbms/],
  ['apoc', "CALL apoc.create.node(['Hacked'], {})", 'query_refused', /apoc/],
  ['db.createLabel', "CALL db.createLabel('Hacked')", 'query_refused', /not on the console's allow-list/],
  ['db.createProperty', "CALL db.createProperty('hacked')", 'query_refused', /allow-list/],
  ['drop the full-text index by procedure', "CALL db.index.fulltext.drop('entityNames')", 'query_refused', /allow-list/],
  ['clear caches', 'CALL db.clearQueryCaches()', 'query_refused', /allow-list/],
  ['transaction metadata', "CALL tx.setMetaData({who: 'eve'})", 'query_refused', /allow-list/],
  ['load csv from a file', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", 'query_refused', /LOAD CSV/],
  ['load csv from a url', "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row", 'query_refused', /LOAD CSV/],
  ['call in transactions', 'MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS OF 10 ROWS', 'query_refused', /SET writes|IN TRANSACTIONS/],
  ['read-only call in transactions', 'UNWIND [1,2] AS x CALL (x) { RETURN x AS y } IN TRANSACTIONS RETURN y', 'query_refused', /IN TRANSACTIONS/],
  ['periodic commit', "USING PERIODIC COMMIT 10 LOAD CSV FROM 'file:///x' AS r RETURN r", 'query_refused', /LOAD CSV|PERIODIC/],
  ['create index', 'CREATE INDEX hacked FOR (n:Person) ON (n.hacked)', 'query_refused', /CREATE/],
  ['drop index', 'DROP INDEX person_name', 'query_refused', /DROP/],
  ['create constraint', 'CREATE CONSTRAINT hacked FOR (n:Hacked) REQUIRE n.id IS UNIQUE', 'query_refused', /CREATE/],
  ['show users', 'SHOW USERS', 'query_refused', /SHOW/],
  ['show databases', 'SHOW DATABASES', 'query_refused', /SHOW/],
  ['show transactions', 'SHOW TRANSACTIONS YIELD transactionId RETURN transactionId', 'query_refused', /SHOW/],
  ['terminate transactions', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'query_refused', /TERMINATE/],
  ['create database', 'CREATE DATABASE evil', 'query_refused', /CREATE/],
  ['stop database', 'STOP DATABASE neo4j', 'query_refused', /STOP DATABASE|admin/],
  ['grant role', 'GRANT ROLE admin TO neo4j', 'query_refused', /privileges/],
  ['alter user', "ALTER USER neo4j SET PASSWORD 'x'", 'query_refused', /ALTER|SET/],
  ['switch database', 'USE system SHOW USERS', 'query_refused', /USE|SHOW/],
  ['two statements', 'MATCH (n) RETURN n; MATCH (m) RETURN m', 'query_refused', /more than one statement/],
  ['write after a line comment', 'MATCH (n) // only reading\nCREATE (m:Hacked)', 'query_refused', /CREATE writes/],
  ['write after a block comment', 'MATCH (n) /* read */ CREATE (m:Hacked) RETURN n', 'query_refused', /CREATE writes/],
  ['keyword split by a comment', 'CRE/**/ATE (m:Hacked)', 'invalid_query', /Neo4j cannot run this query/],
  ['unclosed comment', 'MATCH (n) RETURN n /* CREATE (m)', 'query_refused', /never closed/],
  ['unclosed string', "MATCH (n) WHERE n.name = 'x RETURN n", 'query_refused', /never closed/],
  ['zero-width space in a keyword', 'CRE\u200BATE (m:Hacked)', 'query_refused', /U\+200B/],
  ['bidi override', 'MATCH (n) RETURN n \u202E)m( ETAERC', 'query_refused', /U\+202E/],
  ['line separator', 'MATCH (n) RETURN n\u2028CREATE (m)', 'query_refused', /U\+2028/],
  ['NUL byte', 'MATCH (n) RETURN n\u0000', 'query_refused', /U\+0000/],
  ['fullwidth keyword', 'ＣＲＥＡＴＥ (m:Hacked)', 'query_refused', /CREATE writes/],
  ['Cyrillic look-alike', 'MATCH (n) \u0421REATE (m)', 'query_refused', /non-ASCII/],
  ['backtick-quoted procedure', 'CALL `dbms`.`components`()', 'query_refused', /dbms/],
  ['explain prefix', 'EXPLAIN MATCH (n) RETURN n', 'query_refused', /EXPLAIN/],
  ['profile prefix', 'PROFILE MATCH (n) RETURN n', 'query_refused', /EXPLAIN|PROFILE/],
  ['syntax error', 'MATCH (n RETURN n', 'invalid_query', /fix it/],
  ['empty', '   ', 'query_refused', /empty/],
  ['cartesian explosion', 'MATCH (a), (b), (c), (d), (e), (f) WHERE a.id <> f.id RETURN count(*)', 'query_timeout', /add a LIMIT/],
  ['reduce over a huge range', 'RETURN reduce(s = 0, x IN range(1, 300000000) | s + x) AS n', 'query_refused', /reduce\(\) loops/],
  ['list comprehension over a huge range', 'RETURN size([x IN range(1, 100000000) WHERE x % 2 = 0 | x * 2]) AS n', 'query_refused', /list comprehension/],
  ['range outside UNWIND', 'RETURN size(range(1, 300000000)) AS n', 'query_refused', /range\(\)/],
  ['string doubling chain (killed Neo4j before the guard)', "WITH 'xxxxxxxxxx' AS s " + Array.from({ length: 9 }, () => 'WITH s+s+s+s+s+s+s+s+s+s AS s').join(' ') + ' RETURN size(s) AS n', 'query_refused', /\+ operators/],
  ['replace chain', "WITH 'x' AS s WITH replace(s, 'x', 'xxxxxxxxxxxxxxxxxxxx') AS s RETURN size(s) AS n", 'query_refused', /replace\(\)/],
  ['unbounded range', 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)', 'query_timeout', /stopped after/],
];

describe('console refusals', () => {
  test.each(REFUSALS)('refuses: %s', async (_what, query, code, message) => {
    const r = await postJson(srv.url, '/api/cypher', { query });
    expect(r.status).toBe(400);
    expect(r.type).toContain('application/problem+json');
    expect(r.body.code).toBe(code);
    expect(r.body.detail).toMatch(message);
    expect(JSON.stringify(r.body)).not.toMatch(/\s+at\s+\S+\.(ts|js):\d+/); // no stack trace
  });

  test('the database is unchanged after every attempt', async () => {
    expect(REFUSALS.length).toBeGreaterThanOrEqual(30);
    expect(await graphChecksum(testDriver())).toBe(before);
  });
});

describe('EXPLAIN check on its own (what Neo4j plans, past the keyword guard)', () => {
  test.each([
    ['CREATE (n:Hacked)', /plans it as a write/],
    ['MATCH (n) SET n.x = 1', /plans it as a write/],
    ['CREATE INDEX hacked2 FOR (n:Person) ON (n.hacked)', /schema/],
    ['CALL db.createLabel("X")', /write|allow-list/],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LoadCSV/],
  ])('%s', async (query, message) => {
    await expect(explainCheck(testDriver(), query, {})).rejects.toThrow(message);
    expect(await graphChecksum(testDriver())).toBe(before);
  });
});

describe('console reads', () => {
  test('rows and graph elements', async () => {
    const r = await postJson(srv.url, '/api/cypher', { query: 'MATCH (p:Person)-[r:PARTICIPATED_IN]->(m:Meeting) RETURN p, r, m ORDER BY p.id' });
    expect(r.status).toBe(200);
    expect(r.body.columns).toEqual(['p', 'r', 'm']);
    expect(r.body.rows.length).toBeGreaterThan(0);
    expect(r.body.truncated).toBe(false);
    expect(typeof r.body.ms).toBe('number');
    const ids = r.body.elements.nodes.map((n: any) => n.data.id);
    expect(ids).toContain('person:ylva-johansson');
    expect(r.body.elements.edges[0].data.type).toBe('PARTICIPATED_IN');
    expect(ids).toContain(r.body.elements.edges[0].data.source);
  });

  test('scalar rows have no elements; keywords inside strings and map keys are fine', async () => {
    const r = await postJson(srv.url, '/api/cypher', { query: "RETURN 'CREATE (n) LOAD CSV' AS text, {set: 1, delete: 2} AS m, 3 AS n" });
    expect(r.status).toBe(200);
    expect(r.body.rows).toEqual([{ text: 'CREATE (n) LOAD CSV', m: { set: 1, delete: 2 }, n: 3 }]);
    expect(r.body.elements).toBeUndefined();
  });

  test('parameters are values, never code', async () => {
    const r = await postJson(srv.url, '/api/cypher', {
      query: 'MATCH (p:Person) WHERE p.id = $id OR p.name = $name RETURN p.name AS name LIMIT $n',
      params: { id: 'person:ylva-johansson', name: "x' CREATE (m:Hacked) //", n: 5 },
    });
    expect(r.status).toBe(200);
    expect(r.body.rows).toEqual([{ name: 'Ylva Johansson' }]);
  });

  test('a huge value is cut and flagged', async () => {
    const r = await postJson(srv.url, '/api/cypher', { query: 'UNWIND range(1, 50000) AS x RETURN collect(x) AS xs' });
    expect(r.status).toBe(200);
    expect(r.body.rows[0].xs).toHaveLength(10_000);
    expect(r.body.truncated).toBe(true);
  });

  test('a few + operators are fine', async () => {
    const r = await postJson(srv.url, '/api/cypher', { query: "MATCH (p:Person) RETURN p.name + ' (' + p.side + ')' AS label ORDER BY label LIMIT 1" });
    expect(r.status).toBe(200);
    expect(r.body.rows[0].label).toBe('Hina Rabbani Khar (third_country)');
  });

  test('allow-listed procedures run', async () => {
    const r = await postJson(srv.url, '/api/cypher', { query: 'CALL db.labels() YIELD label RETURN label ORDER BY label' });
    expect(r.status).toBe(200);
    expect(r.body.rows.map((x: any) => x.label)).toContain('Person');
  });

  test('a huge result is cut at the row cap and flagged', async () => {
    const r = await postJson(srv.url, '/api/cypher', { query: 'UNWIND range(1, 100000) AS x RETURN x' });
    expect(r.status).toBe(200);
    expect(r.body.rows).toHaveLength(TEST_ROW_CAP);
    expect(r.body.truncated).toBe(true);
  });

  test('body validation lists the invalid fields', async () => {
    const r = await postJson(srv.url, '/api/cypher', { params: { 'bad name': 1 } });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('invalid_parameters');
    expect(r.body.errors.map((e: any) => e.path).sort()).toEqual(['params.bad name', 'query']);
  });

  test('still unchanged after the reads', async () => {
    expect(await graphChecksum(testDriver())).toBe(before);
  });
});
