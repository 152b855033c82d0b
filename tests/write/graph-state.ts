// Reading the graph back for assertions: a checksum of everything plus a few readable projections.
import type { Driver } from 'neo4j-driver';
import { graphChecksum } from '../../ingest/write/graph-checksum.ts';
import { fromValue } from '../../ingest/write/neo4j-values.ts';

export { graphChecksum };

export async function query<T = Record<string, unknown>>(driver: Driver, q: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const res = await driver.executeQuery(q, params);
  return res.records.map((r) => fromValue(r.toObject()) as T);
}

export async function entityIds(driver: Driver): Promise<string[]> {
  return (await query<{ id: string }>(driver, 'MATCH (e:Entity) RETURN e.id AS id ORDER BY id')).map((r) => r.id);
}

export async function entity(driver: Driver, id: string): Promise<Record<string, unknown> | undefined> {
  const rows = await query<{ e: Record<string, unknown> }>(driver, 'MATCH (e:Entity {id: $id}) RETURN e {.*, labels: labels(e)} AS e', { id });
  return rows[0]?.e;
}

export async function counts(driver: Driver): Promise<Record<string, number>> {
  const rows = await query<{ label: string; n: number }>(driver, 'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n');
  const rels = await query<{ type: string; n: number }>(driver, 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n');
  return Object.fromEntries([...rows.map((r) => [r.label, r.n]), ...rels.map((r) => [r.type, r.n])]);
}
