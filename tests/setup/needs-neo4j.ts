// Whether any selected test file can reach Neo4j, so a focused run of pure unit tests (extraction,
// linking, dates) starts no JVM on a shared 2-core machine. Conservative: it walks the relative
// imports from each test file and says yes on any sign of a database or a child process.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Modules that open a connection or hand out the test server's URI. */
const TRIGGER_MODULES = ['tests/setup/test-db.ts', 'db/connection.ts', 'db/local-neo4j.ts'];
/** Text that means a file talks to Neo4j or may start something that does. */
const TRIGGER_TEXT = [
  /from\s+['"]neo4j-driver['"]/,
  /\binject\(/,
  /NEO4J_/,
  /(?<![.\w])(?:spawn|spawnSync|execFile|execFileSync|execSync|exec|fork)\(/, // not RegExp#exec
];
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, join(base, 'index.ts')].find((p) => p.endsWith('.ts') && existsSync(p));
}

export function needsNeo4j(testFiles: readonly string[], repoRoot: string): boolean {
  const seen = new Set<string>();
  const stack = testFiles.map((f) => resolve(f));
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (TRIGGER_MODULES.includes(relative(repoRoot, file).split('\\').join('/'))) return true;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return true; // unreadable: do not guess
    }
    if (TRIGGER_TEXT.some((re) => re.test(text))) return true;
    for (const m of text.matchAll(IMPORT)) {
      const target = resolveImport(file, m[1]);
      if (target && !target.includes('/node_modules/')) stack.push(target);
    }
  }
  return false;
}

/** Positional arguments of the vitest command line: its file filters, plus harmless extras. */
export function cliFilters(argv: readonly string[]): string[] {
  const COMMANDS = new Set(['run', 'watch', 'dev', 'related', 'bench']);
  return argv.slice(2).filter((a) => !a.startsWith('-') && !COMMANDS.has(a));
}
