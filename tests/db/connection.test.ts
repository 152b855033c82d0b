// connectNeo4j's remote path against the run's real Neo4j, and its one-sentence errors.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectNeo4j } from '../../db/connection.ts';
import { isAtlasError } from '../../model/errors.ts';
import { freePort } from '../../db/free-port.ts';
import { testUri } from '../setup/test-db.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atlas-connection-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(() => { throw new Error('expected a rejection'); }, (err: unknown) => err);
}

describe('connectNeo4j', () => {
  it('connects to a given server URI and reports it as not local', async () => {
    const handle = await connectNeo4j({ uri: testUri() });
    expect(handle.local).toBe(false);
    expect(handle.uri).toBe(testUri());
    const res = await handle.driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS v');
    expect(res.records[0].get('v')).toMatch(/^5\.26\./);
    await handle.close();
  });

  it('connects through NEO4J_URI with the neo4j:// scheme too', async () => {
    const handle = await connectNeo4j({ uri: testUri().replace(/^bolt:/, 'neo4j:') });
    await handle.driver.verifyConnectivity();
    await handle.close();
  });

  it('gives neo4j_unreachable with what to do when nothing answers', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const err = await rejection(connectNeo4j({ uri, attempts: 2 }));
    expect(isAtlasError(err, 'neo4j_unreachable')).toBe(true);
    expect((err as Error).message).toContain('docker compose up');
  });

  it('gives neo4j_port_in_use, naming NEO4J_PORT, when the local port is taken', async () => {
    const savedUri = process.env.NEO4J_URI;
    delete process.env.NEO4J_URI;
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', () => ok()));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const err = await rejection(connectNeo4j({ dataDir: join(scratch, 'busy-port'), port }));
      expect(isAtlasError(err, 'neo4j_port_in_use')).toBe(true);
      expect((err as Error).message).toContain('NEO4J_PORT');
    } finally {
      blocker.close();
      if (savedUri !== undefined) process.env.NEO4J_URI = savedUri;
    }
  });

  it('says what to install when Java is missing', async () => {
    const savedPath = process.env.PATH;
    const savedUri = process.env.NEO4J_URI;
    const emptyBin = join(scratch, 'empty-bin');
    mkdirSync(emptyBin);
    process.env.PATH = emptyBin;
    delete process.env.NEO4J_URI;
    try {
      const err = await rejection(connectNeo4j({ dataDir: join(scratch, 'data'), port: await freePort() }));
      expect(isAtlasError(err, 'neo4j_unavailable')).toBe(true);
      expect((err as Error).message).toMatch(/install Java 17\+ and Maven.*NEO4J_URI.*docker compose up/);
    } finally {
      process.env.PATH = savedPath;
      if (savedUri !== undefined) process.env.NEO4J_URI = savedUri;
    }
  });
});
