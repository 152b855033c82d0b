// POST /api/documents is the one route that writes: off without ATLAS_API_TOKEN, 401 without or with a
// wrong bearer token, 201 with it; names cannot leave the upload folder and refused requests change
// neither the graph (checksum) nor the corpus folder.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum } from '../../ingest/write/graph-checksum.ts';
import type { RunningServer } from '../../server/start-server.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { getJson, testServer } from '../server/test-server.ts';

const TOKEN = 'test-token-0123456789abcdef';
const DOC = 'Commissioner Ylva Johansson met the Minister of Interior of Niger in Niamey on 12 March 2023.';
const parent = mkdtempSync(join(tmpdir(), 'atlas-upload-'));
const corpusDir = join(parent, 'corpus');
const savedToken = process.env.ATLAS_API_TOKEN;

let off: RunningServer;
let on: RunningServer;

function upload(srv: RunningServer, body: unknown, headers: Record<string, string> = {}, query = '') {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/plain' : 'application/json';
  return getJson(srv.url, `/api/documents${query}`, { method: 'POST', headers: { 'content-type': type, ...headers }, body: text });
}
const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

/** Every file under the parent of the corpus folder: an escape would land beside it. */
const allFiles = () => readdirSync(parent, { recursive: true }).map(String).sort();

beforeAll(async () => {
  mkdirSync(join(corpusDir, 'uploads'), { recursive: true }); // a refused upload may create it; it holds nothing
  await resetDatabase();
  delete process.env.ATLAS_API_TOKEN;
  off = await testServer(testDriver(), { corpusDir });
  process.env.ATLAS_API_TOKEN = TOKEN;
  on = await testServer(testDriver(), { corpusDir });
});
afterAll(async () => {
  await off?.close();
  await on?.close();
  if (savedToken === undefined) delete process.env.ATLAS_API_TOKEN; else process.env.ATLAS_API_TOKEN = savedToken;
  rmSync(parent, { recursive: true, force: true });
});

describe('refused writes', () => {
  const refusals: [string, () => Promise<{ status: number; body: any; headers: Headers }>, number, string][] = [
    ['off, no token', () => upload(off, { file: 'a.txt', text: DOC }), 403, 'writes_disabled'],
    ['off, with a token', () => upload(off, { file: 'a.txt', text: DOC }, bearer(TOKEN)), 403, 'writes_disabled'],
    ['on, no header', () => upload(on, { file: 'a.txt', text: DOC }), 401, 'unauthorized'],
    ['on, wrong token', () => upload(on, { file: 'a.txt', text: DOC }, bearer(`${TOKEN}x`)), 401, 'unauthorized'],
    ['on, token prefix', () => upload(on, { file: 'a.txt', text: DOC }, bearer(TOKEN.slice(0, -1))), 401, 'unauthorized'],
    ['on, basic auth', () => upload(on, { file: 'a.txt', text: DOC }, { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` }), 401, 'unauthorized'],
    ['on, token in the query', () => upload(on, { file: 'a.txt', text: DOC }, {}, `?token=${TOKEN}`), 401, 'unauthorized'],
    ['on, text/plain without token', () => upload(on, DOC, {}, '?file=a.txt'), 401, 'unauthorized'],
  ];
  for (const name of ['../escape.txt', '../../escape.txt', 'sub/x.txt', '..\\escape.txt', '/etc/passwd.txt', '.hidden.txt',
    'x.exe', 'x.txt/', '%2e%2e%2fescape.txt', 'a..txt', '', 'nul\u0000.txt', 'x'.repeat(200) + '.txt', 'C:\\x.txt']) {
    refusals.push([`bad name ${JSON.stringify(name)}`, () => upload(on, { file: name, text: DOC }, bearer(TOKEN)), 400, 'invalid_parameters']);
  }
  refusals.push(
    ['text/plain name with ../', () => upload(on, DOC, bearer(TOKEN), `?file=${encodeURIComponent('../escape.txt')}`), 400, 'invalid_parameters'],
    ['empty text', () => upload(on, { file: 'a.txt', text: '  \n ' }, bearer(TOKEN)), 400, 'invalid_parameters'],
    ['binary text', () => upload(on, { file: 'a.txt', text: `abc\u0000def` }, bearer(TOKEN)), 422, 'invalid_document'],
    ['JSON over the body limit', () => upload(on, { file: 'a.txt', text: 'x'.repeat(70_000) }, bearer(TOKEN)), 413, 'body_too_large'],
    ['text/plain over the upload limit', () => upload(on, 'y'.repeat(3 * 1024 * 1024), bearer(TOKEN), '?file=a.txt'), 413, 'body_too_large'],
  );

  it(`${refusals.length} refused requests leave the graph and the corpus unchanged`, async () => {
    const before = await graphChecksum(testDriver());
    const files = allFiles();
    for (const [what, send, status, code] of refusals) {
      const r = await send();
      expect(r.status, what).toBe(status);
      expect(r.body.code, what).toBe(code);
      expect(r.body.detail, what).toMatch(/\w+/);
      if (status === 401) expect(r.headers.get('www-authenticate'), what).toMatch(/^Bearer/);
    }
    expect(await graphChecksum(testDriver())).toBe(before);
    expect(allFiles()).toEqual(files);
    expect(existsSync(join(parent, 'escape.txt'))).toBe(false);
  });
});

describe('accepted writes', () => {
  it('JSON upload: 201, saved in the upload folder, ingested, readable through the API', async () => {
    const r = await upload(on, { file: 'niger-visit.txt', text: DOC }, bearer(TOKEN));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ file: 'uploads/niger-visit.txt', status: 'written' });
    expect(r.body.mentions).toBeGreaterThan(0);
    expect(r.headers.get('location')).toBe(`/api/documents/${encodeURIComponent(r.body.id)}`);
    expect(existsSync(join(corpusDir, 'uploads', 'niger-visit.txt'))).toBe(true);
    const doc = await getJson(on.url, `/api/documents/${encodeURIComponent(r.body.id)}`);
    expect(doc.status).toBe(200);
    expect(doc.body.text).toBe(DOC);
    const found = await getJson(on.url, '/api/search?q=johansson');
    expect(found.body.results.map((x: { id: string }) => x.id)).toContain('person:ylva-johansson');
    // The same text again changes nothing.
    const again = await upload(on, { file: 'niger-visit.txt', text: DOC }, bearer(TOKEN));
    expect(again.status).toBe(201);
    expect(again.body.status).toBe('unchanged');
  });

  it('text/plain upload with ?file=: 201, listed among the documents', async () => {
    const r = await upload(on, `${DOC}\n`, bearer(TOKEN), '?file=plain%20note.md');
    expect(r.status).toBe(201);
    expect(r.body.file).toBe('uploads/plain note.md');
    const list = await getJson(on.url, '/api/documents');
    expect(list.body.documents.map((d: { file: string }) => d.file)).toEqual(expect.arrayContaining(['uploads/niger-visit.txt', 'uploads/plain note.md']));
    // No temporary file is left behind.
    expect(readdirSync(join(corpusDir, 'uploads')).sort()).toEqual(['niger-visit.txt', 'plain note.md']);
  });
});
