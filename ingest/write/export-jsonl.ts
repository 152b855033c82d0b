// Backup without neo4j-admin: the whole graph as JSON lines (see graph-lines.ts), so a graph moves
// between the local Neo4j and a server with `npm run backup -- FILE` / `npm run restore -- FILE`.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Driver } from 'neo4j-driver';
import { cypher } from '../../db/cypher-files.ts';
import { canonicalJson, graphLines, JSONL_FORMAT, JSONL_VERSION, type HeaderLine } from './graph-lines.ts';
import { fromValue } from './neo4j-values.ts';

export async function countGraph(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const r = (await session.run(cypher('count-all'))).records[0];
    return { nodes: fromValue(r.get('nodes')) as number, relationships: fromValue(r.get('relationships')) as number };
  } finally {
    await session.close();
  }
}

export async function exportJsonl(driver: Driver, file: string): Promise<{ nodes: number; relationships: number }> {
  const counts = await countGraph(driver);
  const out = createWriteStream(file, { encoding: 'utf8' });
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  const header: HeaderLine = { kind: 'header', format: JSONL_FORMAT, version: JSONL_VERSION, ...counts };
  let nodes = 0;
  let relationships = 0;
  try {
    await write(canonicalJson(header));
    for await (const line of graphLines(driver)) {
      if (line.kind === 'node') nodes++; else relationships++;
      await write(canonicalJson(line));
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  return { nodes, relationships };
}
