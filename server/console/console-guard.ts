// First line of the read-only console's defence, before Neo4j sees the query: no invisible characters,
// one statement, no write, admin or outreaching keyword, and only allow-listed procedures. Comments and
// string literals are stripped first so a keyword inside a string is harmless and one hidden in a
// comment cannot split a word. Pure; the EXPLAIN check in console-runner.ts is the second line.
import { AtlasError } from '../../model/errors.ts';

/** Procedures a reader may call: schema introspection and the full-text index. Nothing that writes or reaches out. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels', 'db.relationshiptypes', 'db.propertykeys', 'db.schema.visualization',
  'db.schema.nodetypeproperties', 'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes', 'db.index.fulltext.queryrelationships',
]);

/** Longest query accepted; a hand-written analysis fits comfortably. */
export const MAX_QUERY_LENGTH = 20_000;

/**
 * `+` operators a query may hold. Each can double a string or list inside one row, which Neo4j neither
 * times out nor counts against its transaction memory: nine `WITH s+s+...+s AS s` clauses (a 10^10-char
 * string) killed Neo4j's JVM in our tests. With 8, growth is at most 3^4 = 81-fold.
 */
export const MAX_PLUS_OPERATORS = 8;

/** Keywords (as whole words outside strings and comments) that write, administer or reach outside the graph. */
const FORBIDDEN_WORDS: [RegExp, string][] = [
  [/\bCREATE\b/, 'CREATE writes'], [/\bMERGE\b/, 'MERGE writes'], [/\bSET\b/, 'SET writes'],
  [/\bDELETE\b/, 'DELETE writes'], [/\bDETACH\b/, 'DETACH DELETE writes'], [/\bREMOVE\b/, 'REMOVE writes'],
  [/\bFOREACH\b/, 'FOREACH is for writes'], [/\bDROP\b/, 'DROP changes the schema'],
  [/\bALTER\b/, 'ALTER is an admin command'], [/\bRENAME\b/, 'RENAME is an admin command'],
  [/\bGRANT\b|\bREVOKE\b|\bDENY\b/, 'privileges are admin commands'],
  [/\bSHOW\b/, 'SHOW commands are admin commands'], [/\bTERMINATE\b/, 'TERMINATE is an admin command'],
  [/\bENABLE\b|\bDEALLOCATE\b|\bREALLOCATE\b/, 'server management is admin'],
  [/\bSTART\s+DATABASE\b|\bSTOP\s+DATABASE\b/, 'starting or stopping databases is admin'],
  [/\bUSE\b/, 'USE switches database; the console reads this graph only'],
  [/\bLOAD\b/, 'LOAD CSV reads files or URLs outside the graph'],
  [/\bPERIODIC\b/, 'USING PERIODIC COMMIT batches writes'],
  [/\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/, 'CALL { ... } IN TRANSACTIONS batches writes'],
  [/\bDBMS\b/, 'dbms.* procedures administer the server'],
  [/\bAPOC\b/, 'apoc procedures are not offered'], [/\bGDS\b/, 'gds procedures are not offered'],
  [/\bEXPLAIN\b|\bPROFILE\b/, 'the console adds EXPLAIN itself; send the plain query'],
];

export function refuse(reason: string, next = 'the console runs read-only queries such as MATCH (n:Person) RETURN n LIMIT 25'): AtlasError {
  return new AtlasError('query_refused', `Query refused: ${reason}; ${next}.`, 400);
}

/** Invisible, bidirectional and control characters: they can make a query read differently than it runs. */
const SUSPICIOUS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]/u;

/**
 * The query with comments removed, string literals emptied and backtick identifiers unquoted (so
 * `` `dbms`.`x` `` reads as dbms.x), normalised (NFKC) and upper-cased. Throws on unterminated quotes.
 */
