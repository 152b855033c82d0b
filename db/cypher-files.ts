// Named Cypher queries: one parameterised query per cypher/<name>.cypher file, read once and cached.
// Comment lines (`//`) stay in the text; Neo4j ignores them and they help in query logs.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AtlasError } from '../model/errors.ts';

export const CYPHER_DIR = resolve(fileURLToPath(new URL('../cypher/', import.meta.url)));
/** Names are file stems: lower-case kebab-case, so a typo cannot escape the folder. */
const NAME_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const cache = new Map<string, string>();

/** Names of every query in cypher/ (schema.cypher included). */
export function cypherNames(): string[] {
  return readdirSync(CYPHER_DIR).filter((f) => f.endsWith('.cypher')).map((f) => f.slice(0, -'.cypher'.length)).sort();
}

/** The text of cypher/<name>.cypher. Throws AtlasError `unknown_query` listing the names there are. */
export function cypher(name: string): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  let text: string | undefined;
  if (NAME_PATTERN.test(name)) {
    try {
      text = readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    } catch {
      text = undefined;
    }
  }
  if (text === undefined) {
    const names = cypherNames();
    throw new AtlasError('unknown_query',
      `No query named "${name}": add cypher/${name}.cypher or use one of: ${names.join(', ')}.`, 500, { names });
  }
  cache.set(name, text);
  return text;
}

/** Splits a multi-statement file (like schema.cypher) into statements, dropping `//` comment lines. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
