import { describe, expect, it } from 'vitest';
import { cypher, cypherNames, cypherStatements } from '../../db/cypher-files.ts';
import { isAtlasError } from '../../model/errors.ts';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

describe('named Cypher queries', () => {
  it('loads a query by file stem and caches it', () => {
    const text = cypher('reset-database');
    expect(text).toContain('DETACH DELETE');
    expect(cypher('reset-database')).toBe(text);
  });

  const unknown: [string][] = [['no-such-query'], ['../package'], ['Reset-Database'], ['']];
  for (const [name] of unknown) {
    it(`rejects ${JSON.stringify(name)} with unknown_query listing the names`, () => {
      const err = thrown(() => cypher(name));
      expect(isAtlasError(err, 'unknown_query')).toBe(true);
      expect((err as Error).message).toContain('reset-database');
      expect((err as { details: { names: string[] } }).details.names).toEqual(cypherNames());
    });
  }

  it('splits schema.cypher into statements without comments', () => {
    const statements = cypherStatements('schema');
    expect(statements.length).toBeGreaterThan(10);
    expect(statements.every((s) => s.startsWith('CREATE ') && !s.includes('//'))).toBe(true);
  });
});
