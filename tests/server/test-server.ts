// Starts the real server over the test Neo4j on a free port, quiet unless LOG_LEVEL is set.
import pino from 'pino';
import type { Driver } from 'neo4j-driver';
import type { ServerOptions } from '../../server/config.ts';
import { startServer, type RunningServer } from '../../server/start-server.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { writeFixture } from './fixture.ts';

export async function testServer(driver: Driver, options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  return startServer({ driver, port: 0, logger: pino({ level: process.env.LOG_LEVEL ?? 'silent' }), options, signals: false });
}

/** The usual start of a server test file: an emptied test database holding only the fixture graph, and
 * the server over it. */
export async function fixtureServer(options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  await resetDatabase();
  await writeFixture(testDriver());
  return testServer(testDriver(), options);
}

export async function getJson(base: string, path: string, init?: RequestInit): Promise<{ status: number; type: string; body: any; headers: Headers }> {
  const res = await fetch(base + path, init);
  const type = res.headers.get('content-type') ?? '';
  const text = await res.text();
  return { status: res.status, type, body: type.includes('json') ? JSON.parse(text) : text, headers: res.headers };
}

export function postJson(base: string, path: string, body: unknown) {
  return getJson(base, path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}