export function codeOnly(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const c = query[i];
    const next = query[i + 1];
    if (c === '/' && next === '/') {
      const nl = query.indexOf('\n', i);
      i = nl < 0 ? query.length : nl;
      out += ' ';
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      if (end < 0) throw refuse('a /* comment is never closed', 'close it with */ or remove it');
      i = end + 2;
      out += ' ';
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < query.length && query[j] !== c) j += query[j] === '\\' ? 2 : 1;
      if (j >= query.length) throw refuse('a string literal is never closed', `close it with ${c}`);
      out += `${c}${c}`;
      i = j + 1;
    } else if (c === '`') {
      const end = query.indexOf('`', i + 1);
      if (end < 0) throw refuse('a `quoted name` is never closed', 'close it with `');
      out += ` ${query.slice(i + 1, end).replace(/[^\p{L}\p{N}_.]/gu, '_')} `;
      i = end + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out.normalize('NFKC').toUpperCase();
}

/** Throws `query_refused` with the reason, or returns normally when the query may go on to EXPLAIN. */
export function checkConsoleQuery(query: string): void {
  if (!query.trim()) throw refuse('it is empty');
  if (query.length > MAX_QUERY_LENGTH) throw refuse(`it is longer than ${MAX_QUERY_LENGTH} characters`, 'shorten it');
  const bad = SUSPICIOUS.exec(query);
  if (bad) {
    const cp = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw refuse(`it contains an invisible or control character (U+${cp} at offset ${bad.index})`, 'retype it as plain text');
  }
  const code = codeOnly(query);
  if (/;\s*\S/.test(code)) throw refuse('it holds more than one statement', 'send one statement at a time');
  // Outside strings a query must be ASCII: look-alike letters can hide a keyword from a reader.
  const foreign = /[^\x00-\x7F]/.exec(code);
  if (foreign) throw refuse(`it uses the non-ASCII character "${foreign[0]}" outside a string`, 'use plain ASCII names, or quote text in a string');
  for (const [pattern, why] of FORBIDDEN_WORDS) {
    // A keyword-looking property key (n.set) or map key ({set: 1}) is a name, not a clause.
    const re = new RegExp(`(?<![.$\\w])(?:${pattern.source})(?!\\s*:[^:])`);
    if (re.test(code)) throw refuse(why);
  }
  // Neo4j checks its timeout between rows, not inside one expression: reduce() or a list comprehension over
  // range(1, 300000000) ran 50 s past a 1.5 s timeout, and one comprehension ran Neo4j out of heap in our
  // tests. So expression loops are refused, and range() may only feed UNWIND, whose rows are interruptible.
  if (/\bREDUCE\s*\(/.test(code)) throw refuse('reduce() loops inside one expression, where the timeout cannot stop it', 'UNWIND the list and aggregate with WITH ... sum()/collect() instead');
  if (/\[\s*[A-Z_]\w*\s+IN\b/.test(code)) throw refuse('a list comprehension loops inside one expression, where the timeout cannot stop it', 'UNWIND the list and filter with WHERE instead');
  const plus = (code.match(/\+/g) ?? []).length;
  if (plus > MAX_PLUS_OPERATORS) {
    throw refuse(`it has ${plus} + operators (at most ${MAX_PLUS_OPERATORS}: each can double a string or list beyond what Neo4j bounds)`, 'concatenate fewer values, or return them as separate columns');
  }
  if (/\bREPLACE\s*\(/.test(code)) throw refuse('replace() can multiply a string\'s length beyond what Neo4j bounds', 'return the text and replace in the client');
  for (const m of code.matchAll(/\bRANGE\s*\(/g)) {
    if (!/\bUNWIND\s*$/.test(code.slice(0, m.index))) {
      throw refuse('range() builds its whole list inside one expression', 'use it only as UNWIND range(a, b) AS x, whose rows the timeout can stop');
    }
  }
  for (const m of code.matchAll(/\bCALL\s+([A-Z_][\w.]*)/g)) {
    const name = m[1].toLowerCase().replace(/\s+/g, '');
    if (!ALLOWED_PROCEDURES.has(name)) {
      throw refuse(`procedure ${name} is not on the console's allow-list`, `callable are ${[...ALLOWED_PROCEDURES].join(', ')}`);
    }
  }
}
