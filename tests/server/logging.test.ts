// Structured logs: each request line carries its id, each named query its name, duration and the id of
// the request that ran it; an unexpected failure is a 500 problem pointing at the log, never a stack trace.
import { Writable } from 'node:stream';
import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { beforeAll, expect, test } from 'vitest';
import { startServer } from '../../server/start-server.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { writeFixture } from './fixture.ts';
import { getJson } from './test-server.ts';

function capture(): { logger: pino.Logger; lines: Record<string, any>[] } {
  const lines: Record<string, any>[] = [];
  const sink = new Writable({ write(chunk, _enc, done) { for (const l of String(chunk).split('\n')) if (l) lines.push(JSON.parse(l)); done(); } });
  return { logger: pino({ level: 'info' }, sink), lines };
}

beforeAll(async () => {
  await resetDatabase();
  await writeFixture(testDriver());
});

test('request ids and query durations are logged', async () => {
  const { logger, lines } = capture();
  const srv = await startServer({ driver: testDriver(), port: 0, logger, signals: false });
  try {
    const r = await getJson(srv.url, '/api/search?q=khar', { headers: { 'x-request-id': 'test-req-1' } });
    expect(r.headers.get('x-request-id')).toBe('test-req-1');
    const query = lines.find((l) => l.query === 'search-entities');
    expect(query).toBeDefined();
    expect(typeof query!.ms).toBe('number');
    expect(JSON.stringify(query)).toContain('test-req-1');
    const done = lines.find((l) => l.res?.statusCode === 200 && l.req?.id === 'test-req-1');
    expect(typeof done?.responseTime).toBe('number');
  } finally {
    await srv.close();
  }
});

test('an unexpected error is a 500 problem with the request id and no stack', async () => {
  const { logger, lines } = capture();
  const broken = { session() { throw new Error('kaboom at /secret/path/file.js:12:3'); } } as unknown as Driver;
  const srv = await startServer({ driver: broken, port: 0, logger, signals: false });
  try {
    const r = await getJson(srv.url, '/api/stats');
    expect(r.status).toBe(500);
    expect(r.type).toContain('application/problem+json');
    expect(r.body.code).toBe('internal_error');
    expect(r.body.requestId).toBe(r.headers.get('x-request-id'));
    expect(JSON.stringify(r.body)).not.toMatch(/kaboom|secret|file\.js/);
    expect(lines.some((l) => l.err?.message?.includes('kaboom'))).toBe(true); // the log has it
  } finally {
    await srv.close();
  }
});
