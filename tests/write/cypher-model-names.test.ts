// The write-side Cypher files use only the labels and relationship types model/graph-model.ts defines.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../db/cypher-files.ts';
import { ENTITY_LABEL, NODE_LABELS, RELATIONSHIP_TYPES } from '../../model/graph-model.ts';

const WRITE_SIDE = /^(upsert-|delete-|clear-|entities-without-|import-|export-|read-document-state|read-entity-sources|update-entity-properties|count-all)/;
const files = readdirSync(CYPHER_DIR).filter((f) => f.endsWith('.cypher') && WRITE_SIDE.test(f));
const labels = new Set<string>([ENTITY_LABEL, ...Object.keys(NODE_LABELS)]);
const types = new Set<string>(Object.keys(RELATIONSHIP_TYPES));

function namesIn(text: string): { labels: string[]; types: string[] } {
  const code = text.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
  const rels = [...code.matchAll(/\[\s*\w*\s*:\s*([A-Za-z_|]+)/g)].flatMap((m) => m[1].split('|'));
  // Node labels: `(n:Label` or `(:Label|Other`, and `SET n:Label`.
  const nodes = [...code.matchAll(/\(\s*\w*\s*:\s*([A-Za-z_|]+)/g), ...code.matchAll(/\bSET\s+\w+:([A-Za-z_]+)/g)]
    .flatMap((m) => m[1].split('|'));
  return { labels: nodes, types: rels };
}

describe('write-side cypher uses the model', () => {
  it('finds the write-side files', () => {
    expect(files.length).toBeGreaterThan(15);
  });
  it.each(files)('%s', (file) => {
    const found = namesIn(readFileSync(`${CYPHER_DIR}/${file}`, 'utf8'));
    expect(found.labels.filter((l) => !labels.has(l))).toEqual([]);
    expect(found.types.filter((t) => !types.has(t))).toEqual([]);
  });
  it('detects a name the model lacks', () => {
    expect(namesIn('MATCH (a:Persn)-[:MEETS]->(b)').labels).toEqual(['Persn']);
    expect(namesIn('MATCH (a:Persn)-[:MEETS]->(b)').types).toEqual(['MEETS']);
  });
});
