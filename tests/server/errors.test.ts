// Validation, unknown ids, problem+json, security headers, body limit, CORS and rate limits, and the
// generated OpenAPI document and docs page.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '../../server/start-server.ts';
import { testDriver } from '../setup/test-db.ts';
import { getJson, postJson, fixtureServer, testServer } from './test-server.ts';

let srv: RunningServer;
const get = (path: string) => getJson(srv.url, path);

beforeAll(async () => {
  srv = await fixtureServer({ bodyLimit: '2kb' });
});
afterAll(async () => { await srv?.close(); });

/** [request, the fields the 400 must list]. */
const INVALID: [string, string[]][] = [
  ['/api/search', ['q']],
  ['/api/search?q=', ['q']],
  ['/api/search?q=x&limit=0', ['limit']],
  ['/api/search?q=x&limit=abc', ['limit']],
  ['/api/search?q=x&limit=1.5', ['limit']],
  ['/api/search?q=x&types=Person,Alien', ['types.1']],
  [`/api/search?q=${'x'.repeat(201)}`, ['q']],
  ['/api/entities/person:ylva-johansson/mentions?limit=1000', ['limit']],
  ['/api/entities/person:ylva-johansson/mentions?cursor=notacursor', ['cursor']],
  ['/api/entities/person:ylva-johansson/neighborhood?depth=4', ['depth']],
  ['/api/entities/person:ylva-johansson/neighborhood?depth=0&types=Document', ['depth', 'types.0']],
  ['/api/entities/person:ylva-johansson/neighborhood?from=2019-13', ['from']],
  ['/api/entities/person:ylva-johansson/neighborhood?limit=999999', ['limit']],
  ['/api/networks/meetings?from=yesterday', ['from']],
  ['/api/networks/meetings?from=2024&to=2023', ['from']],
  ['/api/networks/meetings?planned=maybe', ['planned']],
  ['/api/networks/meetings?min=-1', ['min']],
  ['/api/networks/agreements?kind=treaty', ['kind.0']],
  ['/api/networks/agreements?stage=done', ['stage.0']],
  ['/api/paths?from=person:ylva-johansson', ['to']],
  ['/api/paths?from=a&to=a', ['to']],
  ['/api/paths?from=a&to=b&maxHops=11', ['maxHops']],
  ['/api/export/meetings.png', ['format']],
  ['/api/export/people.csv', ['network']],
  ['/api/export/meetings.csv?planned=never', ['planned']],
  [`/api/entities/${'x'.repeat(301)}`, ['id']],
];

describe('400 lists the invalid fields', () => {
  test.each(INVALID)('%s', async (path, fields) => {
    const r = await get(path);
    expect(r.status).toBe(400);
    expect(r.type).toContain('application/problem+json');
    expect(r.body).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400, code: 'invalid_parameters' });
    expect(r.body.errors.map((e: any) => e.path).sort()).toEqual([...fields].sort());
    expect(r.body.detail).toMatch(/Fix the invalid/);
    for (const e of r.body.errors) expect(e.message.length).toBeGreaterThan(5);
  });
});

describe('404 for unknown ids and routes', () => {
  test.each([
    '/api/entities/person:nobody',
    '/api/entities/person:nobody/mentions',
    '/api/entities/person:nobody/neighborhood',
    '/api/instruments/instrument:nothing/timeline',
    '/api/instruments/person:ylva-johansson/timeline',
    '/api/meetings/doc:x%23meeting-9',
    '/api/documents/doc:none',
    '/api/paths?from=person:nobody&to=person:ylva-johansson',
    '/api/no-such-endpoint',
  ])('%s', async (path) => {
    const r = await get(path);
    expect(r.status).toBe(404);
    expect(r.type).toContain('application/problem+json');
    expect(r.body.code).toMatch(/^(not_found|route_not_found)$/);
    expect(r.body.detail).toMatch(/GET \/api\//); // says where to look next
  });
});

describe('bodies', () => {
  test('malformed JSON is a 400 problem, not a stack trace', async () => {
    const r = await getJson(srv.url, '/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('invalid_json');
    expect(JSON.stringify(r.body)).not.toMatch(/node_modules|at .*\.js:\d+/);
  });

  test('a body over the limit is 413', async () => {
    const r = await postJson(srv.url, '/api/cypher', { query: `RETURN '${'x'.repeat(5000)}'` });
    expect(r.status).toBe(413);
    expect(r.body.code).toBe('body_too_large');
  });

  test('a non-JSON body leaves query missing: 400 listing query', async () => {
    const r = await getJson(srv.url, '/api/cypher', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'MATCH (n) RETURN n' });
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: any) => e.path)).toContain('query');
  });
});

