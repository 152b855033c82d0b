// The global setup skips Neo4j only when no selected test file can reach it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliFilters, needsNeo4j } from '../setup/needs-neo4j.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-needs-neo4j-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, name, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return join(root, name);
}

// [case, files (t.test.ts is the test file), expected]
const rows: [string, Record<string, string>, boolean][] = [
  ['pure test', { 't.test.ts': "import { x } from './lib.ts';", 'lib.ts': 'export const x = /a/.exec("a");' }, false],
  ['imports test-db', { 't.test.ts': "import { testDriver } from './tests/setup/test-db.ts';", 'tests/setup/test-db.ts': '' }, true],
  ['reaches db/connection through a module', {
    't.test.ts': "import { start } from './server/start.ts';",
    'server/start.ts': "import { connectNeo4j } from '../db/connection.ts';",
    'db/connection.ts': '',
  }, true],
  ['uses neo4j-driver directly', { 't.test.ts': "import neo4j from 'neo4j-driver';" }, true],
  ['injects the URI', { 't.test.ts': "const uri = inject('neo4jUri');" }, true],
  ['spawns a child process', { 't.test.ts': "spawn(process.execPath, ['x']);" }, true],
  ['extensionless import to a pure module', { 't.test.ts': "import { y } from './dir';", 'dir/index.ts': 'export const y = 1;' }, false],
  ['import cycle without triggers', { 't.test.ts': "import './a.ts';", 'a.ts': "import './b.ts';", 'b.ts': "import './a.ts';" }, false],
];

describe('needsNeo4j', () => {
  rows.forEach(([name, files, expected], i) => {
    it(`${name} -> ${expected}`, () => {
      const dir = tree(`case-${i}`, files);
      expect(needsNeo4j([join(dir, 't.test.ts')], dir)).toBe(expected);
    });
  });
});

describe('cliFilters', () => {
  const argv: [string[], string[]][] = [
    [['node', 'vitest', 'run'], []],
    [['node', 'vitest', 'run', 'tests/link', 'tests/mentions'], ['tests/link', 'tests/mentions']],
    [['node', 'vitest', 'run', 'tests/e2e/x.test.ts', '-t', 'compare', '--reporter=dot'], ['tests/e2e/x.test.ts', 'compare']],
  ];
  argv.forEach(([args, expected]) => {
    it(args.slice(2).join(' ') || '(no arguments)', () => expect(cliFilters(args)).toEqual(expected));
  });
});
