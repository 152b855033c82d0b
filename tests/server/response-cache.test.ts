// The response cache on the real Neo4j: a hit resends the same bytes, a re-ingested changed document is
// seen at the next request, concurrent identical requests share one query, and the caps evict.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Express } from 'express';
import { writeDocument } from '../../ingest/write/write-document.ts';
import { startServer, type RunningServer } from '../../server/start-server.ts';
import type { ResponseCache } from '../../server/cache/response-cache.ts';
import { LruCache } from '../../server/cache/lru-cache.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { docA, docAEdited, docB, E } from '../write/fixtures.ts';

const driver = testDriver();
let srv: RunningServer;
let queries: string[] = [];

function cacheOf(s: RunningServer): ResponseCache {
  return ((s.server.listeners('request')[0] as Express).locals.responseCache) as ResponseCache;
}

beforeAll(async () => {
  await resetDatabase();
  for (const d of [docA(), docB()]) await writeDocument(driver, d.x, d.text);
  // A log stream that records the name of every query the server runs, to count them.
  const stream = { write: (line: string) => { const o = JSON.parse(line); if (o.msg === 'query') queries.push(o.query); } };
  srv = await startServer({
    driver, port: 0, signals: false, logger: pino({ level: 'info' }, stream),
    // Version checked on every request, so the invalidation test needs no waiting.
    options: { cacheVersionCheckMs: 0 },
  });
});
afterAll(async () => { await srv?.close(); });

describe('response cache', () => {
  test('a hit returns the identical body, an ETag and a 304 on revalidation', async () => {
    const url = `${srv.url}/api/networks/meetings`;
    const first = await fetch(url);
    const a = await first.text();
    expect(first.headers.get('x-cache')).toBe('miss');
    const second = await fetch(url);
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(await second.text()).toBe(a);
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    const etag = second.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    expect(second.headers.get('cache-control')).toBe('no-cache');
    const revalidated = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
  });

  test('different parameters are different entries', async () => {
    const a = await fetch(`${srv.url}/api/search?q=Johansson`);
    const b = await fetch(`${srv.url}/api/search?q=Nigeria`);
    expect(a.headers.get('x-cache')).toBe('miss');
    expect(b.headers.get('x-cache')).toBe('miss');
    expect(await a.text()).not.toBe(await b.text());
  });

  test('after a changed document is ingested the next request sees the new graph', async () => {
    const path = `/api/entities/${encodeURIComponent(E.pakistan.id)}`;
    const before = await fetch(srv.url + path);
    expect(before.status).toBe(200);
    expect((await fetch(srv.url + path)).headers.get('x-cache')).toBe('hit');
    const edited = docAEdited();
    await writeDocument(driver, edited.x, edited.text);
    // Pakistan left the graph with document A's old facts; errors are never cached, so no x-cache header.
    const after = await fetch(srv.url + path);
    expect(after.status).toBe(404);
    expect(after.headers.get('x-cache')).toBeNull();
  });

  test('concurrent identical requests run one query', async () => {
    const path = '/api/networks/agreements?limit=77';
    queries = [];
    const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(srv.url + path)));
    const outcomes = answers.map((r) => r.headers.get('x-cache'));
    const bodies = new Set(await Promise.all(answers.map((r) => r.text())));
    expect(outcomes.filter((o) => o === 'miss')).toHaveLength(1);
    expect(bodies.size).toBe(1);
    const networkQueries = queries.filter((q) => q !== 'graph-version');
    const perRequest = new Set(networkQueries).size;
    expect(networkQueries.length).toBe(perRequest);
    expect(cacheOf(srv).stats().shared + cacheOf(srv).stats().hits).toBeGreaterThanOrEqual(19);
  });

  test('entries past the caps are evicted', async () => {
    const small = await startServer({ driver, port: 0, signals: false, logger: pino({ level: 'silent' }), options: { cacheMaxEntries: 2 } });
    try {
      for (const q of ['a', 'b', 'c', 'd']) await fetch(`${small.url}/api/search?q=${q}`);
      const stats = cacheOf(small).stats();
      expect(stats.entries).toBe(2);
      expect(stats.evictions).toBe(2);
      expect((await fetch(`${small.url}/api/search?q=a`)).headers.get('x-cache')).toBe('miss');
      expect((await fetch(`${small.url}/api/search?q=d`)).headers.get('x-cache')).toBe('hit');
    } finally {
      await small.close();
    }
  });
});

describe('upload through this server', () => {
  test('is seen at once even with a long version interval', async () => {
    const corpusDir = mkdtempSync(join(tmpdir(), 'atlas-cache-upload-'));
    const saved = process.env.ATLAS_API_TOKEN;
    process.env.ATLAS_API_TOKEN = 'cache-test-token-0123456789';
    const s = await startServer({ driver, port: 0, signals: false, logger: pino({ level: 'silent' }), options: { corpusDir, cacheVersionCheckMs: 600_000 } });
    try {
      const before = await (await fetch(`${s.url}/api/documents`)).text();
      expect((await fetch(`${s.url}/api/documents`)).headers.get('x-cache')).toBe('hit');
      const up = await fetch(`${s.url}/api/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.ATLAS_API_TOKEN}` },
        body: JSON.stringify({ file: 'cache-note.txt', text: 'Commissioner Johansson met the Minister of Nigeria in Abuja on 3 May 2023.' }),
      });
      expect(up.status).toBe(201);
      const after = await fetch(`${s.url}/api/documents`);
      expect(after.headers.get('x-cache')).toBe('miss');
      expect(await after.text()).not.toBe(before);
    } finally {
      await s.close();
      if (saved === undefined) delete process.env.ATLAS_API_TOKEN; else process.env.ATLAS_API_TOKEN = saved;
      rmSync(corpusDir, { recursive: true, force: true });
    }
  });
});

describe('LruCache bounds', () => {
  const rows: [string, { maxEntries: number; maxBytes: number }, [string, number][], { entries: number; bytes: number; keys: string[] }][] = [
    ['entry cap evicts the least recently used', { maxEntries: 2, maxBytes: 1000 }, [['a', 1], ['b', 1], ['c', 1]], { entries: 2, bytes: 2, keys: ['b', 'c'] }],
    ['byte cap evicts until the total fits', { maxEntries: 10, maxBytes: 10 }, [['a', 4], ['b', 4], ['c', 4]], { entries: 2, bytes: 8, keys: ['b', 'c'] }],
    ['a value above the byte cap is not stored', { maxEntries: 10, maxBytes: 10 }, [['a', 4], ['huge', 11]], { entries: 1, bytes: 4, keys: ['a'] }],
    ['re-setting a key replaces its bytes', { maxEntries: 10, maxBytes: 10 }, [['a', 4], ['a', 6]], { entries: 1, bytes: 6, keys: ['a'] }],
  ];
  test.each(rows)('%s', (_name, limits, sets, expected) => {
    const lru = new LruCache<string>(limits);
    for (const [k, b] of sets) lru.set(k, k, b);
    expect(lru.stats()).toMatchObject({ entries: expected.entries, bytes: expected.bytes });
    expect(['a', 'b', 'c', 'huge'].filter((k) => lru.get(k) !== undefined)).toEqual(expected.keys);
  });
});