describe('security headers', () => {
  test('CSP allows only same-origin scripts and styles, data:/blob: images', async () => {
    const r = await get('/api/health');
    const csp = r.headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/style-src 'self'(;|$)/);
    expect(csp).toMatch(/img-src 'self' data: blob:/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-powered-by')).toBeNull();
  });

  test('no CORS unless CORS_ORIGIN is configured', async () => {
    const r = await getJson(srv.url, '/api/health', { headers: { origin: 'http://evil.example' } });
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
    const withCors = await testServer(testDriver(), { corsOrigin: 'http://localhost:5173' });
    try {
      const c = await getJson(withCors.url, '/api/health', { headers: { origin: 'http://localhost:5173' } });
      expect(c.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    } finally {
      await withCors.close();
    }
  });

  test('rate limits: general and stricter for the console, as 429 problems', async () => {
    const limited = await testServer(testDriver(), { rateLimit: 5, consoleRateLimit: 2 });
    try {
      const consoleCalls = [];
      for (let i = 0; i < 3; i++) consoleCalls.push((await postJson(limited.url, '/api/cypher', { query: 'RETURN 1 AS one' })).status);
      expect(consoleCalls).toEqual([200, 200, 429]);
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await getJson(limited.url, '/api/health')).status);
      expect(statuses).toEqual([200, 200, 429]); // 3 console calls + 2 = the general limit of 5
      const r = await getJson(limited.url, '/api/health');
      expect(r.type).toContain('application/problem+json');
      expect(r.body.code).toBe('rate_limited');
      expect(r.body.detail).toMatch(/wait and retry/);
      expect(r.headers.get('ratelimit-policy') ?? r.headers.get('ratelimit')).toBeTruthy();
    } finally {
      await limited.close();
    }
  });
});

describe('OpenAPI and docs', () => {
  test('openapi.json is OpenAPI 3.1 generated from the zod schemas', async () => {
    const r = await get('/api/openapi.json');
    expect(r.body.openapi).toBe('3.1.0');
    const paths = Object.keys(r.body.paths);
    for (const p of ['/api/health', '/api/stats', '/api/search', '/api/entities/{id}', '/api/entities/{id}/mentions',
      '/api/entities/{id}/neighborhood', '/api/networks/meetings', '/api/networks/agreements', '/api/instruments/{id}/timeline',
      '/api/paths', '/api/meetings/{id}', '/api/documents', '/api/documents/{id}', '/api/cypher', '/api/export/{network}.{format}']) {
      expect(paths).toContain(p);
    }
    const search = r.body.paths['/api/search'].get;
    const limit = search.parameters.find((p: any) => p.name === 'limit');
    expect(limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 100, default: 10 });
    expect(search.parameters.find((p: any) => p.name === 'q').required).toBe(true);
    const depth = r.body.paths['/api/entities/{id}/neighborhood'].get.parameters.find((p: any) => p.name === 'depth');
    expect(depth.schema.maximum).toBe(3);
    expect(r.body.paths['/api/cypher'].post.requestBody.content['application/json'].schema.required).toContain('query');
    expect(r.body.paths['/api/export/{network}.{format}'].get.parameters.find((p: any) => p.name === 'format').schema.enum)
      .toEqual(['graphml', 'gexf', 'csv', 'json']);
  });

  test('docs page documents every path without inline script or style', async () => {
    const r = await get('/api/docs');
    expect(r.status).toBe(200);
    expect(r.type).toContain('text/html');
    expect(r.body).toContain('/api/networks/meetings');
    expect(r.body).toContain('maxHops');
    expect(r.body).not.toMatch(/<script|<style|style="/);
    expect((await get('/api/docs.css')).type).toContain('text/css');
  });
});
