// Backup and restore without neo4j-admin: export, empty, import gives back the same graph, byte for byte
// in its canonical form, with integers still integers.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { applySchema } from '../../db/apply-schema.ts';
import { isAtlasError } from '../../model/errors.ts';
import { exportJsonl } from '../../ingest/write/export-jsonl.ts';
import { importJsonl } from '../../ingest/write/import-jsonl.ts';
import { writeDocument } from '../../ingest/write/write-document.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { docA, docB } from './fixtures.ts';
import { counts, graphChecksum, query } from './graph-state.ts';

const driver = testDriver();
const dir = mkdtempSync(join(tmpdir(), 'atlas-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('JSONL backup and restore', () => {
  beforeEach(async () => {
    await applySchema(driver);
    await resetDatabase(driver);
    for (const d of [docA(), docB()]) await writeDocument(driver, d.x, d.text);
  });

  it('round-trips the graph', async () => {
    const before = await graphChecksum(driver);
    const beforeCounts = await counts(driver);
    const file = join(dir, 'graph.jsonl');
    const exported = await exportJsonl(driver, file);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.length).toBe(1 + exported.nodes + exported.relationships);
    expect(JSON.parse(lines[0])).toMatchObject({ kind: 'header', nodes: exported.nodes, relationships: exported.relationships });

    await resetDatabase(driver);
    expect(await importJsonl(driver, file)).toEqual(exported);
    expect(await counts(driver)).toEqual(beforeCounts);
    expect(await graphChecksum(driver)).toBe(before);
    // Offsets come back as Neo4j integers, not floats, so Cypher arithmetic and SKIP/LIMIT keep working.
    const [row] = await query<{ t: string }>(driver, 'MATCH ()-[m:MENTIONS]->() RETURN valueType(m.start) AS t LIMIT 1');
    expect(row.t).toBe('INTEGER NOT NULL');
    // And writing on top of a restored graph still recognises unchanged documents.
    expect((await writeDocument(driver, docA().x, docA().text)).status).toBe('unchanged');
  });

  it('refuses a non-empty database unless told to replace it', async () => {
    const file = join(dir, 'graph2.jsonl');
    await exportJsonl(driver, file);
    const before = await graphChecksum(driver);
    const err = await importJsonl(driver, file).catch((e: unknown) => e);
    expect(isAtlasError(err, 'database_not_empty')).toBe(true);
    await importJsonl(driver, file, { replace: true });
    expect(await graphChecksum(driver)).toBe(before);
  });

  it('rejects a file that is not a backup, naming the line', async () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"kind":"header","format":"atlas-of-accords-graph","version":1}\nnot json\n');
    await resetDatabase(driver);
    const err = await importJsonl(driver, file).catch((e: unknown) => e);
    expect(isAtlasError(err, 'backup_unreadable')).toBe(true);
    expect((err as Error).message).toContain('Line 2');
  });
});
