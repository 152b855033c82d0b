// Property test of every API parameter: each route of the registry (path and query parameters read from
// its zod schemas, so a new parameter is covered without editing this file) and the console body get
// hostile values — any Unicode, control characters, very long strings, deeply nested brackets, Lucene
// and Cypher syntax. No answer may be a 5xx, every error is a problem+json, and the server stays up.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { ALL_ROUTES } from '../../server/registry/all-routes.ts';
import type { RunningServer } from '../../server/start-server.ts';
import { getJson, fixtureServer } from '../server/test-server.ts';

/** Cases per route: ~15 routes x this stays around a thousand requests on a 2-core machine. */
const RUNS_PER_ROUTE = 60;
/** Far beyond any real id or filter, under Node's 16 kB header limit once percent-encoded. */
const LONG = 3_000;
/** Deep enough to break a naive recursive parser. */
const DEPTH = 2_000;
/** The fast-check seed is printed on failure; fixed so a failure reproduces. */
const SEED = 20261201;

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }), // any code point, lone surrogates included
  fc.string({ unit: fc.constantFrom('\u0000', '\u0007', '\b', '\t', '\n', '\r', '\u001b', '\u007f', '\u200b', '\u202e', '\ufeff'), maxLength: 20 }),
  fc.constantFrom('(', '[', '{', '"', '*', '\\', 'AND (', '"(').map((b) => b.repeat(DEPTH)),
  fc.integer({ min: 1, max: LONG }).map((n) => 'a'.repeat(n)),
  fc.constantFrom('../../etc/passwd', '..%2F..%2Fetc', '%00', "' OR 1=1 --", '}) MATCH (n) DETACH DELETE n //', '-1', '1e309',
    'NaN', '0x10', '2019-13-45', '99999-01', '*:*', 'a~99', '/.*/', '<script>alert(1)</script>', '__proto__', 'constructor'),
  fc.integer({ min: -1e12, max: 1e12 }).map(String),
);

let srv: RunningServer;
let requests = 0;
/** Requests Node refused as too large (431): counted, so the report shows how many reached the app. */
let oversizedHeaders = 0;

beforeAll(async () => {
  // Rate limits are covered elsewhere; here they would only turn fuzz cases into 429s.
  srv = await fixtureServer({ rateLimit: 1_000_000, consoleRateLimit: 1_000_000, consoleTimeoutMs: 2_000 });
});
afterAll(async () => {
  await srv?.close();
  console.log(`[security] hostile API requests sent: ${requests} (${oversizedHeaders} refused by Node as over 16 kB of headers)`);
});

function keysOf(schema: z.ZodType | undefined): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

async function send(path: string, init?: RequestInit): Promise<void> {
  requests++;
  const r = await getJson(srv.url, path, init).catch((err: Error) => ({ status: -1, type: '', body: err.message }));
  expect(r.status, `${init?.method ?? 'GET'} ${path.slice(0, 300)}`).toBeGreaterThanOrEqual(200);
  expect(r.status, `${init?.method ?? 'GET'} ${path.slice(0, 300)}: ${JSON.stringify(r.body).slice(0, 300)}`).toBeLessThan(500);
  // 431: Node's HTTP parser refused headers over its 16 kB limit before Express saw them (no body).
  if (r.status >= 400 && r.status !== 431) expect(r.type).toContain('application/problem+json');
  if (r.status === 431) oversizedHeaders++;
}

for (const route of ALL_ROUTES.filter((r) => r.method === 'get')) {
  const pathKeys = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
  const queryKeys = keysOf(route.query);
  it(`GET ${route.path}: hostile ${[...pathKeys, ...queryKeys].join(', ') || '(no parameters: junk query)'}`, async () => {
    const valueMap = fc.record(Object.fromEntries([...pathKeys, ...queryKeys, 'junk'].map((k) => [k, fc.option(hostile, { nil: undefined })])));
    await fc.assert(fc.asyncProperty(valueMap, fc.boolean(), async (values, repeat) => {
      let path = route.path;
      for (const k of pathKeys) path = path.replace(`:${k}`, encodeURIComponent(values[k] ?? 'x'));
      const qs = new URLSearchParams();
      for (const k of [...queryKeys, 'junk']) {
        if (values[k] === undefined) continue;
        qs.append(k, values[k]!);
        if (repeat) qs.append(k, values[k]!); // a repeated parameter arrives as an array
      }
      await send(qs.size ? `${path}?${qs}` : path);
    }), { numRuns: RUNS_PER_ROUTE, seed: SEED });
  });
}

it('POST /api/cypher: hostile queries, parameters and bodies', async () => {
  const params = fc.dictionary(fc.string({ unit: 'binary', maxLength: 10 }), fc.oneof(hostile, fc.integer(), fc.constant(null),
    fc.array(hostile, { maxLength: 3 }), fc.object({ maxDepth: 3 })), { maxKeys: 4 });
  const body = fc.oneof(
    fc.record({ query: hostile, params: fc.option(params, { nil: undefined }) }),
    fc.record({ query: fc.anything() }),
    fc.anything(),
  );
  await fc.assert(fc.asyncProperty(body, async (b) => {
    await send('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) ?? 'null' });
  }), { numRuns: RUNS_PER_ROUTE * 2, seed: SEED });
  // Raw bodies that are not JSON at all, or JSON nested deeper than any parser should follow.
  for (const raw of ['{', '[]', 'null', '"x"', '{"query": 1}', '['.repeat(DEPTH) + ']'.repeat(DEPTH), '\u0000\u0001', '{"__proto__": {"query": "RETURN 1"}}']) {
    await send('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw });
  }
});

it('raw, unencoded and malformed URLs', async () => {
  for (const path of ['/api/entities/%', '/api/entities/%E0%A4%A', '/api/entities/%00', '/api/entities/..%2F..%2Fetc%2Fpasswd',
    '/api/search?q=%', '/api/search?q=%ZZ', `/api/search?${'a=1&'.repeat(2_000)}`, '/api/documents/..%2F..%2Fpackage.json',
    '/api/export/meetings.%2e%2e', '/api/export/..%2F..%2Fpackage.json', `/api/search?q=${'%28'.repeat(DEPTH)}`,
    '/api/entities/%/mentions', '/api/instruments/%C0%AF/timeline', '/api/meetings/%FF', '/api/documents/%']) {
    await send(path);
  }
  expect((await getJson(srv.url, '/api/health')).status).toBe(200);
});
