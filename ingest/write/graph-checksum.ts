// sha256 of the canonical JSON lines of the whole graph: equal graphs (ids, labels, properties,
// relationships) give equal checksums, whatever order they were written in.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { canonicalJson, graphLines } from './graph-lines.ts';

export async function graphChecksum(driver: Driver): Promise<string> {
  const lines: string[] = [];
  for await (const line of graphLines(driver)) lines.push(canonicalJson(line));
  // Export order ties on equal keys (e.g. two nodes without id); sorting makes the sum order-free.
  lines.sort();
  const hash = createHash('sha256');
  for (const l of lines) hash.update(`${l}\n`);
  return hash.digest('hex');
}
