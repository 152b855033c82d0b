// cypher/schema.cypher must say exactly what model/graph-model.ts says: every label key constrained
// (plus Entity.id), every indexed property range-indexed, the entityNames full-text index, nothing else.
import { describe, expect, it } from 'vitest';
import { ENTITY_LABEL, NODE_LABELS } from '../../model/graph-model.ts';
import { cypherStatements } from '../../db/cypher-files.ts';

type Parsed = { kind: 'unique' | 'range' | 'fulltext'; name: string; target: string };

const FORMS: [RegExp, (m: RegExpExecArray) => Parsed][] = [
  [/^CREATE CONSTRAINT (\w+) IF NOT EXISTS FOR \(n:(\w+)\) REQUIRE n\.(\w+) IS UNIQUE$/,
    (m) => ({ kind: 'unique', name: m[1], target: `${m[2]}.${m[3]}` })],
  [/^CREATE INDEX (\w+) IF NOT EXISTS FOR \(n:(\w+)\) ON \(n\.(\w+)\)$/,
    (m) => ({ kind: 'range', name: m[1], target: `${m[2]}.${m[3]}` })],
  [/^CREATE FULLTEXT INDEX (\w+) IF NOT EXISTS FOR \(n:(\w+)\) ON EACH \[([^\]]+)\]$/,
    (m) => ({ kind: 'fulltext', name: m[1], target: `${m[2]}:${m[3].replace(/n\./g, '').replace(/\s+/g, '')}` })],
];

function parse(statement: string): Parsed | undefined {
  const flat = statement.replace(/\s+/g, ' ').trim();
  for (const [re, build] of FORMS) {
    const m = re.exec(flat);
    if (m) return build(m);
  }
  return undefined;
}

const parsed = cypherStatements('schema').map((s) => ({ statement: s, parsed: parse(s) }));
const targets = (kind: Parsed['kind']) => parsed.filter((p) => p.parsed?.kind === kind).map((p) => p.parsed!.target).sort();

describe('cypher/schema.cypher agrees with the graph model', () => {
  it('has only statements of the known IF NOT EXISTS forms', () => {
    expect(parsed.filter((p) => !p.parsed).map((p) => p.statement)).toEqual([]);
  });

  it('constrains every label key and Entity.id, and nothing else', () => {
    const expected = [
      `${ENTITY_LABEL}.id`,
      ...Object.values(NODE_LABELS).flatMap((spec) => spec.keys.map((k) => `${spec.label}.${k}`)),
    ].sort();
    expect(targets('unique')).toEqual(expected);
  });

  it('range-indexes every indexed property, and nothing else', () => {
    const expected = Object.values(NODE_LABELS).flatMap((spec) => spec.indexed.map((p) => `${spec.label}.${p}`)).sort();
    expect(targets('range')).toEqual(expected);
  });

  it('has the entityNames full-text index over Entity name and aliasText', () => {
    expect(parsed.filter((p) => p.parsed?.kind === 'fulltext').map((p) => `${p.parsed!.name}=${p.parsed!.target}`))
      .toEqual(['entityNames=Entity:name,aliasText']);
  });

  it('names every constraint and index once', () => {
    const names = parsed.map((p) => p.parsed?.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
