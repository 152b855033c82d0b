// The JSON-lines form of the graph shared by backup, restore and the graph checksum: one header line,
// then one line per node, then one per relationship, with object keys sorted so equal graphs give
// byte-equal files. Integral numbers are Neo4j integers on restore (the writer stores offsets and counts
// as integers and nothing it writes is an integral float).
import type { Driver } from 'neo4j-driver';
import { cypher } from '../../db/cypher-files.ts';
import { fromValue } from './neo4j-values.ts';

export const JSONL_FORMAT = 'atlas-of-accords-graph';
export const JSONL_VERSION = 1;

export interface HeaderLine { kind: 'header'; format: string; version: number; nodes: number; relationships: number }
export interface NodeLine { kind: 'node'; labels: string[]; props: Record<string, unknown> }
export interface RelationshipLine {
  kind: 'relationship'; type: string; start: string; end: string; props: Record<string, unknown>;
}
export type GraphLine = HeaderLine | NodeLine | RelationshipLine;

/** JSON with object keys sorted at every depth. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : v));
}

/** Streams node lines, then relationship lines, in a stable order. */
export async function* graphLines(driver: Driver): AsyncGenerator<NodeLine | RelationshipLine> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    for await (const r of session.run(cypher('export-nodes'))) {
      yield { kind: 'node', labels: [...(r.get('labels') as string[])].sort(), props: fromValue(r.get('props')) as Record<string, unknown> };
    }
    for await (const r of session.run(cypher('export-relationships'))) {
      yield {
        kind: 'relationship', type: r.get('type'), start: r.get('start'), end: r.get('end'),
        props: fromValue(r.get('props')) as Record<string, unknown>,
      };
    }
  } finally {
    await session.close();
  }
}
